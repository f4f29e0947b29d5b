package ua.strichka.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headline without the site's name around it («… — Українська правда», «… | UNIAN», «… - Новини
 * Київ»), decided by comparing the metadata title with the page's {@code <h1>}s and site name.
 */
final class Titles {
  /** Separators sites put between headline and site name; spaces around them are required. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|—–\\-/:»«·•]|::|\\\\)\\s+");

  /** Suffix words that mark a segment as the site's tagline, not part of the headline. */
  private static final Pattern GENERIC =
      Pattern.compile(
          "(?iU).*\\b(новини|новости|news|онлайн|online|головне|главное|останні|последние|"
              + "портал|газета|журнал|media|медіа|медиа|тв|tv|радіо|радио|інформаційне|агентство|"
              + "агенция|агентство|информационное|ua|ru|com|net|org|info)\\b.*");

  private Titles() {}

  /**
   * The clean headline.
   *
   * @param metaTitle the best metadata title (JSON-LD, OpenGraph, {@code <title>}), or null
   * @param documentTitle the {@code <title>} element's text, or null
   * @param headings the page's {@code <h1>} texts, in document order
   */
  static String clean(
      String metaTitle, String documentTitle, List<String> headings, String siteName, String url) {
    return clean(metaTitle, documentTitle, List.of(), headings, false, siteName, url);
  }

  /**
   * The clean headline, with the titles every metadata source claims ({@code og:title}, {@code
   * twitter:title}, JSON-LD's headline) beside the merged one.
   *
   * @param headingsAreH1s whether {@code headings} are the page's {@code <h1>}s, not the bold lines
   *     of a page without one
   */
  static String clean(
      String metaTitle,
      String documentTitle,
      List<String> claims,
      List<String> headings,
      boolean headingsAreH1s,
      String siteName,
      String url) {
    String meta = PageFacts.blankToNull(metaTitle);
    String doc = PageFacts.blankToNull(documentTitle);
    List<String> candidates = new ArrayList<>();
    for (String c : allClaims(meta, doc, claims)) if (!candidates.contains(c)) candidates.add(c);
    for (String candidate : candidates) {
      if (candidate == null) continue;
      for (String h : headings) {
        String heading = PageFacts.blankToNull(h);
        if (heading == null) continue;
        if (same(heading, candidate)) return heading;
        // The heading is the title with the site's name before or after a separator.
        for (String part : SEPARATOR.split(candidate)) {
          if (!part.equals(candidate) && same(part, heading)) return heading;
        }
        String n = normal(candidate);
        String nh = normal(heading);
        if (nh.length() >= 15 && (n.startsWith(nh + " ") || n.endsWith(" " + nh))) {
          String rest =
              n.startsWith(nh + " ")
                  ? n.substring(nh.length())
                  : n.substring(0, n.length() - nh.length());
          if (words(rest) <= 6) return heading;
        }
      }
    }
    if (headingsAreH1s) {
      String reworded = reworded(candidates, headings, siteName, url);
      if (reworded != null) return reworded;
    }
    String base = meta != null ? meta : doc;
    if (base == null) {
      return headings.isEmpty() ? null : PageFacts.blankToNull(headings.get(0));
    }
    return stripSite(base, siteName, url);
  }

  private static List<String> allClaims(String meta, String doc, List<String> claims) {
    List<String> all = new ArrayList<>();
    if (meta != null) all.add(meta);
    if (doc != null) all.add(doc);
    all.addAll(claims);
    return all;
  }

  /** Words a heading and a metadata title share before the heading counts as the same story's. */
  private static final int SHARED_WORDS = 3;

  /** How many times a title's words a heading may have and still be its rewording. */
  private static final int LONGER = 2;

  /** The share of the shorter one's words they must share. */
  private static final double SHARED_SHARE = 0.6;

