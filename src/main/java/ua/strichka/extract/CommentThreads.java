package ua.strichka.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Readers' comments under a story, found by the heading that names them («Коментарі (12)», «Відгуки
 * читачів», «Комментарии», "5 Comments"). A thread with no class name that says "comment" reads as
 * prose to every score: many paragraphs of whole sentences, no links. Under a short story it
 * outweighs the story, or is taken with it as its sibling. Its heading, or else its entries'
 * signatures (a name and the time of posting at the head of each), tell it from the text, so it
 * goes before the scoring.
 */
final class CommentThreads {
  private CommentThreads() {}

  /**
   * A heading that names a thread of comments and nothing else: the plural (the singular «Коментар»
   * heads an expert's comment, the story's own), perhaps «читачів» or a count, or an invitation to
   * leave one. A subheading that speaks about comments («Коментарі міністра») is no such label.
   */
  static final Pattern HEADING =
      Pattern.compile(
          "(?iU)^\\s*(?:\\d+\\s+)?(?:"
              + "коментар(?:і|ів)|комментари(?:и|ев)|відгуки|отзывы|обговорення|обсуждение"
              + "|comments|reader comments|readers' comments|responses"
              + "|(?:залишити|залиште|додати|напишіть|оставить|оставьте|добавить|напишите)"
              + " (?:коментар|комментарий|відгук|отзыв)"
              + "|(?:leave|add|post) a (?:comment|reply)"
              + ")(?:\\s+(?:читачів|читателей|користувачів|пользователей))?"
              + "\\s*[:(\\[]?\\s*\\d*\\s*[)\\]]?\\s*$");

  private static final Evaluator HEADLINE = QueryParser.parse("h1, article");

  /**
   * The blocks of {@code doc}'s comment threads: those under a heading that names one ({@link
   * #underHeading}), and runs of signed entries ({@link #signedRun}).
   *
   * <p>{@code drop} is what the strip pass leaves out of its copy, in page order ({@link
   * MainText#strip}): a run of entries inside it goes with it, so its elements are not looked at
   * for runs, which spares the walk most of a page's menus, footers and teaser lists. Its headings
   * still are where the box a heading climbs out of to start its thread may be the dropped one:
   * only a box whose text is the heading's alone, so not one with more letters than a heading has.
   */
  static Set<Element> in(Document doc, List<Element> drop) {
    Element body = doc.body();
    if (body == null) return Set.of();
    Walk walk = new Walk(body, drop);
    NodeTraversor.filter(walk, body);
    return walk.threads == null ? Set.of() : walk.threads;
  }

  /**
   * One walk over the body in page order, as {@code drop} is, so one comparison per element keeps
   * the two in step.
   */
  private static final class Walk implements NodeFilter {
    private final Element body;
    private final List<Element> drop;
    private int nextDrop;

    /** The outermost dropped box the walk is inside, or null. */
    private Element dropped;

    Set<Element> threads;

    Walk(Element body, List<Element> drop) {
      this.body = body;
      this.drop = drop;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
      if (nextDrop < drop.size() && drop.get(nextDrop) == e) {
        nextDrop++;
        if (dropped == null) {
          if (moreLettersThan(e, LONGEST_HEADING)) {
            // No heading inside can climb out of it: its threads go with it, unread.
            while (nextDrop < drop.size() && inside(drop.get(nextDrop), e)) nextDrop++;
            return FilterResult.SKIP_ENTIRELY;
          }
          dropped = e;
        }
      }
      List<Element> thread = isHeading(e) ? underHeading(e, body) : List.of();
      if (thread.isEmpty() && dropped == null) thread = signedRun(e);
      if (!thread.isEmpty()) {
        if (threads == null) threads = Collections.newSetFromMap(new IdentityHashMap<>());
        threads.addAll(thread);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == dropped) dropped = null;
      return FilterResult.CONTINUE;
    }
  }

  /** The longest heading that names a thread ({@link #HEADING}). */
  private static final int LONGEST_HEADING = 60;

