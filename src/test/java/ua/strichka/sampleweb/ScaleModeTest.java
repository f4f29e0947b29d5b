package ua.strichka.sampleweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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
}
