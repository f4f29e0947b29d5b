package ua.strichka.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The rest of an article whose text is split over many short sibling blocks — how-to steps in
 * {@code div.step}, a {@code div} per paragraph, a {@code section} per subheading, the items of a
 * long list — each too short to win the block scoring alone, so the winner is one of them (or the
 * lead before them) and its siblings fall under the score threshold.
 *
 * <p>A run is a stretch of blocks of one shape (tag and first class name, step numbers aside) that
 * each read as prose: little link text, a sentence, no headline link (the shape of a teaser card)
 * and no {@code <time>} (the shape of a comment or a news-list item). Readability takes siblings by
 * score and a shared class name alone, which takes neither a run of classless blocks nor leaves a
 * run of comment-like blocks that share a class; boilerpipe's block classifier works on text runs
 * of one page order and has no notion of a block's shape.
 */
final class BlockRuns {
  /** Blocks fewer than this many of one shape are no run: two cards side by side are not a text. */
  private static final int MIN_RUN = 3;

  /** A sentence ends inside or at the end of the block's text. */
  private static final Pattern SENTENCE =
      Pattern.compile("(?U)\\w{2,}([.!?…][»\"”)]?(\\s|$)|[" + TextStats.STOPS + "])");

  /** A date (comments, news lists) or a headline link (teaser cards) in a block. */
  private static final Evaluator NOT_PROSE = HeadlineLinks.or("time, a p");

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  /** Digits in class names: {@code step-1}, {@code step-2} are one shape. */
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private BlockRuns() {}

  /**
   * {@code chosen} (the winning block {@code top} and the siblings taken with it, in page order)
   * with the runs that continue it: the run {@code top} is wrapped in, else a run of siblings next
   * to it and siblings that hold a run of their own (a lead block followed by a list of steps);
   * less the chosen siblings that list comments or teasers.
   */
  static List<Element> extend(Element top, List<Element> chosen, TextStats stats) {
    List<Element> outer = wrappedRun(top, stats);
    if (outer != null) return outer;
    Element parent = top.parent();
    if (parent == null) return chosen;
    List<Element> siblings = parent.children();
    Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    taken.addAll(chosen);
    boolean changed = false;
    for (Element sibling : chosen) {
      if (sibling != top && listOfOthers(sibling)) changed |= taken.remove(sibling);
    }
    changed |= takeAround(siblings, siblings.indexOf(top), stats, taken);
    for (Element sibling : siblings) {
      if (!taken.contains(sibling) && holdsRun(sibling, stats)) changed |= taken.add(sibling);
    }
    if (!changed) return chosen;
    List<Element> out = new ArrayList<>(taken.size());
    for (Element sibling : siblings) if (taken.contains(sibling)) out.add(sibling);
    return out;
  }

  /**
   * The run of blocks the winner is wrapped in: CMS themes wrap each step in a few layers ({@code
   * <span><div class=step><div class=content>}), so the winner is the innermost layer of one step
   * and the run is among the siblings of its outermost. Only layers that add little text are
   * climbed, so the climb never reaches a block that holds more than the winner; null if the
   * outermost layer's siblings hold no run.
   */
  private static List<Element> wrappedRun(Element top, TextStats stats) {
    int own = stats.of(top).text;
    Element unit = top;
    for (int i = 0; i < MAX_WRAPPERS; i++) {
      Element up = unit.parent();
      if (up == null || up.parent() == null || WRAPPER_STOPS.contains(up.normalName())) break;
      if (stats.of(up).text > own * 1.25) break;
      unit = up;
    }
    if (unit == top) return null;
    List<Element> siblings = unit.parent().children();
    Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    taken.add(unit);
    if (!takeAround(siblings, siblings.indexOf(unit), stats, taken)) return null;
    List<Element> out = new ArrayList<>(taken.size());
    for (Element sibling : siblings) if (taken.contains(sibling)) out.add(sibling);
    return out;
  }

  /** Layers of wrapping climbed at most. */
  private static final int MAX_WRAPPERS = 4;

  /** Where the climb stops: the page's own containers are no wrappers of one block. */
  private static final Set<String> WRAPPER_STOPS = Set.of("body", "main", "article", "html");

  /**
   * Takes the runs on both sides of the winner {@code siblings[at]} ({@link #along}). A winner of
   * the run's shape is one of its blocks, so the blocks before and after it make one run: a run of
   * five with the winner second has one block before it and three after, each side short alone.
   *
   * @return whether it took any
   */
  private static boolean takeAround(
      List<Element> siblings, int at, TextStats stats, Set<Element> taken) {
    Run after = along(siblings, at, +1, stats, taken);
    Run before = along(siblings, at, -1, stats, taken);
    boolean joined = after.withWinner() && before.withWinner();
    int both = after.blocks() + before.blocks() - 1;
    boolean changed = false;
    if (after.blocks() >= MIN_RUN || joined && both >= MIN_RUN) {
      changed |= taken.addAll(after.elements());
    }
    if (before.blocks() >= MIN_RUN || joined && both >= MIN_RUN) {
      changed |= taken.addAll(before.elements());
    }
    return changed;
  }

  /**
   * A run on one side of the winner: its elements, its prose blocks counted with the winner when
   * the winner has its shape ({@code withWinner}).
   */
  private record Run(List<Element> elements, int blocks, boolean withWinner) {}

