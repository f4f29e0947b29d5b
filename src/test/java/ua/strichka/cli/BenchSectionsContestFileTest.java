package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code bench sections --contest-file}: scoring labelled news, with sentences of our own. */
class BenchSectionsContestFileTest {
  @TempDir Path dir;

  /** Our own sentences, one plain topic each, and one row labelled other (a horoscope). */
  private static final String OWN =
      String.join(
          "\n",
          "# language, category, title, text",
          "en\tsports\tStriker scores twice as the club wins the cup final"
              + "\tThe striker scored two goals and the coach praised the team after the match"
              + " in the league cup final at the stadium.",
          "ru\tsports\tСборная выиграла матч отбора чемпионата мира"
              + "\tНападающий забил гол на последней минуте, тренер доволен игрой команды"
              + " в турнире.",
          "en\teconomy\tCentral bank raises the interest rate as inflation grows"
              + "\tThe central bank raised its key rate; inflation, prices and the budget"
              + " deficit worry investors on the stock market.",
          "ru\teconomy\tЦентробанк повысил ключевую ставку из-за инфляции"
              + "\tИнфляция и цены растут, курс рубля падает, инвесторы продают акции на бирже.",
          "en\tother\tWeekend horoscope for every sign\tThe stars promise a calm weekend.",
          "");

  @Test
  void printsPerCategoryFiguresConfusionAndLanguages() throws IOException {
    Path file = Files.writeString(dir.resolve("own.tsv"), OWN);
    MainTest.Result r = MainTest.run("bench", "sections", "--contest-file", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // the four plain topic rows are decided right, and the horoscope is "other" (ContestCategory)
    assertThat(r.out())
        .containsPattern("\\n +sports +1\\.000 +1\\.000 +1\\.000 +2\\n")
        .containsPattern("\\n +economy +1\\.000 +1\\.000 +1\\.000 +2\\n")
        .containsPattern("\\n +other +1\\.000 +1\\.000 +1\\.000 +1\\n")
        .containsPattern("\\n +accuracy +1\\.000 +5\\n")
        .containsPattern("\\n +macro +1\\.000\\n")
        .contains("contest categories: confusion")
        .containsPattern("\\n +en +1\\.000 +1\\.000 +3\\n")
        .containsPattern("\\n +ru +1\\.000 +1\\.000 +2\\n");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'en\tsports\tonly three columns'|own.tsv:1: expected language<tab>category<tab>title"
            + "<tab>text, got 3",
        "'de\tsports\tTitel\tText'|own.tsv:1: language is not uk, ru or en: de",
        "'en\tpolitics\tTitle\tText'|own.tsv:1: category is not one of",
        "'# only a comment'|own.tsv: no labelled rows"
      })
  void badFilesAreOneLineErrorsNamingTheLine(String content, String message) throws IOException {
    Path file = Files.writeString(dir.resolve("own.tsv"), content + "\n");
    MainTest.Result r = MainTest.run("bench", "sections", "--contest-file", file.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains(message).doesNotContain("\tat ");
    assertThat(r.err().strip().lines()).hasSize(1);
  }

  @Test
  void aFileThatIsNotUtf8OrMissingIsAOneLineError() throws IOException {
    Path latin = dir.resolve("latin.tsv");
    Files.write(latin, new byte[] {'e', 'n', '\t', 's', 'p', (byte) 0xE9, '\n'});
    MainTest.Result bad = MainTest.run("bench", "sections", "--contest-file", latin.toString());
    assertThat(bad.err()).contains("not UTF-8 text").doesNotContain("\tat ");
    MainTest.Result missing =
        MainTest.run("bench", "sections", "--contest-file", dir.resolve("no.tsv").toString());
    assertThat(missing.err()).contains("no such file").doesNotContain("\tat ");
  }
}
