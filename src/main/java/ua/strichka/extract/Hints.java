package ua.strichka.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id}, {@code role} and {@code itemprop} say about it, in
 * the English, Ukrainian and Russian (often transliterated) words CMS themes use. Each class name
 * is cut into pieces at {@code - _} and camel case, so {@code article-tags} is tags, not article.
 */
final class Hints {
  /** Boilerplate whatever else the name says. */
  private static final Pattern STRONG_NEGATIVE =
      Pattern.compile(
          "comment|komment|disqus|share|sharing|social|soc|sociale|related|relat|recommend|"
              + "popular|mostread|readmore|readalso|chytaite|chitaite|chytajte|dyvitsia|newsletter|"
              + "subscribe|subscription|pidpys|podpis|promo|advert|advertisement|adv|ads|ad|adsense|"
              + "reklama|sponsor|sponsored|partner|partners|banner|cookie|cookies|gdpr|consent|"
              + "sidebar|aside|widget|breadcrumb|breadcrumbs|pagination|pager|paging|nav|navbar|"
              + "navigation|menu|footer|masthead|modal|popup|overlay|login|signup|rating|poll|"
              + "telegram|viber|donate|donation|outbrain|taboola|mgid|relap|lentainform|smi2|"
              + "r24|teaser|teasers|feed|infinite|next|prev|previous|topics|tagcloud|print|toolbar|"
              + "skip|srOnly|sronly|offscreen|dropdown|tooltip|more|also|"
              + "latest|trending|digest|follow",
          Pattern.CASE_INSENSITIVE);

  /** Boilerplate unless the name also says body/text/content. */
  private static final Pattern WEAK_NEGATIVE =
      Pattern.compile(
          "meta|tags|tag|keywords|author|authors|byline|date|time|dateline|info|caption|credit|"
              + "credits|copyright|source|header|head|title|headline|label|icon|counter|views|"
              + "bio|avatar|note|extra|tools|controls|actions|card|cards|list|"
              + "thumb|thumbnail|preview|rubric",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|articlebody|body|content|entry|main|post|story|text|txt|material|materials|"
              + "publication|single|detail|details|richtext|prose|fulltext|full|"
              + "statya|stattia|novost|novyna|blog|page|lead",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern STRONG_POSITIVE =
      Pattern.compile(
          "articlebody|body|content|entry|text|txt|richtext|fulltext|prose|statya|stattia",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern PIECES = Pattern.compile("[-_\\s:]+|(?<=[a-z])(?=[A-Z])");

  private Hints() {}

  /** Readability-style weight: +25 for content-like names, −25 for boilerplate names. */
  static int weight(Element e) {
    int w = 0;
    String cls = e.className();
    String id = e.id();
    if (!cls.isEmpty()) w += tokenWeight(cls);
    if (!id.isEmpty()) w += tokenWeight(id);
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) w += 50;
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("main") || role.equals("article")) w += 25;
    if (role.equals("navigation")
        || role.equals("complementary")
        || role.equals("banner")
        || role.equals("contentinfo")
        || role.equals("menu")
        || role.equals("dialog")) {
      w -= 50;
    }
    return w;
  }

  /** True when the element's own names mark it as boilerplate. */
  static boolean boilerplate(Element e) {
    return weight(e) < 0;
  }

  private static int tokenWeight(String names) {
    int w = 0;
    boolean negative = false;
    boolean positive = false;
    for (String token : names.split("\\s+")) {
      if (token.isEmpty()) continue;
      boolean strongNeg = false;
      boolean weakNeg = false;
      boolean pos = false;
      boolean strongPos = false;
      for (String piece : PIECES.split(token)) {
        if (piece.isEmpty()) continue;
        if (STRONG_NEGATIVE.matcher(piece).matches()) strongNeg = true;
        else if (WEAK_NEGATIVE.matcher(piece).matches()) weakNeg = true;
        if (POSITIVE.matcher(piece).matches()) pos = true;
        if (STRONG_POSITIVE.matcher(piece).matches()) strongPos = true;
      }
      if (strongNeg || (weakNeg && !strongPos)) negative = true;
      else if (pos) positive = true;
    }
    if (negative) w -= 25;
    else if (positive) w += 25;
    return w;
  }
}