  /**
   * Whether {@code e}'s text has more than {@code n} letters and digits, read no further than that:
   * then its {@code text()} is longer than {@code n}, since that drops whitespace and invisible
   * characters only.
   */
  private static boolean moreLettersThan(Element e, int n) {
    int[] seen = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              for (int i = 0; i < s.length(); i++) {
                if (Character.isLetterOrDigit(s.charAt(i)) && ++seen[0] > n) {
                  return FilterResult.STOP;
                }
              }
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        e);
    return seen[0] > n;
  }

  /** Whether {@code e} is inside {@code box}. */
  private static boolean inside(Element e, Element box) {
    for (Element p = e.parent(); p != null; p = p.parent()) if (p == box) return true;
    return false;
  }

  private static boolean isHeading(Element e) {
    return switch (e.normalName()) {
      case "h2", "h3", "h4", "h5", "h6" -> true;
      default -> false;
    };
  }

  /**
   * The thread under heading {@code h} if it names one ({@link #HEADING}): the heading, climbed out
   * of the boxes that hold it alone, and every block after it in its parent; empty if it names none
   * or a headline follows it.
   */
  private static List<Element> underHeading(Element h, Element body) {
    String text = h.text();
    if (text.length() > LONGEST_HEADING || !HEADING.matcher(text).matches()) return List.of();
    Element start = h;
    while (start.parent() != null
        && start.parent() != body
        && start.parent().text().length() == text.length()) {
      start = start.parent();
    }
    List<Element> thread = new ArrayList<>();
    thread.add(start);
    for (Node n = start.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof Element e) thread.add(e);
    }
    for (Element e : thread)
      if (e.is(HEADLINE) || e.selectFirst(HEADLINE) != null) return List.of();
    return thread;
  }

  /** Entries fewer than this are no thread: two signed notes may be the story's quotations. */
  private static final int MIN_ENTRIES = 3;

  /** The longest entry of a thread: a reader writes a paragraph or two, not a story. */
  private static final int MAX_ENTRY = 1500;

  /**
   * An entry's signature at its head: a name (one to three capitalised words: «Олександр», «Марина
   * К.», «Гість») and, a few characters on, the time or date it was posted («12:31», «9 квітня
   * 2025, 12:31», «09.04.2025»), which ends the signature: the text goes on past it with no word in
   * lower case. A live blog's entries open with the time and no name, a chronology's with the date,
   * and a regional roundup's paragraphs with a name and a time inside their sentence («Харківщина.
   * О 12:30 ворог обстріляв…»): those are the story's.
   */
  private static final Pattern SIGNATURE =
      Pattern.compile(
          "^\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}[\\s,|(—–-]"
              + "[^!?]{0,30}?(?<![\\d:.])(?:\\d{1,2}:\\d{2}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})(?![\\d:])"
              + "(?!\\s*\\p{Ll})");

  /**
   * The longest run of {@code parent}'s children of one shape ({@link BlockRuns#shape}), at least
   * {@link #MIN_ENTRIES} of them, each a short entry opening with a signature ({@link #SIGNATURE}):
   * readers' comments, signed and dated, one after another. A thread without a heading or a class
   * name reads as prose; the signatures are what tells it. Empty if there is none, or the run holds
   * a headline.
   */
  private static List<Element> signedRun(Element parent) {
    int n = parent.childNodeSize();
    // Fewer child nodes than entries, as most elements of a page have: no run to look for.
    if (n < MIN_ENTRIES) return List.of();
    List<Element> best = List.of();
    List<Element> same = new ArrayList<>();
    Element last = null;
    // The shape of the last child: its first class name is the start of its stripped class
    // attribute up to lastEnd; each child's attribute is read once, not once beside each sibling.
    String lastClass = "";
    int lastEnd = 0;
    // Runs of one shape first, and only their children's text is read. The children are read
    // from the child nodes: jsoup caches children() in an element, and the stripped copy's shallow
    // clones carry that cache over, so the copy's children() would name the original's.
    for (int i = 0; i < n; i++) {
      if (!(parent.childNode(i) instanceof Element c)) continue;
      String cls = c.attributesSize() == 0 ? "" : c.attributes().get("class").strip();
      int end = firstWordEnd(cls);
      if (last == null || !sameShape(last, lastClass, lastEnd, c, cls, end)) {
        best = longer(best, same);
        same.clear(); // longer() never keeps it
      }
      same.add(c);
      last = c;
      lastClass = cls;
      lastEnd = end;
    }
    best = longer(best, same);
    if (best.size() < MIN_ENTRIES) return List.of();
    for (Element e : best) if (e.selectFirst(HEADLINE) != null) return List.of();
    return best;
  }

  /** The longer of {@code best} and the longest stretch of signed entries in {@code same}. */
  private static List<Element> longer(List<Element> best, List<Element> same) {
    if (same.size() < MIN_ENTRIES || same.size() <= best.size()) return best;
    List<Element> run = new ArrayList<>();
    int misses = 0;
    for (Element c : same) {
      if (signed(c)) {
        run.add(c);
        continue;
      }
      if (run.size() > best.size()) best = run;
      run = new ArrayList<>();
      // Mostly unsigned from the start: a list of other things (a news list opens each item with
      // its time), not a thread; its hundreds of items are not all read.
      if (++misses >= MIN_ENTRIES && best.size() < MIN_ENTRIES) break;
    }
    return run.size() > best.size() ? run : best;
  }

  private static boolean signed(Element e) {
    String head = opening(e, 80);
    if (!timeOrDate(head) || !SIGNATURE.matcher(head).find()) return false;
    return !TextStats.longerThan(e, MAX_ENTRY);
  }

  /**
   * Whether {@code a} and {@code b} have one tag and one first class name (the first {@code aEnd}
   * and {@code bEnd} characters of their stripped class attributes): {@link BlockRuns#shape}
   * without its regex and its strings, which every element of every page would pay for here.
   * Entries of a thread share their first class.
   */
  private static boolean sameShape(
      Element a, String aClass, int aEnd, Element b, String bClass, int bEnd) {
    return a.normalName().equals(b.normalName())
        && aEnd == bEnd
        && aClass.regionMatches(0, bClass, 0, aEnd);
  }

  private static int firstWordEnd(String s) {
    int end = 0;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end))) end++;
    return end;
  }

  /** A digit beside a colon or a full stop: what a time or a date has, and most text lacks. */
  private static boolean timeOrDate(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == ':' || c == '.') && Character.isDigit(s.charAt(i - 1))) return true;
    }
    return false;
  }

  /** The first {@code n} characters or so of {@code e}'s text, read no further than that. */
  private static String opening(Element e, int n) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) out.append(t.text()).append(' ');
            return out.length() >= n ? FilterResult.STOP : FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        e);
    return out.toString();
  }
}
