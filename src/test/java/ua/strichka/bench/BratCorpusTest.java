package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.bench.BratCorpus.Kind;

/** The Brat reader on hand-written fixtures: both file layouts, labels, offsets, bad input. */
class BratCorpusTest {
  @TempDir Path dir;

  static final String TEXT = "Мер Луцька Ігор Поліщук відкрив « Парк Шевченка » .\n";

  void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsPlainAndTokenisedPairsWithTheirSpans() throws IOException {
    write("b.tok.txt", TEXT);
    write(
        "b.tok.ann",
        "T1\tЛОК 4 10\tЛуцька\nT2\tPERS 11 23\tІгор Поліщук\nR1\tRel Arg1:T1 Arg2:T2\n"
            + "#1\tAnnotatorNotes T1\tмісто\nT3\tMISC 34 47\tПарк Шевченка\n");
    write("a.txt", "Київ.");
    write("a.ann", "T1\tLOC 0 4\tКиїв\n");
    write("notes.txt", "no annotations beside this one");

    List<BratCorpus.Document> docs = BratCorpus.read(dir);

    assertThat(docs).extracting(BratCorpus.Document::name).containsExactly("a", "b.tok");
    assertThat(docs.get(1).spans())
        .containsExactly(
            new BratCorpus.Span(4, 10, Kind.LOC, "Луцька"),
            new BratCorpus.Span(11, 23, Kind.PER, "Ігор Поліщук"),
            new BratCorpus.Span(34, 47, Kind.MISC, "Парк Шевченка"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "PERS, PER",
    "ПЕРС, PER",
    "PER, PER",
    "ORG, ORG",
    "ОРГ, ORG",
    "LOC, LOC",
    "ЛОК, LOC",
    "GPE, LOC",
    "MISC, MISC",
    "РІЗН, MISC",
    "РАЗН, MISC",
    "DATE, MISC"
  })
  void labelsOfBothLanguagesMapToOurKinds(String label, Kind kind) {
    assertThat(Kind.of(label)).isEqualTo(kind);
  }

  @Test
  void offsetsCountCodePointsAndBecomeJavaIndices() {
    String text = "\uD83C\uDDFA\uD83C\uDDE6 Київ";
    BratCorpus.Span s = BratCorpus.span("T1\tLOC 3 7\tКиїв", text, "x.ann:1");
    assertThat(text.substring(s.start(), s.end())).isEqualTo("Київ");
    // a discontinuous span is scored as its outer extent
    BratCorpus.Span outer = BratCorpus.span("T2\tORG 0 4;8 12", "Банк Х і Ф Банк", "x.ann:2");
    assertThat(outer.start()).isZero();
    assertThat(outer.end()).isEqualTo(12);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "T1 | x.ann:1: expected ID<TAB>TYPE START END<TAB>TEXT",
        "T1\tLOC 4\tЛуцька | expected TYPE START END",
        "T1\tLOC a b\tЛуцька | offsets are not numbers",
        "T1\tLOC 40 400\tЛуцька | outside the text",
        "T1\tLOC 11 23\tЛуцька | span text «Луцька» is «Ігор Поліщук» in the text",
      })
  void badLinesFailWithWhereAndWhy(String line, String message) {
    assertThatThrownBy(() -> BratCorpus.span(line.replace("\\t", "\t"), TEXT, "x.ann:1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aFolderWithoutPairsOrTextsIsAClearError() throws IOException {
    assertThatThrownBy(() -> BratCorpus.read(dir.resolve("missing")))
        .hasMessageContaining("not a folder");
    assertThatThrownBy(() -> BratCorpus.read(dir)).hasMessageContaining("no .ann files");
    write("c.ann", "T1\tLOC 0 4\tКиїв\n");
    assertThatThrownBy(() -> BratCorpus.read(dir)).hasMessageContaining("has no text beside it");
    Files.write(dir.resolve("c.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
    assertThatThrownBy(() -> BratCorpus.read(dir)).hasMessageContaining("is not UTF-8");
  }
}
