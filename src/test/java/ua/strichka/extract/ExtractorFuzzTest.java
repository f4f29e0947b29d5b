package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Fuzzes the extractor and the date parser (issue 12). A plain {@code mvn test} replays the inputs
 * under {@code src/test/resources/ua/strichka/extract/ExtractorFuzzTestInputs/<method>/}, where
 * every crash a fuzzing run found is kept; {@code JAZZER_FUZZ=1} fuzzes one method for real ({@code
 * .ci/fuzz}). The property: any input gives a result or a clear {@link ExtractionException}, never
 * another exception, an OutOfMemoryError or a StackOverflowError.
 */
class ExtractorFuzzTest {
  static final ZonedDateTime NOW = ZonedDateTime.parse("2025-04-09T16:00:00+03:00[Europe/Kyiv]");
  private static final Extractor EXTRACTOR = new Extractor();

  @FuzzTest(maxDuration = "30s")
  void anyPageExtractsOrIsRefusedClearly(FuzzedDataProvider data) {
    String contentType = data.pickValue(CONTENT_TYPES);
    byte[] page = data.consumeRemainingAsBytes();
    try {
      Extraction e =
          EXTRACTOR.extract(page, contentType, "https://example.com/news/1", FeedHints.NONE, NOW);
      assertThat(e).isNotNull();
    } catch (ExtractionException refused) {
      assertThat(refused.getMessage()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void anyDateTextParsesOrIsEmpty(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Optional<OffsetDateTime> human = UkrainianDates.parse(text, NOW);
    Optional<OffsetDateTime> machine = UkrainianDates.parseMachine(text);
    // A date found in text is a real calendar moment; relative ones count back from NOW.
    human.ifPresent(d -> assertThat(d.getYear()).isBetween(1900, 2200));
    machine.ifPresent(d -> assertThat(d.getYear()).isBetween(0, 9999));
  }

  private static final String[] CONTENT_TYPES = {
    "text/html", "text/html; charset=windows-1251", "text/html; charset=koi8-u", null, "text/plain"
  };
}
