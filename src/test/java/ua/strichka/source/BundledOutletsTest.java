package ua.strichka.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledOutletsTest {
  @Test
  void shipsAtLeastThirtyUkrainianOutletsNationalAndRegionalInBothLanguages() {
    List<BundledOutlets.Bundled> all = BundledOutlets.load();
    assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    assertThat(all).extracting(b -> b.outlet().slug()).doesNotHaveDuplicates();
    assertThat(all).extracting(b -> b.outlet().language()).contains("uk", "ru");
    assertThat(all.stream().filter(b -> !b.region().equals("national")).count())
        .isGreaterThanOrEqualTo(8);
    for (BundledOutlets.Bundled b : all) {
      Outlet o = b.outlet();
      assertThat(o.name()).as(o.slug()).isNotBlank();
      assertThat(o.sources()).as(o.slug()).isNotEmpty();
      assertThat(isHttpUrl(o.homeUrl())).as(o.slug()).isTrue();
      o.sources().forEach(s -> assertThat(isHttpUrl(s.url())).as(s.url()).isTrue());
    }
  }

  private static boolean isHttpUrl(String url) {
    java.net.URI u = java.net.URI.create(url);
    return u.getHost() != null && (url.startsWith("https://") || url.startsWith("http://"));
  }
}
