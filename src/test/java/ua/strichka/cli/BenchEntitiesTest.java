package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strichka bench entities --brat DIR} on a Brat folder of our own sentences. */
class BenchEntitiesTest {
  @TempDir Path dir;

  @Test
  void printsPerTypeFiguresAndTheMisses() throws IOException {
    Files.writeString(
        dir.resolve("a.tok.txt"), "Президент Франції Еммануель Макрон прибув до Києва .");
    Files.writeString(
        dir.resolve("a.tok.ann"),
        "T1\tLOC 10 17\tФранції\nT2\tPERS 18 34\tЕммануель Макрон\nT3\tORG 0 9\tПрезидент\n");
    MainTest.Result r =
        MainTest.run("bench", "entities", "--brat", dir.toString(), "--errors", "5");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("entities, exact spans (1 documents)")
        .containsPattern("PER +1\\.000 +1\\.000 +1\\.000 +1/1")
        .containsPattern("ORG +0\\.000 +0\\.000 +0\\.000 +0/1")
        .containsPattern("micro +0\\.[0-9]{3}")
        .contains("FN ORG\tПрезидент");
  }

  @Test
  void aMissingFolderOrBadLanguageIsOneLine() {
    MainTest.Result r = MainTest.run("bench", "entities", "--brat", dir.resolve("no").toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("not a folder of Brat files").doesNotContain("\tat ");
    r = MainTest.run("bench", "entities", "--brat", dir.toString(), "--language", "xx");
    assertThat(r.err()).contains("--language must be uk, ru, en or auto").doesNotContain("\tat ");
  }
}
