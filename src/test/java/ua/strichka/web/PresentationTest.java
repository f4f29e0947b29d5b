package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The small rules of presentation: times, plurals, safe URLs, script-safe JSON, snippets. */
class PresentationTest {
  private static final Instant NOW = Instant.parse("2025-04-09T10:00:00Z");
  private static final KyivTime TIME = new KyivTime(Clock.fixed(NOW, ZoneOffset.UTC));

  @ParameterizedTest
  @CsvSource({
    "2025-04-09T10:00:00Z, щойно",
    "2025-04-09T09:59:30Z, щойно",
    "2025-04-09T10:05:00Z, щойно",
    "2025-04-09T09:55:00Z, 5 хв тому",
    "2025-04-09T09:00:01Z, 59 хв тому",
    "2025-04-09T07:00:00Z, 3 год тому",
    "2025-04-08T10:00:01Z, 23 год тому",
    "2025-04-08T10:00:00Z, 08 квітня 2025 р. 13:00",
    "2025-04-09T04:03:00Z, 5 год тому",
    "2025-01-01T00:00:00Z, 01 січня 2025 р. 02:00",
    "2024-10-27T00:30:00Z, 27 жовтня 2024 р. 03:30",
    "2024-10-27T01:30:00Z, 27 жовтня 2024 р. 03:30",
  })
  void timesAreRelativeForADayThenFullInKyivTime(String at, String expected) {
    assertThat(TIME.relative(Instant.parse(at))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "2025-04-09T04:03:00Z, 09 квітня 2025 р. 07:03, 2025-04-09T07:03:00+03:00",
    "2025-12-31T22:59:59Z, 01 січня 2026 р. 00:59, 2026-01-01T00:59:59+02:00"
  })
  void fullDatesAreTheSeedFormat(String at, String full, String iso) {
    var stamp = TIME.fullStamp(Instant.parse(at));
    assertThat(stamp.text()).isEqualTo(full);
    assertThat(stamp.iso()).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0 джерел",
    "1, 1 джерело",
    "2, 2 джерела",
    "4, 4 джерела",
    "5, 5 джерел",
    "11, 11 джерел",
    "12, 12 джерел",
    "14, 14 джерел",
    "21, 21 джерело",
    "22, 22 джерела",
    "25, 25 джерел",
    "101, 101 джерело",
    "111, 111 джерел"
  })
  void ukrainianPlurals(long n, String expected) {
    assertThat(Views.plural(n, "джерело", "джерела", "джерел")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "https://kv.ua/a?b=1, https://kv.ua/a?b=1",
        "HTTP://KV.UA/x, HTTP://KV.UA/x",
        "javascript:alert(1), NULL",
        "JavaScript:alert(1), NULL",
        "' javascript:alert(1)', NULL",
        "'data:text/html;base64,PHNjcmlwdD4=', NULL",
        "vbscript:msgbox, NULL",
        "//evil.example/x, NULL",
        "/relative/path, NULL",
        "https://, NULL",
        "'', NULL",
        "http://exa mple.com/, NULL",
      })
  void onlyAbsoluteHttpUrlsAreEmitted(String url, String expected) {
    assertThat(SafeUrl.http(url)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "https://www.ua-independent.com/politics/1, ua-independent.com",
        "http://kv.ua/world/rutte-tokyo, kv.ua",
        "http://127.0.0.3:8081/news/1, NULL",
        "http://[::1]:8080/news/1, NULL",
        "http://2024.ua/news/1, 2024.ua",
        "javascript:alert(1), NULL",
      })
  void theSourceNamesADomainNeverAnAddress(String url, String expected) {
    assertThat(SafeUrl.siteName(url)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "</script><script>alert(1)</script>",
        "a & b < c > d",
        "line\u2028separator",
        "«лапки» і 'апостроф'",
        "\u0000\u001f"
      })
  void jsonLdNeverContainsMarkupAndReadsBackUnchanged(String value) throws Exception {
    String json = JsonLd.of(Map.of("headline", value));
    assertThat(json)
        .doesNotContain("<")
        .doesNotContain(">")
        .doesNotContain("&")
        .doesNotContain("\u2028");
    assertThat(new ObjectMapper().readTree(json).path("headline").asText()).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "підтримку <mark>України</mark> з боку | підтримку ,false;України,true; з боку,false",
        "<mark>Рютте</mark> | Рютте,true",
        "<b>жирний</b> <mark>x | <b>жирний</b> <mark>x,false",
        "без збігів | без збігів,false",
      })
  void snippetsSplitIntoPlainAndMarkedParts(String snippet, String expected) {
    List<String> parts =
        Snippets.parse(snippet).stream().map(p -> p.text() + "," + p.marked()).toList();
    assertThat(String.join(";", parts)).isEqualTo(expected.strip());
  }

  @org.junit.jupiter.api.Test
  void xmlTextLosesOnlyCharactersXmlForbids() {
    assertThat(Xml.clean("a\u0001b\u0008c")).isEqualTo("abc");
    assertThat(Xml.clean("таб\tі\nрядок\r")).isEqualTo("таб\tі\nрядок\r");
    assertThat(Xml.clean("\uFFFEx\uFFFF")).isEqualTo("x");
    assertThat(Xml.clean("емодзі 🇺🇦")).isEqualTo("емодзі 🇺🇦");
    assertThat(Xml.clean("зламана пара \uD83C кінець")).isEqualTo("зламана пара  кінець");
  }
}
