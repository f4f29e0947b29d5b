package ua.strichka.sampleweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.Extractor;

/** Scale mode: a million synthetic articles, made on request, the same for the same seed. */
@Tag("slow")
class ScaleModeTest {
  static final Instant START = Instant.parse("2025-04-09T04:03:00Z");

  @Test
  void millionArticlesAreDeterministicAndListedPageByPage() throws Exception {
    SampleWebOptions options =
        SampleWebOptions.defaults().withScale(1_000_000).withStart(START).withSeed(5);
    try (SampleWeb a = SampleWeb.start(options);
        SampleWeb b = SampleWeb.start(options);
        SampleWeb other = SampleWeb.start(options.withSeed(6))) {
      for (long i : List.of(0L, 1L, 99L, 123_456L, 999_999L)) {
        TruthArticle x = a.synthetic(i).orElseThrow();
        TruthArticle y = b.synthetic(i).orElseThrow();
        assertThat(x.text()).isEqualTo(y.text());
        assertThat(x.title()).isEqualTo(y.title());
        assertThat(x.published()).isEqualTo(y.published());
        assertThat(x.url().getPath()).isEqualTo(y.url().getPath());
        assertThat(other.synthetic(i).orElseThrow().text()).isNotEqualTo(x.text());
      }
      assertThat(a.synthetic(1_000_000)).isEmpty();
      long total = a.outlets().stream().mapToLong(o -> a.syntheticCount(o.slug())).sum();
      assertThat(total).isEqualTo(1_000_000);
      assertThat(a.syntheticCount("kyivskyi-visnyk")).isGreaterThan(a.syntheticCount("zbirka"));

      String outlet = "shvydko";
      URI index = a.outlet(outlet).base().resolve(Scale.SITEMAP);
      List<String> children = SampleWebTest.locs(Client.xml(index));
      assertThat(children).hasSize((int) ((a.syntheticCount(outlet) + 999) / 1000));
      List<String> lastPage = SampleWebTest.locs(Client.xml(URI.create(children.getLast())));
      assertThat(lastPage)
          .hasSize((int) (a.syntheticCount(outlet) - 1000L * (children.size() - 1)));
      String url = lastPage.getLast();
      long i = Long.parseLong(url.replaceAll(".*/scale/(\\d+)-.*", "$1"));
      TruthArticle t = a.synthetic(i).orElseThrow();
      assertThat(t.url().toString()).isEqualTo(url);
      Document page = Client.page(URI.create(url));
      assertThat(SampleWebTest.squash(page.text()))
          .contains(SampleWebTest.squash(t.text().split("\n\n")[1]));

      String feed2 =
          Client.text(Client.ok(a.outlet(outlet).base().resolve(Scale.FEED + "?page=2")));
      assertThat(feed2)
          .contains("rel=\"next\"")
          .contains(a.synthetic(i).map(x -> "/scale/").orElseThrow());
    }
  }

  /**
   * A long read of the paginated outlet in scale mode is served page by page: {@code ?page=2} is
   * the next slice of the text (it was page 1 again), past the last page is a 404, and the
   * extractor's bodies of the pages, joined in {@code rel=next} order, are the article's text. The
   * crawler does not follow {@code rel=next}; this join is what a caller that does gets.
   */
  @Test
  void splitLongReadsServeEachPageAndTheirBodiesJoinToTheText() throws Exception {
    SampleWebOptions options =
        SampleWebOptions.defaults().withScale(2_000).withStart(START).withSeed(5);
    try (SampleWeb web = SampleWeb.start(options)) {
      TruthArticle t = null;
      for (long i = 0; i < 2_000 && t == null; i++) {
        TruthArticle a = web.synthetic(i).orElseThrow();
        if (a.outlet().equals("tyzhnevyk") && a.text().split("\n\n").length >= 4) t = a;
      }
      assertThat(t).as("a synthetic long read of two pages or more").isNotNull();
      int pages = PaginatedTemplate.pages(t.text().split("\n\n").length);

      List<String> bodies = new ArrayList<>();
      List<String> pageTexts = new ArrayList<>();
      URI url = t.url();
      for (int n = 0; url != null && n < 5; n++) {
        String html = Client.text(Client.ok(url));
        Document page = org.jsoup.Jsoup.parse(html, url.toString());
        pageTexts.add(page.select("p").text());
        Extraction got = new Extractor().extract(html, url.toString());
        assertThat(got).as(url.toString()).isInstanceOf(Extraction.Found.class);
        bodies.add(((Extraction.Found) got).article().articleBody());
        Element next = page.selectFirst("link[rel=next][href]");
        url = next == null ? null : URI.create(next.absUrl("href"));
      }
      assertThat(pageTexts).hasSize(pages).doesNotHaveDuplicates();
      assertThat(String.join("\n\n", bodies)).isEqualTo(t.text());
      assertThat(Client.get(URI.create(t.url() + "?page=" + (pages + 1))).statusCode())
          .isEqualTo(404);
    }
  }
}
