package ua.strichka.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Paragraphs that are each one link to another site, several in a row after the text's prose: the
 * article's own list (a deals post's products, a digest's sources, a guide's resources), which link
 * density alone would drop as teasers. A teaser links to the site's own stories; a list the text
 * introduces links where its items are. Readability keeps every paragraph of the chosen text
 * whatever its links; this keeps only those a reader would call the text on any site: a run of
 * three or more, after the text's prose, under no teaser label, or a sentence with its full stop
 * there.
 */
final class OffSiteLists {
  /** Link paragraphs a run needs: one or two are a citation or a teaser, and go as before. */
  static final int MIN_RUN = 3;

  /**
   * Characters of prose (sentences with next to no links) the text must have told before its list:
   * as much as an article needs to be one at all (PageKinds' shortest text). A listing of other
   * sites' headlines opens with a line about itself («Тут зібрано все, що пишуть видання країни»),
   * not with paragraphs, and stays a listing.
   */
  static final int MIN_PROSE = 150;

  /**
   * Paragraphs, not list items: a list of links is {@link CitingLists}'s to judge, by the words
   * around its links, and widgets of other sites' stories are lists.
   */
  private static final Set<String> ITEM_TAGS = Set.of("p", "div");

  private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

  private OffSiteLists() {}

  /**
   * For each block, whether it is a link paragraph in such a run; {@code site}: the page's host
   * (null when unknown: then no link can be told to lead off the site, and none is kept).
   */
  static boolean[] listed(List<BodyText.Block> blocks, String site) {
    boolean[] out = new boolean[blocks.size()];
    if (site == null) return out;
    int prose = 0;
    int i = 0;
    while (i < blocks.size()) {
      BodyText.Block b = blocks.get(i);
      if (!item(b, site)) {
        if (prose < MIN_PROSE && b.linkDensity() < 0.3 && Paragraphs.isSentence(b.text())) {
          prose += b.text().length();
        }
        i++;
        continue;
      }
      // A run: link paragraphs off the site, with the text's subheadings between them.
      int end = i;
      int items = 0;
      int last = i;
      while (end < blocks.size()) {
        BodyText.Block e = blocks.get(end);
        if (item(e, site)) {
          items++;
          last = end;
        } else if (!HEADINGS.contains(e.tag()) || MainText.TEASER.matcher(e.text()).matches()) {
          break;
        }
        end++;
      }
      boolean labelled = i > 0 && MainText.TEASER.matcher(blocks.get(i - 1).text()).matches();
      boolean told = prose >= MIN_PROSE;
      if (told && !labelled && items >= MIN_RUN) {
        for (int k = i; k <= last; k++) out[k] = item(blocks.get(k), site);
      } else if (told && !labelled) {
        for (int k = i; k <= last; k++) out[k] = item(blocks.get(k), site) && stated(blocks.get(k));
      }
      i = last + 1;
    }
    return out;
  }

  /**
   * A link paragraph that is a whole sentence with its full stop ({@code <a href=…>Check out
   * Serve.gov to find a service opportunity in your area</a>.}): the text pointing the reader on. A
   * teaser's headline has no full stop; in every language, headlines go without one.
   */
  private static boolean stated(BodyText.Block b) {
    String t = b.text().strip();
    return t.endsWith(".") && !t.endsWith("..") && Paragraphs.isSentence(t);
  }

  /**
   * Words an item needs: a product, a source or a resource is described («Wireless headphones with
   * charging case for $29.99»); a row of buttons to other sites («Facebook», «Telegram», «Share on
   * X») names them.
   */
  static final int MIN_WORDS = 4;

  /**
   * A paragraph that is a link to another site and little else, and no call of the site's own
   * ({@link Paragraphs#isPrompt}: «Стежте за нами в Telegram», «Підтримайте редакцію»): those go
   * anyway, and must not make a run of three for the one link beside them.
   */
  private static boolean item(BodyText.Block b, String site) {
    return ITEM_TAGS.contains(b.tag())
        && b.linkDensity() >= 0.8
        && b.firstHref() != null
        && words(b.text()) >= MIN_WORDS
        && !MainText.TEASER.matcher(b.text()).matches()
        && offSite(b.firstHref(), site)
        && !Paragraphs.isPrompt(b.text(), b);
  }

  private static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !in) n++;
      in = !space;
    }
    return n;
  }

  /** The host of {@code url}, lower case, without "www."; null when it has none. */
  static String site(String url) {
    if (url == null) return null;
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isEmpty()) return null;
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Whether {@code href} leads to another site than {@code site}: an absolute link whose host
   * shares fewer than the last two of its labels with the site's ({@code images.example.com} and
   * {@code example.com} are one site, {@code shop.example} and {@code news.example.com} are not).
   * Two sites under one country's second level ({@code a.com.ua}, {@code b.com.ua}) count as one,
   * and their links go as teasers, as they did before.
   */
  static boolean offSite(String href, String site) {
    String host = site(href);
    if (host == null) return false;
    String[] a = host.split("\\.");
    String[] b = site.split("\\.");
    int shared = 0;
    while (shared < a.length
        && shared < b.length
        && a[a.length - 1 - shared].equals(b[b.length - 1 - shared])) {
      shared++;
    }
    return shared < 2;
  }
}