  /**
   * The {@code <h1>} that words the metadata titles' story otherwise: sites give {@code og:title}
   * and {@code <title>} a social or search headline («Lady Gaga Shares Pic of Ex Taylor Kinney With
   * Her Mom») and print a longer or reworded one above the text, which is what the reader sees and
   * what the article is called. The heading must share most of a title's words, so a teaser's or a
   * section's {@code <h1>} is never taken; of several, the closest.
   */
  private static String reworded(
      List<String> candidates, List<String> headings, String siteName, String url) {
    String best = null;
    double bestShare = 0;
    for (String h : headings) {
      String heading = PageFacts.blankToNull(h);
      if (heading == null || isSite(heading, siteName, url)) continue;
      Set<String> hw = wordSet(heading);
      for (String c : candidates) {
        if (c == null) continue;
        for (String part : SEPARATOR.split(c)) {
          Set<String> cw = wordSet(part);
          // A heading that holds its title and a paragraph more is no headline.
          if (cw.isEmpty() || hw.isEmpty() || hw.size() > LONGER * cw.size()) continue;
          int shared = 0;
          for (String w : cw) if (hw.contains(w)) shared++;
          double share = shared / (double) Math.min(cw.size(), hw.size());
          if (shared >= SHARED_WORDS && share >= SHARED_SHARE && share > bestShare) {
            best = heading;
            bestShare = share;
          }
        }
      }
    }
    return best;
  }

  private static Set<String> wordSet(String s) {
    String n = normal(s);
    return n.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(n.split(" ")));
  }

  /** Removes a leading or trailing segment that names the site or is a generic tagline. */
  static String stripSite(String title, String siteName, String url) {
    String t = title;
    for (int round = 0; round < 2; round++) {
      Matcher sep = SEPARATOR.matcher(t);
      int firstEnd = -1;
      int lastStart = -1;
      int lastEnd = -1;
      while (sep.find()) {
        if (firstEnd < 0) firstEnd = sep.end();
        lastStart = sep.start();
        lastEnd = sep.end();
      }
      if (lastStart < 0) break;
      String last = t.substring(lastEnd);
      String rest = t.substring(0, lastStart);
      String first = SEPARATOR.split(t, 2)[0];
      boolean strong = strongSeparator(t.substring(lastStart, lastEnd).strip());
      if (isSite(last, siteName, url) || (strong && words(last) <= 4 && words(rest) >= 3)) {
        t = rest.strip();
      } else if (isSite(first, siteName, url) && words(t.substring(firstEnd)) >= 3) {
        t = t.substring(firstEnd).strip();
      } else {
        break;
      }
    }
    return t;
  }

  private static boolean strongSeparator(String sep) {
    return sep.equals("|")
        || sep.equals("::")
        || sep.equals("•")
        || sep.equals("·")
        || sep.equals("/")
        || sep.equals("»")
        || sep.equals("\\");
  }

  private static boolean isSite(String segment, String siteName, String url) {
    String s = normal(segment);
    if (s.isEmpty() || words(segment) > 6) return false;
    if (siteName != null) {
      String site = normal(siteName);
      if (!site.isEmpty() && (s.contains(site) || site.contains(s))) return true;
    }
    String host = host(url);
    if (host != null) {
      for (String label : host.split("\\.")) {
        if (label.length() >= 3
            && !label.equals("www")
            && !label.equals("com")
            && s.replace(" ", "").contains(label)) {
          return true;
        }
      }
    }
    return words(segment) <= 4 && GENERIC.matcher(segment).matches();
  }

  private static String host(String url) {
    if (url == null) return null;
    try {
      String h = URI.create(url.strip()).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean same(String a, String b) {
    return normal(a).equals(normal(b));
  }

  /**
   * Lower case letters and digits only, so quotes, dashes and spacing don't matter: what {@code
   * s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()} gives, in one loop
   * (every paragraph of every page passes here, some twice).
   */
  static String normal(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    int n = lower.length();
    // A space goes out only after a gap of at least one character, so the text never grows.
    char[] out = new char[n];
    int k = 0;
    boolean gap = false;
    for (int i = 0; i < n; ) {
      char c = lower.charAt(i);
      int cp;
      int width = 1;
      boolean keep;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'а' && c <= 'я')) {
        // The letters of Latin and Cyrillic words and digits: nearly every character here.
        cp = c;
        keep = true;
      } else {
        cp = lower.codePointAt(i);
        width = Character.charCount(cp);
        keep = isLetterOrNumber(cp);
      }
      if (keep) {
        if (gap && k > 0) out[k++] = ' ';
        gap = false;
        if (width == 1) out[k++] = c;
        else k += Character.toChars(cp, out, k);
      } else {
        gap = true;
      }
      i += width;
    }
    return new String(out, 0, k);
  }

  /** {@code \p{L}} or {@code \p{N}} as Java regexes define them. */
  private static boolean isLetterOrNumber(int cp) {
    if (Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static int words(String s) {
    String n = normal(s);
    return n.isEmpty() ? 0 : n.split(" ").length;
  }
}
