package ua.strichka.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds the element(s) holding an arbitrary page's article text.
 *
 * <p>The approach is Readability's, tuned on what trafilatura and boilerpipe learned: drop what is
 * never text (scripts, navigation, hidden and boilerplate-named blocks, unless they hold most of
 * the page's text), score every paragraph (length, commas) into its ancestors with decaying weight,
 * damp each candidate by its link density and its names, then take the best candidate with the
 * siblings that belong to it (a lead in its own block, text split around an ad).
 */
final class MainText {
  /**
   * What is never text, as the CSS {@code script, style, …, nav, aside, footer, …, [hidden],
   * [aria-hidden=true], [style~=display:none], [role=navigation], …, .sr-only, .d-none, .hidden, …}
   * would say it (the hidden forms: {@link #hidden}), but checked by hand: a selector of 30
   * alternatives costs every element of every page 30 checks, this costs most of them one set
   * lookup.
   */
  private static final Set<String> NEVER_TEXT_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "object",
          "embed",
          "video",
          "audio",
          "button",
          "input",
          "select",
          "textarea",
          "dialog",
          "nav",
          "aside",
          "footer",
          "figcaption",
          "map",
          "link");

  private static final List<String> NEVER_TEXT_ROLES =
      List.of("navigation", "complementary", "contentinfo", "dialog", "alert");

  /**
   * {@code style="display:none"}: the element takes no room and shows nothing, written as pages
   * write it ({@code Display : None}, {@code display:none!important}).
   */
  private static final Pattern DISPLAY_NONE = Pattern.compile("(?i)display\\s*:\\s*none");

  /**
   * {@code style="visibility:hidden"} (or {@code collapse}): the element keeps its room, but its
   * text is not drawn.
   */
  private static final Pattern VISIBILITY_HIDDEN =
      Pattern.compile("(?i)visibility\\s*:\\s*(?:hidden|collapse)");

  /**
   * The hiding classes of the CSS frameworks pages are built on, each of which the framework
   * defines as {@code display:none}, {@code visibility:hidden} or clipped to one pixel: text for
   * screen readers ({@code sr-only}, {@code visually-hidden}, {@code visuallyhidden}, WordPress's
   * {@code screen-reader-text}, Drupal's {@code element-invisible}), Bootstrap's {@code d-none},
   * {@code invisible} and {@code hide}, Tailwind's and Foundation's {@code hidden}, Bulma's {@code
   * is-hidden}. A site's own class of the same name means the same, or it would not be so named.
   */
  private static final AttributeWords HIDDEN_CLASS =
      AttributeWords.classes(
          "sr-only",
          "visually-hidden",
          "visuallyhidden",
          "screen-reader-text",
          "element-invisible",
          "d-none",
          "invisible",
          "hide",
          "hidden",
          "is-hidden");

  /**
   * A class that shows the element again from a screen width on: Bootstrap's {@code d-md-block}
   * beside {@code d-none}, Tailwind's {@code lg:flex} beside {@code hidden}. Such an element is
   * hidden on a phone only, and a reader at a desktop sees it.
   */
  private static final Pattern SHOWN_FROM_A_WIDTH =
      Pattern.compile(
          "(?i)(?:^|\\s)(?:d-(?:sm|md|lg|xl|xxl)-|(?:sm|md|lg|xl|2xl):)"
              + "(?:block|flex|inline|inline-block|inline-flex|grid|inline-grid|table|contents)"
              + "(?=\\s|$)");

  static boolean neverText(Element e) {
    return neverText(e, Marks.of(e));
  }

  /** As {@link #neverText(Element)}, with the element's attributes read into marks. */
  static boolean neverText(Element e, Marks m) {
    String tag = e.normalName();
    // A caption is no text, unless it tells the story (a gallery's slides): ImageCaptions#telling.
    if (NEVER_TEXT_TAGS.contains(tag) && !(tag.equals("figcaption") && ImageCaptions.telling(e))) {
      return true;
    }
    if (m == Marks.NONE) return false;
    if (m.ariaHidden().trim().equalsIgnoreCase("true") && !inSentence(e, tag)) return true;
    String role = m.role();
    if (!role.isEmpty()) {
      role = role.trim();
      for (String r : NEVER_TEXT_ROLES) if (r.equalsIgnoreCase(role)) return true;
    }
    return hiddenBlock(e, m);
  }

  /**
   * Hidden by attribute, style or class ({@link #hidden}), and neither a fold nor the page's story
   * ({@link #HEADLINE}).
   */
  private static boolean hiddenBlock(Element e, Marks m) {
    return hidden(e, m) && !Hints.negativeOnlyByMore(e) && !holdsHeadline(e);
  }

  /** An {@code <h1>} inside {@code e}, not {@code e} itself: a hidden {@code <h1>} is hidden. */
  private static boolean holdsHeadline(Element e) {
    for (Element h : e.select(HEADLINE)) if (h != e) return true;
    return false;
  }

  /**
   * Whether the reader never sees {@code e}: it or a block around it is hidden ({@link
   * #hiddenBlock}), so a date or byline in it is no source of the visible page's facts (a hidden
   * copy of another story's byline, a template's placeholder date).
   */
  static boolean unseen(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      Marks m = Marks.of(a);
      if (m != Marks.NONE && hiddenBlock(a, m)) return true;
    }
    return false;
  }

  /**
   * A page's headline: no page hides its own story and headline from the reader, so a block that
   * holds an {@code <h1>} and is said to be hidden is shown by the page's scripts, or the site's
   * class of that name means something else (a Drupal theme's {@code <div class="hidden">} around
   * the whole page, headline and story).
   */
  private static final Evaluator HEADLINE = QueryParser.parse("h1");

  /**
   * Hidden by the {@code hidden} attribute, a style or a framework's class. The folded rest of a
   * story that a "Read more" button opens is hidden the same way, and is the article's text: a
   * block named only by "more" ({@link Hints#negativeOnlyByMore}: {@code read-more-content}, {@code
   * article-more}) is left to {@link #foldedText}, which tells it from a box of teasers.
   */
  private static boolean hidden(Element e, Marks m) {
    if (m.hidden()) return true;
    String style = m.style();
    if (!style.isEmpty()
        && (DISPLAY_NONE.matcher(style).find() || VISIBILITY_HIDDEN.matcher(style).find())) {
      return true;
    }
    return HIDDEN_CLASS.in(m) && !SHOWN_FROM_A_WIDTH.matcher(m.cls()).find();
  }

  private static boolean hasLetterOrDigit(String t) {
    return t.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /**
   * An inline element that holds a word or a figure beside text of its parent's own: part of a
   * sentence. A sign alone ({@code #}, {@code ¶}, {@code ·}) is a heading's permalink or a
   * separator, shown on hover or as decoration, and no text. ({@code aria-hidden} hides from screen
   * readers, not from the eye; on a block it marks a decorative copy: a ticker's clone, a slider's
   * duplicate slide.)
   */
  private static boolean inSentence(Element e, String tag) {
    if (!TextStats.INLINE.contains(tag) || !hasLetterOrDigit(e.text())) return false;
    Element parent = e.parent();
    if (parent == null) return false;
    for (Node n : parent.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) return true;
    }
    return false;
  }

  private static final Set<String> PARAGRAPH_LIKE =
      Set.of("p", "pre", "blockquote", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6");

  private static final Set<String> KEEP = Set.of("html", "body", "main", "article");

  /** The labels of teaser blocks inserted into text: «Читайте також», «Read also» and kin. */
  private static final String TEASER_LABELS =
      "(читайте також|читайте также|читати також|читайте ще|читайте більше|"
          + "також читайте|також читайте|дивіться також|смотрите также|см\\. также|"
          + "вас може зацікавити|вас может заинтересовать|по темі|по теме|на тему|"
          + "новини партнерів|новости партнеров|рекомендуємо|рекомендуем|більше новин|"
          + "больше новостей|read also|read more|see also|related|more on this|recommended|"
          + "популярне|популярное|останні новини|последние новости|головне за день|"
          + "інші новини|другие новости|схожі новини|похожие новости|реклама|advertisement|"
          + "also read|read next|further reading|you may also like|you might also like|"
          // The same labels on European news sites: French, German, Spanish, Italian, Portuguese,
          // Polish.
          + "lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|lee también|"
          + "leer más|ver también|leggi anche|leia também|veja também|czytaj także|czytaj też|"
          + "zobacz też|zobacz także)";

  /**
   * Labels that are teasers only with a colon after them: «Read: <a>…</a>», «More: <a>…</a>»,
   * «Читайте: <a>…</a>», «Lire : <a>…</a>». Without it they start sentences («Read the full report
   * at…»).
   */
  private static final String TEASER_COLON_LABELS =
      "(read|more|читайте|читати|lire|lesen sie|czytaj)\\s*:";

  /**
   * A teaser block: a teaser label and whatever follows it. English news sites set the label in
   * brackets around the teaser's link («[Read: <a>…</a>]», «(Related: <a>…</a>)»), so an opening
   * bracket may stand before it.
   */
  static final Pattern TEASER =
      Pattern.compile(
          "(?iU)^\\s*[\\[(]?\\s*(" + TEASER_LABELS + "\\b|" + TEASER_COLON_LABELS + ").*",
          Pattern.DOTALL);

  /**
   * A teaser block: a teaser label ({@link #TEASER}) with a link to what it teases, or standing
   * without a sentence (a label over a box of links, «Реклама» over an ad). A sentence without a
   * link that opens with such a word («Рекомендуємо мешканцям не виходити з укриттів…», «Реклама на
   * зупинках показує…», "Related research shows…") is the text's own, as {@link Paragraphs} already
   * judges a paragraph: the labels are common first words of sentences in every language, and a
   * teaser without its link teases nothing. Sites that set each paragraph in a {@code div} lost
   * such paragraphs here.
   */
  static boolean teaser(String text, boolean linked) {
    return TEASER.matcher(text).matches() && (linked || !Paragraphs.isSentence(text));
  }

  /**
   * Teaser labels that head nothing but teasers, whatever words follow them: a call to read or see
   * («Читайте також про ризики…», "See also"), and the names of boxes of other news («Більше новин
   * про енергетику», «Новини партнерів», «Реклама»).
   */
  private static final Pattern BOX_LABEL =
      Pattern.compile(
          "(?iU)^\\s*[\\[(]?\\s*(?:читайте|читати|дивіться|смотрите|см\\.|вас може|вас может|"
              + "read|see|also read|you may|you might|further reading|more on this|"
              + "lire|à lire|voir|lesen|mehr zum|lee |leer|ver |leggi|leia|veja|czytaj|zobacz|"
              + "реклама|advertisement|новини партнерів|новости партнеров|більше новин|"
              + "больше новостей|останні новини|последние новости|інші новини|другие новости|"
              + "схожі новини|похожие новости|головне за день)");

  /**
   * A subheading of the text that opens with a teaser label's word: the label is one word of a
   * phrase that goes on («Related risks for the grid», «Рекомендуємо мешканцям», «Популярне серед
   * мешканців: павербанки»), not a label alone or before a colon («По темі», «Related:») and not a
   * box's label ({@link #BOX_LABEL}). The caller knows it stands, with no link, between paragraphs
   * of the text: a teaser's heading heads links, or is the link.
   */
  static boolean ownHeading(String text) {
    java.util.regex.Matcher m = TEASER.matcher(text);
    if (!m.matches() || BOX_LABEL.matcher(text).find()) return false;
    String rest = text.substring(m.end(1)).strip();
    return !rest.isEmpty()
        && !rest.startsWith(":")
        && !rest.startsWith("|")
        && Character.isLetter(rest.codePointAt(0));
  }

  /** Compiled once: {@code String.matches} compiles its regex anew at every call. */
  private static final Pattern SENTENCE_DONE =
      Pattern.compile("(?s).*[.!?…»\"”" + TextStats.STOPS + "]\\s*$");

  private MainText() {}

  /**
   * A copy of {@code doc} without what is never article text; {@code doc} is left as it was, for
   * the readers of the whole page that come after (credits, leads).
   *
   * <p>One walk over the body measures it, passing over what is never text, and measures every
   * boilerplate-named element in it; each of those goes, with all it holds, unless it has most of
   * the page's text or the page's {@code articleBody}. The copy then leaves out what goes, so its
   * cost is that of what stays (a full clone of a 300 KB page costs a fifth of its parse). The
   * {@code <head>} is copied whole: nothing after reads it.
   */
  static Document stripped(Document doc) {
    return stripped(
        doc, TextStats.measureWhere(doc.body(), MainText::skipped, MainText::boilerplateNamed));
  }

  /**
   * As {@link #stripped(Document)}, with the body's measures already taken ({@link
   * PageIndex#bodyText}).
   */
  static Document stripped(Document doc, TextStats.Measured page) {
    return strip(doc, page).doc();
  }

  /**
   * A page stripped of what is never article text, the text measures of its body, and the page's
   * own {@code <article>} for each in the copy: their headings, which the strip pass may drop with
   * a "header" box, tell whose article each is ({@link OwnArticle}).
   */
  record Content(Document doc, TextStats stats, Map<Element, Element> articles) {}

  /**
   * As {@link #stripped(Document, TextStats.Measured)}, with the measures of the copy's body taken
   * while it is copied, for {@link #find(Content)}: no walk of the copy of its own.
   */
  static Content strip(Document doc, TextStats.Measured page) {
    int total = Math.max(1, page.of().text);
    int prose = Math.max(1, page.of().text - page.of().links);
    List<TextStats.Picked> picked = page.picked();
    boolean[] goes = new boolean[picked.size()];
    ProseMass.Runs runs = new ProseMass.Runs();
    for (int i = 0; i < picked.size(); i++) {
      TextStats.Picked m = picked.get(i);
      TextStats.Of of = m.of();
      // A container named "sidebar-layout" or "page-header-wrap" can still hold the article:
      // keep a boilerplate-named block that has most of the page's non-link text.
      boolean bulk = (of.text - of.links) > 0.4 * total && of.linkDensity() < 0.3;
      // Nor can a name make the page's wrapper boilerplate (Next.js names its root "__next"):
      // with nine tenths of the text outside links, the article is in it, and dropping it drops
      // the article. A short article under a menu of links fails the link-density test above.
      // (Outside links: a long list of teaser links can hold most of a page's text, not its prose.)
      boolean wrapper = of.text - of.links >= 0.9 * prose;
      // Nor can a weak name ("list", "card") outweigh a mass of prose (ProseMass).
      if (!bulk
          && !wrapper
          && !of.articleBody
          && !ProseMass.holds(m.element(), of)
          && !runs.inRun(m.element(), of)
          && !holdsNamedText(m.element(), of)
          && !foldedText(m.element(), of)) {
        goes[i] = true;
      }
    }
    // What goes, in page order: what is never text, and the boilerplate that goes.
    List<Element> drop = new ArrayList<>(page.order().size());
    int next = 0;
    for (Element e : page.order()) {
      if (next < picked.size() && picked.get(next).element() == e) {
        if (goes[next++]) drop.add(e);
      } else {
        drop.add(e);
      }
    }
    return copyWithout(doc, drop, CommentThreads.in(doc, drop));
  }

  /**
   * A block named boilerplate only weakly ({@code article-header}, {@code post-meta}) around a
   * block named for the text ({@code entry-content}, {@code article-body}: {@link Hints#weight}
   * above 0) that holds a mass of prose ({@link ProseMass#holds}): themes that set the whole story
   * in its header box. The inner name says what the box holds; the weak outer one speaks of the
   * headline beside it, and dropping the box drops the story. Its weakly named parts (the byline
   * box) are still judged on their own. A strong name (comments, related) still drops it.
   */
  static boolean holdsNamedText(Element e, TextStats.Of of) {
    if (of.text - of.links < ProseMass.MIN_PROSE || Hints.stronglyNegative(e)) return false;
    for (Element inner : e.getAllElements()) {
      if (inner == e || Hints.weight(inner) <= 0) continue;
      if (ProseMass.holds(inner, new TextStats(inner).of(inner))) return true;
    }
    return false;
  }

  /**
   * The folded rest of a story: a block named boilerplate only by "more" ({@link
   * Hints#negativeOnlyByMore}: {@code read-more-content}, {@code collapse more}) that holds
   * paragraphs of prose, with next to no link text and no headline link. Sites fold a long story
   * after its first paragraphs behind a "Read more" button, and the box they fold it in is named as
   * a box of links to more stories is; a box of teasers has headlines that are links, or is mostly
   * links. Readability has no "more" among its boilerplate words at all.
   */
  static boolean foldedText(Element e, TextStats.Of of) {
    if (of.text - of.links < FOLDED_PROSE || of.linkDensity() > 0.1) return false;
    if (!Hints.negativeOnlyByMore(e)) return false;
    return e.selectFirst(HeadlineLinks.ONLY) == null && ProseMass.paragraphs(e, 1) >= 1;
  }

  /** Non-link characters of the folded rest of a story: a paragraph at least (ProseMass's). */
  private static final int FOLDED_PROSE = 80;

  /**
   * A deep copy of {@code doc} that leaves out the elements of {@code drop} and of {@code thread}
   * (readers' comments, {@link CommentThreads}) and all they hold, with the text measures of the
   * copy's body, taken as it is copied.
   */
  private static Content copyWithout(Document doc, List<Element> drop, Set<Element> thread) {
    Document copy = doc.shallowClone();
    TextStats stats = new TextStats();
    Map<Element, Element> articles = new IdentityHashMap<>();
    NodeVisitor measure = stats.counter();
    Element body = doc.body();
    ArrayList<Element> open = new ArrayList<>();
    open.add(copy);
    NodeTraversor.filter(
        new NodeFilter() {
          /** The copy's nodes are measured between the head and the tail of the body. */
          boolean inBody;

          /**
           * The next element of {@code drop} the walk can meet. The walk and {@code drop} are both
           * in page order, so one comparison per element finds what goes, without a set of them: an
           * identity set hashes every element of the page it is asked about.
           */
          int nextDrop;

          @Override
          public FilterResult head(Node node, int depth) {
            if (node == doc) return FilterResult.CONTINUE;
            if (nextDrop < drop.size() && node == drop.get(nextDrop)) {
              // What went inside it goes with it: the walk never meets those.
              nextDrop++;
              while (nextDrop < drop.size() && inside(drop.get(nextDrop), node)) nextDrop++;
              return FilterResult.SKIP_ENTIRELY;
            }
            // Most pages have no thread, and then no element is hashed for it.
            if (!thread.isEmpty() && node instanceof Element e && thread.contains(e)) {
              while (nextDrop < drop.size() && inside(drop.get(nextDrop), node)) nextDrop++;
              return FilterResult.SKIP_ENTIRELY;
            }
            Node c = node.shallowClone();
            open.getLast().appendChild(c);
            if (node == body) inBody = true;
            if (inBody) measure.head(c, depth);
            if (c instanceof Element e) {
              open.add(e);
              if (e.nameIs("article")) articles.put(e, (Element) node);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node == doc) return FilterResult.CONTINUE;
            // The copy of the node: the innermost open copy, or the last child of that.
            Node c = node instanceof Element ? open.removeLast() : open.getLast().lastChild();
            if (inBody) measure.tail(c, depth);
            if (node == body) inBody = false;
            return FilterResult.CONTINUE;
          }
        },
        doc);
    return new Content(copy, stats, articles);
  }

  /** Whether {@code e} is inside {@code node}. */
  private static boolean inside(Element e, Node node) {
    for (Node p = e.parentNode(); p != null; p = p.parentNode()) if (p == node) return true;
    return false;
  }

  /** What the strip pass passes over unmeasured: what is never text, and small forms. */
  static boolean skipped(Element e) {
    return skipped(e, Marks.of(e));
  }

  static boolean skipped(Element e, Marks m) {
    return neverText(e, m) || smallForm(e);
  }

  static boolean boilerplateNamed(Element e) {
    return boilerplateNamed(e, Marks.of(e));
  }

  static boolean boilerplateNamed(Element e, Marks m) {
    // The weight first: most elements weigh nothing, and it answers them without a look at the tag.
    if (Hints.weight(e, m) >= 0 || KEEP.contains(e.normalName())) return false;
    // A caption that tells the story (ImageCaptions#telling) is named "caption" for its tag, as a
    // list is named "list": only a strong word (share, related, ad) makes it boilerplate.
    if (e.nameIs("figcaption")) return Hints.stronglyNegative(e);
    // A quotation is the text's, whatever weak word its theme names it by (an editor's "edTag", a
    // "note", a "source"); an embedded post or a related box set as a blockquote has a strong one.
    if (e.nameIs("blockquote")) return Hints.stronglyNegative(e);
    return !midSentence(e) && !blockLabel(e, m);
  }

  /**
   * Class words of a heading set in a styled inline element: {@code headline2 head}, {@code
   * step-title}.
   */
  private static final AttributeWords HEADING_CLASS =
      AttributeWords.anywhere("class", "head", "title");

  private static final Set<String> LABEL_TAGS = Set.of("span", "b", "strong");

  /**
   * A heading set as a styled inline element at the head of its block, the block's text after it
   * ({@code <div class=content><span class="headline2 head">Step 1</span><p>Measure…}): the
   * subheading of the text that follows, as an {@code <h3>} would be, though its name says "head".
   * A page's title box or a teaser card's headline is a link or stands apart from the text, and a
   * strong name (related, share) still drops it.
   */
  static boolean blockLabel(Element e, Marks m) {
    if (!LABEL_TAGS.contains(e.normalName()) || !HEADING_CLASS.in(m)) return false;
    if (e.previousElementSibling() != null || Hints.stronglyNegative(e)) return false;
    if (e.previousSibling() instanceof TextNode before && !before.isBlank()) return false;
    Element next = e.nextElementSibling();
    if (next == null || !(next.nameIs("p") || next.nameIs("ul") || next.nameIs("ol"))) return false;
    if (e.nextSibling() instanceof TextNode after && !after.isBlank()) return false;
    String text = e.text();
    return !text.isBlank() && text.length() <= 80 && e.selectFirst("a") == null;
  }

  /**
   * An inline element inside a sentence ({@code turned into <a class="popup">a pillar of salt</a>
   * standing}, {@code <a class="popup">Aghast</a>, I fell}): its words are the sentence's, whatever
   * its name says (a glossary popup, a "tooltip", a "tag" link), and dropping it leaves the
   * sentence with a hole. Names judge blocks. A "Read more" link after a full stop, or a link
   * standing alone, is no part of a sentence, and goes. A whole sentence of the paragraph set in
   * one is the paragraph's too ({@link #sentenceWithin}).
   */
  static boolean midSentence(Element e) {
    if (!TextStats.INLINE.contains(e.normalName())) return false;
    boolean continues =
        e.previousSibling() instanceof TextNode before && continuedBy(before.getWholeText())
            || e.nextSibling() instanceof TextNode after
                && (continues(after.getWholeText()) || dashed(e, after.getWholeText()));
    return (continues || sentenceWithin(e)) && !TEASER.matcher(e.text()).matches();
  }

  /** The end of a sentence, closing quotation marks aside. */
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.!?…" + TextStats.STOPS + "][\\p{Pf}\"'»”’)」』]*$");

  /** What ends a sentence, in every script. */
  private static final String ENDS = ".!?…" + TextStats.STOPS;

  /** Words of a sentence at least: "Read more." and "Click here!" are labels, not sentences. */
  private static final int SENTENCE_WORDS = 3;

  /**
   * An inline element that is a whole sentence inside a paragraph's run of sentences: its own words
   * start after the previous sentence's end (or the paragraph's start) with a capital and end one
   * (the full stop inside it or just after it), and the paragraph goes on after it ({@code to you.
   * <a class="popup">It is common usage.</a> Every copyist…}: a glossary note, a "tweet this"
   * quotation). A teaser or a "Read more" link closes a paragraph or stands alone; a sentence with
   * text on both sides is the paragraph's, whatever the element's name.
   */
  static boolean sentenceWithin(Element e) {
    Node prev = e.previousSibling();
    if (prev != null) {
      if (!(prev instanceof TextNode t)) return false;
      String before = unquotedEnd(t.getWholeText());
      if (before.isEmpty() ? t.previousSibling() != null : !SENTENCE_END.matcher(before).find()) {
        return false;
      }
    }
    if (!(e.nextSibling() instanceof TextNode next)) return false;
    String after = next.getWholeText().stripLeading();
    String own = e.text().strip();
    int start = 0;
    while (start < own.length() && QUOTES.indexOf(own.charAt(start)) >= 0) start++;
    if (start == own.length() || !Character.isUpperCase(own.charAt(start))) return false;
    if (own.split("\\s+").length < SENTENCE_WORDS) return false;
    boolean ends = SENTENCE_END.matcher(own).find();
    if (!ends && !after.isEmpty() && ENDS.indexOf(after.charAt(0)) >= 0) {
      ends = true;
      after = after.substring(1);
    }
    return ends && after.codePoints().anyMatch(Character::isLetter);
  }

  /** Text with its trailing whitespace and opening quotation marks taken off. */
  private static String unquotedEnd(String text) {
    String s = text.stripTrailing();
    int end = s.length();
    while (end > 0 && QUOTES.indexOf(s.charAt(end - 1)) >= 0) end--;
    return s.substring(0, end).stripTrailing();
  }

  /**
   * A dateline: the words before a dash that opens the first sentence ({@code <span
   * class="dateline">CAIRO —</span> Gunmen opened fire}, {@code <b>КИЇВ</b> — Рятувальники}). The
   * dash joins them to the sentence after it, whose capital letter says nothing: the sentence
   * starts there. They are the paragraph's words, whatever the element's name ("dateline").
   */
  private static boolean dashed(Element e, String after) {
    String own = e.text().stripTrailing();
    String next = after.stripLeading();
    if (own.isEmpty() || next.isEmpty()) return false;
    boolean ownDash = isDash(own.charAt(own.length() - 1));
    if (!ownDash) {
      if (!isDash(next.charAt(0))) return false;
      // "--": the dash of text typed on a typewriter's keys, as old pages and e-texts set it.
      int start = 0;
      while (start < next.length() && isDash(next.charAt(start))) start++;
      next = next.substring(start).stripLeading();
    }
    // The sentence itself, in the same text: a dash between two links (a breadcrumb) is no
    // dateline.
    return !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0));
  }

  private static boolean isDash(char c) {
    return c == '—' || c == '–' || c == '-';
  }

  /**
   * Quotation marks, which the sentence runs on through: a quoted name is its words ({@code
   * компанія «<a class=tag>Нафтогаз</a>» повідомила}, {@code "<a class=popup>With submission,
   * sir,</a>" said Turkey}). The marks of every language's quotations, opening and closing alike:
   * the side of the element they stand on says which they are.
   */
  private static final String QUOTES = "\"'«»“”„‘’‚‹›";

  /**
   * Text before an element that leaves its sentence open: it ends in a word or a comma, perhaps
   * with a quotation mark opening on the element.
   */
  private static boolean continuedBy(String before) {
    String text = unquotedEnd(before);
    if (text.isEmpty()) return false;
    char last = text.charAt(text.length() - 1);
    return Character.isLetterOrDigit(last) || last == ',' || last == ';' || last == '(';
  }

  /**
   * Text after an element that carries its sentence on: a lower-case word or a comma, perhaps past
   * a quotation mark closing on the element.
   */
  private static boolean continues(String after) {
    String text = after.stripLeading();
    int start = 0;
    while (start < text.length() && QUOTES.indexOf(text.charAt(start)) >= 0) start++;
    text = text.substring(start).stripLeading();
    if (text.isEmpty()) return false;
    char first = text.charAt(0);
    return Character.isLowerCase(first) || first == ',' || first == ';' || first == ')';
  }

  /**
   * A search, login or newsletter form: text inputs and little text. ASP.NET and old portals wrap
   * the whole page in one form; that one stays.
   */
  private static boolean smallForm(Element e) {
    if (!e.nameIs("form")) return false;
    if (e.selectFirst("input[type=text], input[type=email], input[type=password], textarea")
        == null) {
      return false;
    }
    return !TextStats.longerThan(e, 600) && e.text().length() < 600;
  }

  /** The elements holding the article text, in document order; empty when none qualifies. */
  static List<Element> find(Document doc) {
    return find(doc, null);
  }

  /**
   * As {@link #find(Document)}, on a page titled {@code title} ({@link #find(Content, String)}).
   */
  static List<Element> find(Document doc, String title) {
    return find(new Content(doc, new TextStats(doc.body()), Map.of()), title);
  }

  /** As {@link #find(Document)}, with the measures the strip pass took of the stripped page. */
  static List<Element> find(Content content) {
    return find(content, null);
  }

  /**
   * As {@link #find(Content)}, on a page titled {@code title} (null when unknown): where the page
   * holds several articles, the one under that title is the page's ({@link OwnArticle}).
   */
  static List<Element> find(Content content, String title) {
    Document doc = content.doc();
    TextStats stats = content.stats();
    Element body = doc.body();
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      TextStats.Of of = stats.of(e);
      if ((TextStats.INLINE.contains(tag) && !of.paragraphBreaks) || tag.equals("h1")) continue;
      if (of.direct < 25) continue;
      double ld = of.direct == 0 ? 0 : (double) of.directLinks / of.direct;
      if (ld > 0.5) continue;
      double score = 1 + of.directCommas + Math.min(of.direct / 100.0, 3.0);
      if (tag.startsWith("h")) score = 0.5;
      Element target = PARAGRAPH_LIKE.contains(tag) || paragraphDiv(e, of) ? e.parent() : e;
      for (int level = 0; level < 5 && target != null; level++) {
        if (target.normalName().equals("html")) break;
        double share = score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        Double before = scores.get(target);
        scores.put(target, (before == null ? initial(target) : before) + share);
        target = target.parent();
      }
    }
    if (scores.isEmpty()) return List.of();
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    Map<Element, Double> finals = new IdentityHashMap<>(scores.size());
    for (Map.Entry<Element, Double> c : scores.entrySet()) {
      double s = c.getValue() * (1 - stats.of(c.getKey()).linkDensity());
      finals.put(c.getKey(), s);
      if (s > topScore) {
        topScore = s;
        top = c.getKey();
      }
    }
    // The site's legal line is no article (LegalLines), though on a page whose text is links it
    // can outscore the text; it and the boxes holding only it step aside for the next best.
    for (int tries = 0; tries < 5 && legal(top, stats); tries++) {
      finals.remove(top);
      if (finals.isEmpty()) return List.of();
      top = null;
      topScore = Double.NEGATIVE_INFINITY;
      for (Map.Entry<Element, Double> c : finals.entrySet()) {
        if (c.getValue() > topScore) {
          topScore = c.getValue();
          top = c.getKey();
        }
      }
    }
    top = climb(top, topScore, finals);
    top = OwnArticle.of(top, title, finals, content.articles());
    return withSiblings(top, finals.getOrDefault(top, topScore), finals, stats);
  }

  /** A candidate whose whole text is the site's legal line ({@link LegalLines}). */
  private static boolean legal(Element e, TextStats stats) {
    return stats.of(e).text <= LegalLines.LONGEST && LegalLines.is(e.text());
  }

  /**
   * A {@code <div>} that is one paragraph: all its text is its own (no block inside holds any) and
   * no {@code <br><br>} splits it. React and page builders set every paragraph in such a div; as
   * its own candidate each would win alone and leave its sibling paragraphs out, so, as Readability
   * does, its score goes to its parent like a {@code <p>}'s. A div of {@code <br>}-split paragraphs
   * (an old page's whole article) stays a candidate.
   */
  static boolean paragraphDiv(Element e, TextStats.Of of) {
    return e.nameIs("div") && of.direct == of.text && !TextStats.hasParagraphBreak(e);
  }

  /**
   * Readability's walk up: a parent that scores higher than the candidate holds more of the article
   * (paragraphs split over several blocks); a lone child says nothing of its own.
   */
  private static Element climb(Element top, double topScore, Map<Element, Double> finals) {
    double last = topScore;
    Element parent = top.parent();
    while (parent != null && !parent.normalName().equals("body")) {
      Double ps = finals.get(parent);
      if (ps == null) {
        parent = parent.parent();
        continue;
      }
      if (ps < topScore / 3) break;
      if (ps > last) {
        top = parent;
        break;
      }
      last = ps;
      parent = parent.parent();
    }
    while (top.parent() != null
        && !top.parent().normalName().equals("body")
        && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static List<Element> withSiblings(
      Element top, double topScore, Map<Element, Double> finals, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) return List.of(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      boolean sameClass = !top.className().isEmpty() && sibling.className().equals(top.className());
      double bonus = sameClass ? topScore * 0.2 : 0;
      Double s = finals.get(sibling);
      if (s != null && s + bonus >= threshold) {
        out.add(sibling);
        continue;
      }
      if (sibling.normalName().equals("h1")) continue;
      Element judged = wrapped(sibling, stats);
      TextStats.Of of = stats.of(judged);
      // Words beside the text's block in no block of their own (a server's warning printed before
      // the page, a stray label) are no paragraph of it; an old page's <font> of <br><br>
      // paragraphs is.
      if (TextStats.INLINE.contains(judged.normalName()) && !of.paragraphBreaks) continue;
      String text = judged.text();
      if (teaser(text, of.links > 0) || LegalLines.is(text)) continue;
      boolean textual = of.direct >= of.text * 0.8;
      if (textual && of.text > 80 && of.linkDensity() < 0.25) out.add(sibling);
      else if (textual
          && (judged == sibling || sameClass)
          && of.text > 0
          && of.text <= 80
          && of.links == 0
          && SENTENCE_DONE.matcher(text).matches()) {
        out.add(sibling);
      }
    }
    return BlockRuns.extend(top, out, stats);
  }

  /**
   * The paragraph a sibling block holds alone and nothing else ({@code <div class="secondPar"><p>…
   * </p></div>}), else the block. Themes that box each of the first paragraphs of a story apart (to
   * put an ad or a related box between them) leave every box a block with no text of its own; as
   * Readability does, such a box is judged as the paragraph it wraps, and the box goes with it. A
   * box of one short line (a disclaimer, a credit) stays a box of its own: only a whole paragraph
   * is taken for it, or a short one in a box of the text's own class (a short step among steps).
   */
  static Element wrapped(Element block, TextStats stats) {
    Element e = block;
    while (!e.nameIs("p") && e.childrenSize() == 1 && stats.of(e).direct == 0) e = e.child(0);
    return e.nameIs("p") ? e : block;
  }

  private static final Set<String> CONDITIONAL =
      Set.of("div", "section", "ul", "ol", "table", "dl", "figure", "header", "center");

  /**
   * Readability's conditional cleaning inside the chosen content: blocks that are mostly links,
   * teasers, pictures without text, or tiny fragments without a sentence ({@link Fragments}) go;
   * any block with ten commas is prose and stays. Captions that repeat their picture's alt go first
   * ({@link ImageCaptions}).
   */
  static void clean(List<Element> roots) {
    for (Element root : roots) {
      ImageCaptions.drop(root);
      TextStats stats = new TextStats(root);
      int rootText = stats.of(root).text;
      ProseMass.Runs runs = new ProseMass.Runs();
      Set<Element> removed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element e : root.getAllElements()) {
        if (e == root) continue;
        Element parent = e.parent();
        if (parent != null && removed.contains(parent)) {
          removed.add(e);
          continue;
        }
        if (!CONDITIONAL.contains(e.normalName())) continue;
        TextStats.Of of = stats.of(e);
        String text = of.text < 700 ? e.text() : "";
        boolean drop;
        if (of.text < 700 && teaser(text, of.links > 0)) drop = true;
        else if (of.commas >= 10) drop = false;
        else {
          int weight = Hints.weight(e);
          double ld = of.linkDensity();
          drop =
              (weight < 0
                      && !holdsMost(of, rootText)
                      && !runs.inRun(e, of)
                      && !runs.holdsRun(e, stats)
                      && !foldedText(e, of))
                  || (weight < 25
                      && ld > 0.35
                      && of.text < 1000
                      && !citing(e, stats)
                      && !linkedSentence(e, of, text)
                      && !quotationBox(e, text))
                  || (weight >= 25 && ld > 0.5)
                  || (of.images > 1 && of.paragraphs * 2 < of.images && of.text < 200)
                  || Fragments.tiny(e, of, text);
        }
        if (drop) {
          removed.add(e);
        }
      }
      for (Element e : removed) {
        if (e.parent() != null && !removed.contains(e.parent())) e.remove();
      }
    }
  }

  /**
   * A block holding most of the chosen text, in prose: the text was chosen for it, so its name
   * cannot make it boilerplate (Drupal wraps every article body in {@code field-label-hidden}, a
   * "label" to the name rules), and dropping it would leave the article empty.
   */
  static boolean holdsMost(TextStats.Of of, int rootText) {
    return of.text >= 0.8 * rootText && of.linkDensity() < 0.3;
  }

  /**
   * A box that holds a quotation and nothing else ({@code <div class="fb-post"><blockquote>…
   * </blockquote></div>}, a social post's embed code in its wrapper): judged as the quotation is,
   * which link density does not judge. The post's attribution («Posted by <a>X</a> on <a>Wednesday,
   * April 9</a>») is links, and dropped a short post the article quotes.
   */
  private static boolean quotationBox(Element e, String text) {
    Element quote = e.selectFirst(BLOCKQUOTE);
    return quote != null && !text.isEmpty() && quote.text().length() == text.length();
  }

  /** Parsed once: jsoup parses a selector given as text anew at every call. */
  private static final Evaluator BLOCKQUOTE = QueryParser.parse("blockquote");

  /**
   * A paragraph set as a {@code div} ({@link #paragraphDiv}) that is one sentence running through
   * its links («Про це повідомили в <a>ДСНС</a> та в <a>Національній поліції</a>.»): judged as the
   * same {@code <p>} is, by {@link Paragraphs}, not by the link density that drops boxes of links.
   * Sites that set each paragraph in a div lost their most-cited sentences. A teaser card opens
   * with its headline's link, so a sentence must open with words of its own.
   */
  static boolean linkedSentence(Element e, TextStats.Of of, String text) {
    if (!paragraphDiv(e, of) || !Paragraphs.isSentence(text)) return false;
    Element link = e.selectFirst(LINK);
    return link == null || !text.startsWith(link.text());
  }

  /** Parsed once: jsoup parses a selector given as text anew at every call. */
  private static final Evaluator LINK = QueryParser.parse("a");

  /**
   * A list of the article's sentences citing links, or of links its text introduces, which link
   * density alone would drop.
   */
  private static boolean citing(Element e, TextStats stats) {
    return (e.nameIs("ul") || e.nameIs("ol"))
        && (CitingLists.prose(e, stats)
            || CitingLists.underProseItem(e, stats)
            || CitingLists.framed(e));
  }

  private static double initial(Element e) {
    double base =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "section" -> 3;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return base + Hints.weight(e);
  }
}
