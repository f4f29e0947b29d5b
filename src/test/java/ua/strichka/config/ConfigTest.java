package ua.strichka.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsAreTyped() {
    Config c = Config.defaults();
    assertThat(c.string("store.url")).isEqualTo("jdbc:sqlite:./data/strichka.db");
    assertThat(c.integer("web.port")).isEqualTo(8080);
    assertThat(c.bool("fetch.allow-private")).isFalse();
    assertThat(c.duration("fetch.host-delay")).isEqualTo(Duration.ofSeconds(1));
    assertThat(c.list("rates.currencies")).startsWith("USD", "EUR", "PLN");
  }

  @Test
  void fileThenEnvironmentThenFlagsEachWin() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("strichka.yaml"),
            "web:\n  port: 9000\n  host: 0.0.0.0\nfetch:\n  host-delay: 2s\n");
    Config c =
        Config.load(
            Optional.of(file),
            Map.of(
                "STRICHKA_WEB_PORT",
                "9100",
                "STRICHKA_FETCH_ALLOW_PRIVATE",
                "true",
                "PATH",
                "/bin"),
            Map.of("web.host", "127.0.0.2"));
    assertThat(c.integer("web.port")).isEqualTo(9100);
    assertThat(c.string("web.host")).isEqualTo("127.0.0.2");
    assertThat(c.duration("fetch.host-delay")).isEqualTo(Duration.ofSeconds(2));
    assertThat(c.bool("fetch.allow-private")).isTrue();
    assertThat(c.describe().get("web.port")).isEqualTo("9100  (environment STRICHKA_WEB_PORT)");
  }

  @Test
  void unknownKeyIsNamedWithASuggestion() throws Exception {
    Path file = Files.writeString(dir.resolve("strichka.yaml"), "web:\n  prot: 9000\n");
    assertThatThrownBy(() -> Config.load(Optional.of(file), Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'web.prot'")
        .hasMessageContaining("did you mean 'web.port'?");
  }

  @Test
  void wrongTypesNameTheKeyAndTheExpectedForm() {
    assertThatThrownBy(
            () -> Config.load(Optional.empty(), Map.of("STRICHKA_WEB_PORT", "eighty"), Map.of()))
        .hasMessage(
            "web.port: expected a whole number, got 'eighty' (environment STRICHKA_WEB_PORT)");
    assertThatThrownBy(
            () -> Config.load(Optional.empty(), Map.of(), Map.of("fetch.host-delay", "soon")))
        .hasMessageContaining("fetch.host-delay: expected a duration such as 500ms");
    assertThatThrownBy(
            () ->
                Config.load(
                    Optional.empty(), Map.of(), Map.of("fetch.allow-private", "yes please")))
        .hasMessageContaining("expected true or false");
  }

  @Test
  void impossibleValuesAreRefused() {
    assertThatThrownBy(() -> Config.load(Optional.empty(), Map.of(), Map.of("web.port", "70000")))
        .hasMessageContaining("web.port: expected a port from 1 to 65535, got 70000");
    assertThatThrownBy(
            () -> Config.load(Optional.empty(), Map.of(), Map.of("store.url", "mysql://x")))
        .hasMessageContaining("store.url: expected jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
  }

  @ParameterizedTest(name = "{0}={1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "search.backend|elastic|search.backend: expected lucene or opensearch, got 'elastic'",
        "search.opensearch-url|127.0.0.1:9200|search.opensearch-url: expected http://HOST:PORT",
        "search.opensearch-url|ftp://os:9200|search.opensearch-url: expected http://HOST:PORT",
        "search.opensearch-index|Articles|search.opensearch-index: expected lower-case letters",
      })
  void searchBackendSettingsAreChecked(String key, String value, String message) {
    assertThatThrownBy(() -> Config.load(Optional.empty(), Map.of(), Map.of(key, value)))
        .hasMessageContaining(message);
  }

  @Test
  void openSearchSettingsAreAccepted() {
    Config c =
        Config.load(
            Optional.empty(),
            Map.of(),
            Map.of("search.backend", "opensearch", "search.opensearch-url", "https://os.lan:9200"));
    assertThat(c.string("search.backend")).isEqualTo("opensearch");
    assertThat(c.string("search.opensearch-url")).isEqualTo("https://os.lan:9200");
    assertThat(Config.load(Optional.empty(), Map.of(), Map.of()).string("search.backend"))
        .isEqualTo("lucene");
  }

  @Test
  void brokenYamlAndMissingFileAreClearErrors() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "web:\n  port: [1,\n");
    assertThatThrownBy(() -> Config.load(Optional.of(broken), Map.of(), Map.of()))
        .hasMessageContaining("is not valid YAML");
    assertThatThrownBy(() -> Config.load(Optional.of(dir.resolve("none.yaml")), Map.of(), Map.of()))
        .hasMessageContaining("does not exist");
  }

  @Test
  void listsAcceptCommaSeparatedText() {
    Config c =
        Config.load(Optional.empty(), Map.of("STRICHKA_RATES_CURRENCIES", "USD, EUR"), Map.of());
    assertThat(c.list("rates.currencies")).isEqualTo(List.of("USD", "EUR"));
  }

  @Test
  void ratesSettingsAreChecked() {
    assertThatThrownBy(
            () ->
                Config.load(
                    Optional.empty(), Map.of("STRICHKA_RATES_CURRENCIES", "USD, euro"), Map.of()))
        .hasMessage(
            "rates.currencies: expected ISO 4217 codes such as USD, got 'euro' (environment"
                + " STRICHKA_RATES_CURRENCIES)");
    assertThatThrownBy(() -> Config.load(Optional.empty(), Map.of(), Map.of("rates.refresh", "5s")))
        .hasMessage(
            "rates.refresh: expected at least 1m, the NBU sets rates once a day (command line)");
    assertThat(
            Config.load(Optional.empty(), Map.of(), Map.of("rates.refresh", "1m"))
                .duration("rates.refresh"))
        .isEqualTo(Duration.ofMinutes(1));
  }
}
