package ua.strichka.extract;

import java.net.URI;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells pages that are not articles — front pages, section/tag/author listings, contacts and other
 * service pages, empty shells — from articles, using what the page declares (schema.org and {@code
 * og:type}), its URL, and the shape of its text (many headline links, little prose).
 */
final class PageKinds {
  private static final Set<String> LISTING_TYPES =
      Set.of("collectionpage", "searchresultspage", "profilepage", "itemlist");
  private static final Set<String> SERVICE_TYPES = Set.of("contactpage", "aboutpage");

  /**
   * A listing's own path: the listing word, at most the name of the tag or section after it, and a
   * page number. An article filed under it ({@code /category/polityka/uriad-uhvalyv-1234.html},
   * WordPress's permalinks) has more after the name, and is judged by its text.
   */
  private static final Pattern LISTING_PATH =
      Pattern.compile(
          "(?i).*/(tag|tags|tema|teg|tegi|topic|topics|category|categories|rubric|rubrika|rubriki|"
              + "section|sections|author|authors|avtor|archive|arkhiv|search|poshuk|page)"
              + "(/[^/?]*)?/?(\\?.*)?$"
              + "|.*/page/\\d+/?(\\?.*)?$");

  /**
   * {@code ?page=2}: the next page of a listing, or of an article split over several pages (a long
   * read's second page is dated and shows few headline links; a listing's is neither).
   */
  private static final Pattern PAGE_QUERY = Pattern.compile("(?i).*[?&](page|p)=\\d+.*");

  private static final Pattern SERVICE_PATH =
      Pattern.compile(
          "(?i).*/(contacts?|kontakty|kontakti|about|about-us|pro-nas|o-nas|reklama|advertising|"
              + "privacy|privacy-policy|policy|terms|rules|pravyla|redaktsiia|redaktsiya|team|"
              + "komanda|vacancies|vakansii|subscribe|donate)(\\.html?|\\.php)?/?$");
  private static final Set<String> HOME_PATHS =
      Set.of(
          "",
          "/",
          "/uk",
          "/uk/",
          "/ru",
          "/ru/",
          "/en",
          "/en/",
          "/ua",
          "/ua/",
          "/index.html",
          "/index.php",
          "/index.htm");

  private PageKinds() {}

  static Optional<Extraction.NotArticle> notArticle(
      PageIndex index, PageFacts facts, String url, String body, boolean prose) {
    int bodyLength = readingLength(body);
    boolean declared =
        !Collections.disjoint(facts.types, JsonLd.ARTICLE_TYPES) || facts.types.contains("article");
    String path = path(url);
    if (declared && bodyLength >= 150) return Optional.empty();
    if (path != null && HOME_PATHS.contains(path)) {
      return Optional.of(new Extraction.NotArticle(url, PageKind.HOME, "the site's front page"));
    }
    if (!Collections.disjoint(facts.types, SERVICE_TYPES)
        || (path != null && SERVICE_PATH.matcher(path).matches())) {
      return Optional.of(
          new Extraction.NotArticle(url, PageKind.SERVICE, "a page about the site itself"));
    }
    boolean articlePage = facts.published != null && index.headlineLinks < 8;
    if (!Collections.disjoint(facts.types, LISTING_TYPES)
        || (path != null && LISTING_PATH.matcher(path).matches())
        || (path != null && !articlePage && PAGE_QUERY.matcher(path).matches())) {
      return Optional.of(
          new Extraction.NotArticle(url, PageKind.LISTING, "a listing of other pages"));
    }
    int headlineLinks = index.headlineLinks;
    // A short article under a page of teasers is still an article: its main text reads as prose
    // (ProseMass#reads), where a listing's main text is its teasers, under headline links.
    if (headlineLinks >= 8 && bodyLength < 1500 && !prose) {
      return Optional.of(
          new Extraction.NotArticle(
              url, PageKind.LISTING, headlineLinks + " headline links and little text"));
    }
    if (headlineLinks >= 8 && bodyLength == 0) {
      return Optional.of(
          new Extraction.NotArticle(url, PageKind.LISTING, headlineLinks + " headline links"));
    }
    if (bodyLength == 0) {
      return Optional.of(new Extraction.NotArticle(url, PageKind.EMPTY, "no main text found"));
    }
    // The first page of an article split over several holds only its first part, sometimes just
    // the lead: a dated page that links its next page is judged by having text, not by its length.
    if (bodyLength < 150 && !(index.continues && facts.published != null)) {
      return Optional.of(
          new Extraction.NotArticle(
              url, PageKind.EMPTY, "only " + body.length() + " characters of text"));
    }
    return Optional.empty();
  }

  /**
   * What a text's length says of how much it tells, counted in the characters of alphabetic
   * scripts, where the limits above are set: a Chinese or Japanese character carries about what
   * three Latin letters do (a word of Chinese is one or two characters, without a space), a Korean
   * syllable about two. A Japanese news brief of six sentences is some 130 characters. Only a text
   * short enough to meet a limit is counted so; a longer one meets none.
   */
  static int readingLength(String text) {
    int length = text.length();
    if (length >= LONGEST_LIMIT) return length;
    int reading = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      // Below U+1100 (Hangul Jamo) no script of these: Latin, Cyrillic, Greek, Arabic, Hebrew.
      reading += c < 0x1100 ? 1 : weight(Character.UnicodeScript.of(c));
    }
    return reading;
  }

  /** The longest text a limit above asks of. */
  private static final int LONGEST_LIMIT = 1500;

  private static int weight(Character.UnicodeScript script) {
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA -> 3;
      case HANGUL -> 2;
      default -> 1;
    };
  }

  private static String path(String url) {
    if (url == null) return null;
    try {
      URI u = URI.create(url.strip());
      String p = u.getRawPath() == null ? "" : u.getRawPath();
      return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
