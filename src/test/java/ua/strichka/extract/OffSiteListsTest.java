package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run of paragraphs each one link to another site, after the text's prose, is the article's list
 * (a deals post's products, a digest's sources); links to the site's own stories, a pair of links,
 * a run under a teaser label or with no prose before it go as teasers.
 */
class OffSiteListsTest {
  @ParameterizedTest(name = "{0} from {1} → off the site {2}")
  @CsvSource({
    "https://shop.example/item/1, https://news.example.com/a/1, true",
    "https://www.amazon.com/dp/B00, http://mentalfloss.com/article/1, true",
    "https://images.example.com/a.jpg, https://www.example.com/a/1, false",
    "https://www.example.com/news/2, https://example.com/a/1, false",
    "/news/2, https://example.com/a/1, false",
    "#comments, https://example.com/a/1, false",
    "https://kyiv.pravda.com.ua/news/2, https://www.pravda.com.ua/news/1, false",
    "https://serve.gov/sept11.asp, https://obamawhitehouse.archives.gov/blog/1, true",
  })
  void aLinkLeadsOffTheSite(String href, String page, boolean off) {
    assertThat(OffSiteLists.offSite(href, OffSiteLists.site(page))).isEqualTo(off);
  }

  static final String PROSE =
      "Our team combs the web every morning and shares the deals it has turned up, from"
          + " headphones to chargers, so you do not have to. Prices were checked at nine.";

  /** A listing's line about itself: a sentence, but no article's worth of prose. */
  static final String INTRO = "Here is everything the country's outlets write, every minute.";

  static BodyText.Block link(String text, String href) {
    return new BodyText.Block(text, text.length(), href, "p");
  }

  /**
   * P = prose, O = a link paragraph off the site, S = one to the site, H = a heading, L = label, C
   * = the site's call to follow it elsewhere (no item of a list: it goes, and so does the one
   * product it would have made a run of three with).
   */
  @ParameterizedTest(name = "{0} → kept {1}")
  @CsvSource({
    "P O O O, P O O O",
    "P O H O O H O, P O H O O H O",
    "P O O, P",
    "O O O, ''",
    "P S S S, P",
    "P L O O O, P",
    "P O S O O, P",
    "P I I I, P",
    "P T, P T",
    "T P, P",
    "P U, P",
    "P L T, P",
    "Q O O O, Q",
    "Q T, Q",
    "P F F F, P",
    "P C C O, P",
  })
  void aRunOfLinksOffTheSiteAfterProseIsTheText(String layout, String expected) {
    List<BodyText.Block> blocks = new ArrayList<>();
    int n = 0;
    for (String part : layout.split(" ")) {
      n++;
      blocks.add(
          switch (part) {
            case "P" -> new BodyText.Block(PROSE, 0, null, "p");
            case "Q" -> new BodyText.Block(INTRO, 0, null, "p");
            case "O" ->
                link(
                    "Wireless headphones model " + n + " with charging case for $2" + n + ".99",
                    "https://shop.example/item/" + n);
            case "S" ->
                link("Mayor opens new bridge over the river " + n, "https://example.com/news/" + n);
            case "L" -> new BodyText.Block("Read also", 0, null, "p");
            case "T" ->
                link(
                    "Check out the city's volunteer site to find a shift in your area.",
                    "https://volunteer.example.org/");
            case "F" -> link("Spotify playlist", "https://open.spotify.com/playlist/" + n);
            case "C" -> link("Follow us on Telegram for the news " + n, "https://t.me/news" + n);
            case "U" ->
                link("Mayor opens new bridge over the river", "https://other-news.example/1");
            case "I" ->
                new BodyText.Block(
                    "Wireless headphones model " + n + " with charging case for $2" + n + ".99",
                    60,
                    "https://shop.example/item/" + n,
                    "li");
            default -> new BodyText.Block("Gadgets and toys " + n, 0, null, "h4");
          });
    }
    List<String> kept =
        Paragraphs.keep(
            blocks,
            "Today's deals",
            List.of(),
            MetadataTest.NOW,
            new Paragraphs.Findings(),
            "example.com");
    List<String> letters = new ArrayList<>();
    for (String k : kept) {
      letters.add(
          k.equals(PROSE)
              ? "P"
              : k.equals(INTRO)
                  ? "Q"
                  : k.startsWith("Gadgets")
                      ? "H"
                      : k.startsWith("Wireless") ? "O" : k.startsWith("Check") ? "T" : "S");
    }
    assertThat(String.join(" ", letters)).isEqualTo(expected);
  }

  /** A page listing other outlets' headlines, one paragraph each, under a line about itself. */
  @Test
  void aListingOfOtherSitesHeadlinesStaysAListing() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      items
          .append("<p><a href='https://outlet")
          .append(i)
          .append(".example.ua/news/")
          .append(i)
          .append("'>Уряд ухвалив нові правила оренди житла для переселенців, випуск ")
          .append(i)
          .append("</a></p>");
    }
    String page =
        "<html><head><title>Новини країни</title></head><body><main><p>Тут зібрано все, що"
            + " пишуть провідні видання країни, щохвилини.</p>"
            + items
            + "</main></body></html>";
    Extraction got = new Extractor().extract(page, "https://agg.example.com/news/1");
    assertThat(got).isInstanceOf(Extraction.NotArticle.class);
  }

  @Test
  void withoutThePagesHostNoLinkIsKept() {
    List<BodyText.Block> blocks = new ArrayList<>();
    blocks.add(new BodyText.Block(PROSE, 0, null, "p"));
    for (int i = 0; i < 4; i++) {
      blocks.add(link("Wireless headphones model " + i + " for $29.99", "https://shop.example/"));
    }
    assertThat(OffSiteLists.listed(blocks, null)).containsOnly(false);
  }
}
