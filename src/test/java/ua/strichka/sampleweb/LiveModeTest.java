package ua.strichka.sampleweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Live mode: held-back articles appear in the listings one by one as time goes on. */
@Tag("slow")
class LiveModeTest {

  @Test
  void articlesAreReleasedOneByOne() throws Exception {
    Duration pace = Duration.ofMillis(150);
    try (SampleWeb web = SampleWeb.start(SampleWebOptions.defaults().withLive(pace))) {
      int all = web.truth().size();
      List<TruthArticle> held =
          web.truth().stream().filter(t -> t.published().isAfter(web.startTime())).toList();
      assertThat(held.size()).isBetween((int) (all * 0.08), (int) (all * 0.16));
      TruthArticle last =
          held.stream().max((a, b) -> a.published().compareTo(b.published())).orElseThrow();
      TruthArticle first =
          held.stream().min((a, b) -> a.published().compareTo(b.published())).orElseThrow();
      if (Instant.now().isBefore(first.published())) {
        assertThat(Client.get(first.url()).statusCode()).isEqualTo(404);
      }
      assertThat(web.released().size()).isLessThan(all);
      String outlet = last.outlet();
      SampleWeb.Origin origin = web.outlet(outlet);
      Instant deadline = Instant.now().plusSeconds(30);
      while (Instant.now().isBefore(web.lastRelease().plusMillis(50))
          && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      assertThat(web.released()).hasSize(all);
      assertThat(Client.ok(last.url()).statusCode()).isEqualTo(200);
      String listing =
          Client.text(
              Client.ok(
                  origin.feeds().isEmpty()
                      ? (origin.sitemaps().isEmpty()
                          ? origin.sectionPages().getFirst()
                          : origin.sitemaps().getFirst())
                      : origin.feeds().getFirst()));
      assertThat(listing)
          .contains(last.url().getPath().replace("?", "").split("\\?")[0].replace("&", "&amp;"));
    }
  }

  @Test
  void updatesGoOutInTheirTurn() throws Exception {
    try (SampleWeb web =
        SampleWeb.start(SampleWebOptions.defaults().withLive(Duration.ofMillis(100)))) {
      TruthArticle t =
          web.truth().stream()
              .filter(
                  a ->
                      a.modified().isPresent()
                          && a.modified().get().isAfter(web.startTime())
                          && !a.published().isAfter(web.startTime()))
              .findFirst()
              .orElseThrow();
      String before = Client.text(Client.ok(t.url()));
      assertThat(before).contains(t.original().orElseThrow().title());
      while (Instant.now().isBefore(t.modified().get().plusMillis(50))) Thread.sleep(50);
      assertThat(Client.text(Client.ok(t.url()))).contains(t.title());
    }
  }
}
