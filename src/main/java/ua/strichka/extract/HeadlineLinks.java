package ua.strichka.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The headline of a teaser: a link that is its heading's text ({@code <h3><a>Title</a></h3>}), or a
 * heading inside a link ({@code <a><h3>Title</h3></a>}). What the CSS {@code h2 a, h3 a, h4 a, a
 * h2, a h3, a h4} selects, less the links a heading's sentence runs through ({@code <h2>5. The
 * image went viral: one post by <a>@user</a> got 40,000 shares.</h2>}): a listicle's items and a
 * story's subheadings link their sources as any sentence does, and a teaser's headline is all link.
 * A link holding half its heading's text or more is a headline.
 */
final class HeadlineLinks extends Evaluator {
  /** Headline links alone. */
  static final HeadlineLinks ONLY = new HeadlineLinks(null);

  private final Evaluator also;

  private HeadlineLinks(Evaluator also) {
    this.also = also;
  }

  /** Headline links, or what the CSS {@code css} selects. */
  static HeadlineLinks or(String css) {
    return new HeadlineLinks(QueryParser.parse(css));
  }

  @Override
  public boolean matches(Element root, Element e) {
    return (also != null && also.matches(root, e)) || headline(e, root);
  }

  /**
   * Whether {@code e} is a headline link, looking for its heading or link up to {@code root} (the
   * whole page when null).
   */
  static boolean headline(Element e, Element root) {
    switch (e.normalName()) {
      case "a" -> {
        // A named anchor (TextStats#isLink) leads nowhere: a subheading's jump target.
        if (!TextStats.isLink(e)) return false;
        Element heading = above(e, root, true);
        return heading != null && 2 * e.text().length() >= heading.text().length();
      }
      case "h2", "h3", "h4" -> {
        return above(e, root, false) != null;
      }
      default -> {
        return false;
      }
    }
  }

  /** The nearest {@code h2}–{@code h4} (or {@code a}) above {@code e}, up to {@code root}. */
  private static Element above(Element e, Element root, boolean heading) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      String name = p.normalName();
      if (heading
          ? name.equals("h2") || name.equals("h3") || name.equals("h4")
          : name.equals("a") && TextStats.isLink(p)) {
        return p;
      }
      if (p == root) break;
    }
    return null;
  }

  @Override
  public String toString() {
    return "headline links" + (also == null ? "" : ", " + also);
  }
}
