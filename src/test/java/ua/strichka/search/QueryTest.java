package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTest {
  /** Groups joined by AND, alternatives by |, phrases quoted, then the exclusions after ';'. */
  static String render(Query q) {
    String groups =
        q.groups().stream()
            .map(g -> g.stream().map(QueryTest::render).collect(Collectors.joining("|")))
            .collect(Collectors.joining(" AND "));
    String excluded =
        q.excluded().stream().map(c -> "-" + render(c)).collect(Collectors.joining(" "));
    return excluded.isEmpty() ? groups : groups + " ; " + excluded;
  }

  private static String render(Query.Clause c) {
    return c.phrase() ? "\"" + c.text() + "\"" : c.text();
  }

  @ParameterizedTest(name = "[{0}] → [{1}] {2}")
  @CsvSource(
      delimiter = '⇒',
      value = {
        "Рютте Японія ⇒ Рютте AND Японія ⇒ ",
        "\"обмін полоненими\" Харків ⇒ \"обмін полоненими\" AND Харків ⇒ ",
        "Рютте -Токіо ⇒ Рютте ; -Токіо ⇒ ",
        "-\"генеральний секретар\" Рютте ⇒ Рютте ; -\"генеральний секретар\" ⇒ ",
        "тролейбуси OR генератори Київ ⇒ тролейбуси|генератори AND Київ ⇒ ",
        "тролейбуси АБО генератори ⇒ тролейбуси|генератори ⇒ ",
        "a OR b OR c ⇒ a|b|c ⇒ ",
        "OR Рютте OR ⇒ Рютте ⇒ ",
        "or Рютте ⇒ or AND Рютте ⇒ ",
        "Іскандер-М ⇒ Іскандер-М ⇒ ",
        "- Рютте — Японія ⇒ Рютте AND Японія ⇒ ",
        "* ⇒  ⇒ WILDCARD_IGNORED",
        "Рют* ⇒ Рют ⇒ WILDCARD_IGNORED",
        "\"обмін полоненими ⇒ \"обмін полоненими\" ⇒ UNBALANCED_QUOTE",
        "„обмін полоненими“ ⇒ \"обмін полоненими\" ⇒ ",
        "\"\" Рютте ⇒ Рютте ⇒ ",
        "Рютте\u0000Японія ⇒ Рютте AND Японія ⇒ CONTROL_CHARACTERS",
        "\u200BРютте\u2066 ⇒ Рютте ⇒ CONTROL_CHARACTERS",
        "\uD800Рютте ⇒ Рютте ⇒ CONTROL_CHARACTERS",
        "🇺🇦 Рютте ⇒ Рютте ⇒ ",
        "  ⇒  ⇒ ",
      })
  void parsesWhatPeopleType(String text, String expected, String notice) {
    Query q = Query.parse(text);
    assertThat(render(q)).isEqualTo(expected == null ? "" : expected);
    if (notice == null) {
      assertThat(q.notices()).isEmpty();
    } else {
      assertThat(q.notices()).containsExactly(Notice.valueOf(notice));
    }
  }

  @Test
  void longQueriesAreCut() {
    Query words = Query.parse("слово ".repeat(50));
    assertThat(words.groups()).hasSize(Query.MAX_CLAUSES);
    assertThat(words.notices()).containsExactly(Notice.TRUNCATED);

    Query text = Query.parse("\"" + "а".repeat(20_000));
    assertThat(text.groups()).hasSize(1);
    assertThat(text.groups().getFirst().getFirst().text()).hasSize(Query.MAX_CHARS - 1);
    assertThat(text.notices()).contains(Notice.TRUNCATED, Notice.UNBALANCED_QUOTE);
  }

  @Test
  void noWordsMeansBrowsing() {
    assertThat(Query.parse("").browsing()).isTrue();
    assertThat(Query.parse(null).browsing()).isTrue();
    assertThat(Query.parse("-Росія").browsing()).isTrue();
    assertThat(Query.parse("Росія").browsing()).isFalse();
  }

  @Test
  void impossiblePagesAndRangesAreRefusedWithAMessage() {
    Query q = Query.parse("Рютте");
    assertThatThrownBy(() -> q.page(0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the number of results must be from 1 to 100, got 0");
    assertThatThrownBy(() -> q.page(20_000, 10)).hasMessageContaining("beyond the first 10000");
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> q.between(t, t)).hasMessageContaining("the date range is empty");
    assertThat(q.section(" ").section()).isNull();
    assertThat(q.section("war").outlet("shvydko").language("uk").entity("НАТО"))
        .extracting(Query::section, Query::outlet, Query::language, Query::entity)
        .containsExactly("war", "shvydko", "uk", "НАТО");
    assertThat(List.of(q.order(Query.Order.DATE).order(), q.order()))
        .containsExactly(Query.Order.DATE, Query.Order.RELEVANCE);
  }
}