  /**
   * The prose blocks of one shape next to the winner {@code siblings[at]} in direction {@code
   * step}, with what may stand between two of them: a short heading, and a block of the run's shape
   * that has no sentence and no link (the list of things a how-to needs, a line of figures). The
   * run's shape is that of its first block: the winner may be one of the run or the lead block
   * before it. Blocks with no text left (an ad slot whose script went, a picture whose caption
   * went) are passed over: they are no text, and the run goes on past them.
   */
  private static Run along(
      List<Element> siblings, int at, int step, TextStats stats, Set<Element> taken) {
    Element top = siblings.get(at);
    List<Element> run = new ArrayList<>();
    Element heading = null;
    Element plain = null;
    String shape = null;
    boolean withWinner = false;
    int blocks = 0;
    for (int i = at + step; i >= 0 && i < siblings.size(); i += step) {
      Element e = siblings.get(i);
      if (stats.of(e).text == 0) continue;
      if ((shape == null || shape(e).equals(shape)) && prose(e, stats)) {
        if (shape == null) {
          shape = shape(e);
          // The winner counts into a run of its own shape.
          withWinner = shape.equals(shape(top)) && prose(top, stats);
          if (withWinner) blocks++;
        }
        if (heading != null) run.add(heading);
        if (plain != null && shape(plain).equals(shape)) run.add(plain);
        heading = plain = null;
        run.add(e);
        blocks++;
      } else if (subheading(e, stats) && heading == null) {
        heading = e;
      } else if (plain == null
          && shape(e).equals(shape == null ? shape(top) : shape)
          && plain(e, stats)) {
        plain = e;
      } else if (!taken.contains(e)) {
        break;
      }
    }
    return new Run(run, blocks, withWinner);
  }

  /**
   * A block of text that is not prose but may stand in a run of prose: no link at all, no
   * boilerplate name, no teaser label, no date or headline link.
   */
  private static boolean plain(Element e, TextStats stats) {
    TextStats.Of of = stats.of(e);
    if (of.text == 0 || of.links > 0 || Hints.weight(e) < 0) return false;
    if (MainText.TEASER.matcher(e.text()).matches()) return false;
    return e.selectFirst(NOT_PROSE) == null;
  }

  /**
   * A block that lists other things than the article: at least {@link #MIN_RUN} children of one
   * shape, most of them dated or under a headline link — a comment thread, a news list, teaser
   * cards. Their short comments and blurbs can score as prose.
   */
  private static boolean listOfOthers(Element e) {
    List<Element> children = e.children();
    if (children.size() < MIN_RUN) return false;
    String shape = shape(children.getFirst());
    int others = 0;
    for (Element c : children) {
      if (!shape(c).equals(shape)) return false;
      if (c.selectFirst(NOT_PROSE) != null) others++;
    }
    return others * 2 > children.size();
  }

  /**
   * A block whose children are mostly a run: at least {@link #MIN_RUN} prose blocks of one shape
   * that hold most of its text, the block itself with little link text.
   */
  private static boolean holdsRun(Element e, TextStats stats) {
    TextStats.Of of = stats.of(e);
    if (of.text == 0 || of.linkDensity() > 0.2 || Hints.weight(e) < 0) return false;
    List<Element> children = e.children();
    if (children.size() < MIN_RUN) return false;
    String shape = null;
    int count = 0;
    int text = 0;
    for (Element c : children) {
      if (subheading(c, stats)) {
        text += stats.of(c).text;
        continue;
      }
      String s = shape(c);
      if (shape == null) shape = s;
      if (!s.equals(shape) || !prose(c, stats)) return false;
      count++;
      text += stats.of(c).text;
    }
    return count >= MIN_RUN && text >= 0.8 * of.text;
  }

  /**
   * A block that reads as a piece of the article: a sentence, little link text, no boilerplate
   * name, no teaser label, no headline link and no date.
   */
  static boolean prose(Element e, TextStats stats) {
    TextStats.Of of = stats.of(e);
    if (of.text < 30 || of.linkDensity() > 0.2 || Hints.weight(e) < 0) return false;
    String text = e.text();
    if (!SENTENCE.matcher(text).find() || MainText.TEASER.matcher(text).matches()) return false;
    return e.selectFirst(NOT_PROSE) == null;
  }

  /** A heading between the blocks of a run: short and without links. */
  private static boolean subheading(Element e, TextStats stats) {
    TextStats.Of of = stats.of(e);
    return HEADINGS.contains(e.normalName()) && of.links == 0 && of.text > 0 && of.text < 200;
  }

  /**
   * The tag and the first class name, digits left out. Themes name a component first and its kind
   * after it ({@code item item-video}, {@code item item-text}; BEM's block, then its modifiers): a
   * listicle's items of a picture, a video or a quotation are one run of items all the same.
   */
  static String shape(Element e) {
    String cls = e.className().trim();
    if (cls.isEmpty()) return e.normalName();
    int end = 0;
    while (end < cls.length() && !Character.isWhitespace(cls.charAt(end))) end++;
    return e.normalName() + "." + DIGITS.matcher(cls.substring(0, end)).replaceAll("");
  }
}
