package ua.strichka.sampleweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusTest {
  private static final String OUTLETS =
      """
      - slug: a
        name: A
        domain: a.ua
        languages: [uk, ru]
        template: wordpress
        discovery: [rss]
      - slug: b
        name: B
        domain: b.ua
        languages: [uk]
        template: aggregator
        discovery: [rss]
      """;

  private static final String GOOD =
      """
      - id: x1
        outlet: a
        language: uk
        section: politics
        event: e1
        news: true
        hoursAgo: 3
        title: "[Генсек НАТО](PER:Марк Рютте) у [Токіо](LOC:Токіо)"
        authors: [Ірина]
        lead: "Вступ про [НАТО](ORG:НАТО)."
        body: |
          Перший абзац.

          Другий абзац про [Японію](LOC:Японія).
      """;

  static Corpus parse(String... files) {
    List<CorpusFiles.Source> sources = new java.util.ArrayList<>();
    for (int i = 0; i < files.length; i++)
      sources.add(new CorpusFiles.Source("f" + i + ".yaml", files[i]));
    return Corpus.parse(new CorpusFiles.Source("outlets.yaml", OUTLETS), sources);
  }

  @Test
  void bundledCorpusLoadsAndItsSpansPointAtTheirSurfaces() {
    Corpus corpus = Corpus.load();
    assertThat(corpus.outlets()).hasSize(12);
    assertThat(corpus.articles()).hasSizeGreaterThan(300);
    for (CorpusArticle a : corpus.articles()) {
      for (CorpusArticle.Version v : List.of(a.original(), a.latest())) {
        assertThat(v.text()).doesNotContain("](").doesNotContain("(PER:").startsWith(v.lead());
        for (EntitySpan e : v.textEntities()) {
          assertThat(v.text().substring(e.start(), e.end())).as(a.id()).isEqualTo(e.surface());
        }
        for (EntitySpan e : v.titleEntities()) {
          assertThat(v.title().substring(e.start(), e.end())).as(a.id()).isEqualTo(e.surface());
        }
      }
    }
    assertThat(
            corpus.articles().stream()
                .filter(a -> a.language().equals("uk"))
                .flatMap(a -> a.latest().textEntities().stream()))
        .extracting(EntitySpan::type)
        .contains("PER", "ORG", "LOC");
  }

  @Test
  void stripsMarkupIntoPlainTextWithOffsets() {
    CorpusArticle a = parse(GOOD).article("x1").orElseThrow();
    assertThat(a.original().title()).isEqualTo("Генсек НАТО у Токіо");
    assertThat(a.original().text())
        .isEqualTo("Вступ про НАТО.\n\nПерший абзац.\n\nДругий абзац про Японію.");
    assertThat(a.original().titleEntities())
        .containsExactly(
            new EntitySpan(0, 11, "PER", "Генсек НАТО", "Марк Рютте"),
            new EntitySpan(14, 19, "LOC", "Токіо", "Токіо"));
    EntitySpan japan = a.original().textEntities().get(1);
    assertThat(a.original().text().substring(japan.start(), japan.end())).isEqualTo("Японію");
    assertThat(japan.canonical()).isEqualTo("Японія");
    assertThat(a.original().paragraphs()).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "story of Ukrainian news is the event | uk | e1",
        "story of Russian news carries the language | ru | e1/ru",
      })
  void storyIdPerLanguage(String name, String language, String story) {
    Corpus c = parse(GOOD.replace("language: uk", "language: " + language));
    assertThat(c.article("x1").orElseThrow().storyId()).contains(story);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown outlet | 'outlet: a' | 'outlet: zz' | f0.yaml: entry 'x1': unknown outlet 'zz'",
        "unknown section | 'section: politics' | 'section: gossip' | f0.yaml: entry 'x1': unknown section 'gossip'",
        "language the outlet lacks | 'language: uk' | 'language: en' | f0.yaml: entry 'x1': outlet 'a' does not publish in 'en'",
        "dangling repost | 'news: true' | 'news: true\n  repostOf: nope' | f0.yaml: entry 'x1': repostOf 'nope' is not in the corpus",
        "broken markup | '(ORG:НАТО)' | '(ORGX:НАТО)' | f0.yaml: entry 'x1': malformed entity markup",
        "news without event | 'event: e1' | 'event: null' | f0.yaml: entry 'x1': news needs an 'event'",
        "hours not a number | 'hoursAgo: 3' | 'hoursAgo: soon' | f0.yaml: entry 'x1': 'hoursAgo' must be a number",
        "bad YAML | 'news: true' | 'news: [true' | f0.yaml: not valid YAML",
      })
  void invalidEntriesAreNamedWithTheirFile(String name, String from, String to, String message) {
    assertThatThrownBy(() -> parse(GOOD.replace(from, to.replace("\\n", "\n"))))
        .isInstanceOf(CorpusException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void duplicateIdsNameBothFiles() {
    assertThatThrownBy(() -> parse(GOOD, GOOD))
        .isInstanceOf(CorpusException.class)
        .hasMessage("f1.yaml: entry 'x1': duplicate id (first in f0.yaml)");
  }
}
