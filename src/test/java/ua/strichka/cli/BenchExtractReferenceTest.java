package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchExtractReferenceTest {
  private static final String STORY =
      "<p>The city council approved the new budget for public transport on Tuesday evening after"
          + " a long debate about fares and routes.</p>"
          + "<p>Officials said the money would pay for forty new electric buses and for the repair"
          + " of the old tram depot in the northern district.</p>"
          + "<p>Residents who spoke at the meeting asked for more night services and for shelters"
          + " at the busiest stops near the river.</p>";

  private static void pair(Path dir, String name, String source, String expected) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve("source.html"), source);
    Files.writeString(folder.resolve("expected.html"), expected);
  }

  @Test
  void scoresEveryExtractorAndListsTheWorstPages(@TempDir Path dir) throws Exception {
    String page =
        "<html><head><title>Budget approved</title></head><body>"
            + "<nav><a href=/>Home</a> <a href=/news>News</a> <a href=/sport>Sport</a></nav>"
            + "<article><h1>Budget approved</h1>"
            + STORY
            + "</article><footer>© Example Times. All rights reserved.</footer></body></html>";
    pair(dir, "council", page, "<div id=readability-page-1>" + STORY + "</div>");
    pair(dir, "empty-label", page, "<div></div>");

    MainTest.Result r =
        MainTest.run(
            "bench",
            "extract",
            "--reference-pages",
            dir.toString(),
            "--no-fixtures",
            "--no-sample-web",
            "--worst",
            "5");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("body quality on 2 real pages")
        .contains("Readability's own output")
        .containsPattern("all +strichka +[01]\\.[0-9]{3}")
        .containsPattern("\\n +readability4j +[01]\\.[0-9]{3}")
        .containsPattern("\\n +boilerpipe +[01]\\.[0-9]{3}")
        .contains("worst 2 pages by strichka F1");
    // The page whose label is empty scores 0 for anyone who extracts text, so it is listed first.
    assertThat(r.out()).containsPattern("empty-label +0\\.000 +[01]\\.[0-9]{3}(.|\\n)*council ");
    assertThat(r.out()).containsPattern("council +1\\.000 +1\\.000 +1\\.000");
  }

  @Test
  void missingFolderIsOneLineError(@TempDir Path dir) {
    MainTest.Result r =
        MainTest.run(
            "bench",
            "extract",
            "--reference-pages",
            dir.resolve("none").toString(),
            "--no-fixtures",
            "--no-sample-web");
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("no reference pages at").doesNotContain("\tat ");
  }
}
