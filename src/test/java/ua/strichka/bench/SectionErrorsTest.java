package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SectionErrorsTest {
  @Test
  void listsEveryMistakeOfTheCrossValidationWithTheWordsBehindIt() {
    var corpus = AnalysisQualityTest.CORPUS;
    var dev = new CorpusSplit(corpus).part(corpus, "dev");
    StringWriter text = new StringWriter();
    SectionErrors.print(dev, AnalysisQuality.CV_FOLDS, 3, new PrintWriter(text));
    SectionQuality q = SectionQuality.crossValidated(dev, AnalysisQuality.CV_FOLDS);
    long wrong = Math.round((1 - q.accuracy()) * dev.size());
    String out = text.toString();
    assertThat(out).startsWith("section mistakes, 5-fold cross-validation over events: " + wrong);
    assertThat(out.lines().filter(l -> l.contains(" → "))).hasSize((int) wrong);
    assertThat(out.lines().filter(l -> l.startsWith("    pulled by: ")))
        .hasSize((int) wrong)
        .allMatch(l -> l.matches("    pulled by: \\S.* \\d+\\.\\d.*"));
    assertThat(new CorpusSplit(corpus).part(corpus, "held-out"))
        .noneMatch(a -> out.contains(a.id() + " "));
  }
}
