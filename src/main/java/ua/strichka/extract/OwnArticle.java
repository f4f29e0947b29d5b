package ua.strichka.extract;

import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The page's own story where the page holds several, each in an {@code <article>} under its own
 * headline (infinite scroll, live "minutes"): the one headed by the page's title, which names it.
 * {@link MainText} asks once its scores are in.
 */
final class OwnArticle {
  private OwnArticle() {}

  /**
   * A candidate outscored by another needs this share of its score to be the page's own article.
   */
  private static final double OWN_SHARE = 0.25;

  /**
   * The page's own article where the page holds several ({@code <article>} each): sites that load
   * the next stories under the first (infinite scroll, live "minutes") set each in an {@code
   * <article>} with its own headline, and a longer story further down outscores the page's. The
   * page's title names its own story: when the best text lies in an {@code <article>} headed by
   * another title, the best text of the {@code <article>} headed by the page's title is chosen, if
   * it holds real text ({@link #OWN_SHARE} of the best's score). A page with one article, or whose
   * article carries no heading of the title, keeps the best text.
   *
   * @param originals the page's own element for each {@code <article>} of the stripped copy
   */
  static Element of(
      Element top, String title, Map<Element, Double> finals, Map<Element, Element> originals) {
    if (title == null || title.isBlank()) return top;
    Element article = top.nameIs("article") ? top : top.closest("article");
    if (article == null) return top;
    // The best text's article must be a story of its own, under its own headline: a page that sets
    // its headline and lead in one <article> and the text in the next has none there.
    Element headline = headline(originals.getOrDefault(article, article));
    if (headline == null || reads(headline, title)) return top;
    double least = finals.getOrDefault(top, 0.0) * OWN_SHARE;
    for (Element other : top.ownerDocument().getElementsByTag("article")) {
      if (other == article || !headedBy(originals.getOrDefault(other, other), title)) continue;
      Element best = null;
      double bestScore = least;
      for (Element e : other.getAllElements()) {
        Double s = finals.get(e);
        if (s != null && s >= bestScore) {
          best = e;
          bestScore = s;
        }
      }
      if (best != null) return best;
    }
    return top;
  }

  /**
   * Whether {@code article} starts under a headline ({@link #headline}) that reads as {@code
   * title}.
   */
  private static boolean headedBy(Element article, String title) {
    Element h = headline(article);
    return h != null && reads(h, title);
  }

  /**
   * The headline an article starts with: its first {@code h1} or {@code h2}, where no paragraph
   * comes before it (a subheading comes after the text's first paragraphs).
   */
  private static Element headline(Element article) {
    Element first = article.selectFirst("h1, h2, p");
    return first == null || first.nameIs("p") ? null : first;
  }

  private static boolean reads(Element heading, String title) {
    return Titles.normal(heading.text()).equals(Titles.normal(title));
  }
}
