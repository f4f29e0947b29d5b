package ua.strichka.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.text.Language;

class TrainingTextsTest {
  static final String GOOD =
      """
      - section: economy
        language: uk
        title: "Нацбанк залишив облікову ставку без змін"
        text: |
          Перший абзац.

          Другий абзац.
      - section: sport
        language: en
        title: Kyiv club wins the derby
        text: The striker scored twice.
      """;

  @Test
  void aGoodFileGivesItsEntriesInOrder() {
    assertThat(TrainingTexts.parse("good.yaml", GOOD))
        .containsExactly(
            new SectionClassifier.Example(
                "Нацбанк залишив облікову ставку без змін",
                "Перший абзац.\n\nДругий абзац.",
                Language.UK,
                Section.ECONOMY),
            new SectionClassifier.Example(
                "Kyiv club wins the derby",
                "The striker scored twice.",
                Language.EN,
                Section.SPORT));
  }

  /** A bad entry is one line naming the file and the entry, never a skipped entry. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "section: sports | bad.yaml: entry 2: unknown section 'sports'",
        "language: de | bad.yaml: entry 2: language 'de' is not uk, ru or en",
        "title: '' | bad.yaml: entry 2: 'title' is missing or empty",
        "text: '   ' | bad.yaml: entry 2: 'text' is missing or empty",
        "author: me | bad.yaml: entry 2: unknown field 'author'",
        "text: [a, b] | bad.yaml: entry 2: 'text' is missing or empty",
      })
  void aBadEntryIsNamedInOneLine(String field, String message) {
    String second =
        "- section: war\n  language: ru\n  title: Обстрел\n  text: Текст.\n"
            .replaceFirst(
                "(?m)^  " + field.substring(0, field.indexOf(':')) + ":.*$", "  " + field);
    if (!second.contains(field)) second = second + "  " + field + "\n";
    String yaml = "- {section: war, language: uk, title: Удар, text: Текст.}\n" + second;
    assertThatThrownBy(() -> TrainingTexts.parse("bad.yaml", yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "section: war | bad.yaml: expected a list of entries",
        "- just a line | bad.yaml: entry 1: expected a mapping",
      })
  void aFileThatIsNotAListOfMappingsIsNamed(String yaml, String message) {
    assertThatThrownBy(() -> TrainingTexts.parse("bad.yaml", yaml)).hasMessage(message);
  }

  @Test
  void brokenYamlIsOneLineWithTheFileAndLine() {
    assertThatThrownBy(() -> TrainingTexts.parse("broken.yaml", "- section: war\n  title: \"open"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("broken.yaml: not valid YAML: ")
        .hasMessageContaining("(line ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(TrainingTexts.parse("empty.yaml", "")).isEmpty();
  }

  @Test
  void theIndexListsTheShippedFilesAndTheyLoad() throws Exception {
    Path folder = Path.of("src/main/resources/classify/training");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(TrainingTexts.files())
          .containsExactlyElementsOf(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> n.endsWith(".yaml"))
                  .sorted()
                  .toList());
    }
    assertThat(TrainingTexts.bundled()).hasSizeGreaterThan(100);
    assertThat(TrainingTexts.bundled().stream().map(SectionClassifier.Example::language))
        .containsOnly(Language.UK, Language.RU, Language.EN);
    // the Ukrainian texts (session 9) teach every section, not a few
    assertThat(
            TrainingTexts.bundled().stream()
                .filter(e -> e.language() == Language.UK)
                .map(SectionClassifier.Example::section)
                .distinct())
        .hasSize(Section.values().length);
    assertThat(TrainingTexts.bundled().stream().map(SectionClassifier.Example::section).distinct())
        .hasSize(Section.values().length);
  }

  @Test
  void theClassifierLearnsTheTextsWords() {
    // «…о реформе таможенной службы»: a word pair of the writers' first text that neither a corpus
    // article nor a lexicon line has; trained on no articles, the model holds it for politics
    String model = SectionClassifier.train(List.of()).serialise();
    assertThat(model.lines().filter(l -> l.startsWith("таможен служб\t")).toList())
        .singleElement()
        .satisfies(l -> assertThat(l.split("\t", -1)[1 + Section.POLITICS.ordinal()]).isNotEmpty());
  }
}
