package ua.strichka.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NbuJsonTest {
  private static final String USD =
      "{\"r030\":840,\"txt\":\"Долар США\",\"rate\":41.3,\"cc\":\"USD\",\"exchangedate\":\"09.04.2025\"}";

  @Test
  void readsTheRealAnswerOf24February2022() throws Exception {
    NbuAnswer answer = NbuJson.parse(resource("nbu_exchange_20220224.json"));

    assertThat(answer.problems()).isEmpty();
    assertThat(answer.rates()).hasSize(60);
    assertThat(answer.rates()).extracting(Rate::date).containsOnly(LocalDate.of(2022, 2, 24));
    Map<String, Rate> byCode = byCode(answer);
    assertThat(byCode).hasSize(60);
    assertThat(byCode.get("USD"))
        .isEqualTo(
            new Rate(
                "USD", 840, "Долар США", new BigDecimal("29.2549"), LocalDate.of(2022, 2, 24)));
    assertThat(byCode.get("EUR").rate()).isEqualByComparingTo("33.1707");
    assertThat(byCode.get("PLN").name()).isEqualTo("Злотий");
    assertThat(byCode.get("XDR").name()).isEqualTo("СПЗ (спеціальні права запозичення)");
    // the smallest and the largest rate come through as the exact published decimals
    assertThat(byCode.get("IRR").rate().toPlainString()).isEqualTo("0.00067751");
    assertThat(byCode.get("XAU").rate().toPlainString()).isEqualTo("55478.99");
  }

  @Test
  void readsTheRealAnswerOf21July2022() throws Exception {
    NbuAnswer answer = NbuJson.parse(resource("nbu_exchange_20220721.json"));

    assertThat(answer.problems()).isEmpty();
    assertThat(answer.rates()).hasSize(62);
    Map<String, Rate> byCode = byCode(answer);
    assertThat(byCode.get("EUR").rate()).isEqualByComparingTo("29.8064");
    assertThat(byCode.get("TWD").r030()).isEqualTo(901);
    assertThat(byCode.get("USD").date()).isEqualTo(LocalDate.of(2022, 7, 21));
    // the NBU held the dollar fixed from February to July 2022: the rates compare equal
    Rate february = byCode(NbuJson.parse(resource("nbu_exchange_20220224.json"))).get("USD");
    assertThat(byCode.get("USD").rate()).isEqualTo(february.rate());
  }

  @Test
  void ignoresFieldsItDoesNotKnow() throws Exception {
    String row =
        "{\"r030\":840,\"txt\":\"Долар США\",\"rate\":41.3,\"cc\":\"USD\",\"exchangedate\":\"09.04.2025\","
            + "\"enname\":\"US Dollar\",\"special\":null,\"units\":{\"n\":[1,2]}}";
    NbuAnswer answer = NbuJson.parse(bytes("[" + row + "]"));
    assertThat(answer.problems()).isEmpty();
    assertThat(answer.rates())
        .containsExactly(
            new Rate("USD", 840, "Долар США", new BigDecimal("41.3"), LocalDate.of(2025, 4, 9)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          no rate                   | {"r030":978,"txt":"Євро","cc":"EUR","exchangedate":"09.04.2025"}                     | row 2 (EUR): no rate
          null rate                 | {"r030":978,"txt":"Євро","rate":null,"cc":"EUR","exchangedate":"09.04.2025"}         | row 2 (EUR): no rate
          rate as text              | {"r030":978,"txt":"Євро","rate":"45,2","cc":"EUR","exchangedate":"09.04.2025"}       | row 2 (EUR): rate is not a positive number: "45,2"
          zero rate                 | {"r030":978,"txt":"Євро","rate":0,"cc":"EUR","exchangedate":"09.04.2025"}            | row 2 (EUR): rate is not a positive number: 0
          negative rate             | {"r030":978,"txt":"Євро","rate":-45.2,"cc":"EUR","exchangedate":"09.04.2025"}        | row 2 (EUR): rate is not a positive number: -45.2
          no cc                     | {"r030":978,"txt":"Євро","rate":45.2,"exchangedate":"09.04.2025"}                    | row 2: no cc
          cc not a code             | {"r030":978,"txt":"Євро","rate":45.2,"cc":"euro","exchangedate":"09.04.2025"}        | row 2 (euro): cc is not a code: "euro"
          no r030                   | {"txt":"Євро","rate":45.2,"cc":"EUR","exchangedate":"09.04.2025"}                    | row 2 (EUR): no r030
          no txt                    | {"r030":978,"rate":45.2,"cc":"EUR","exchangedate":"09.04.2025"}                      | row 2 (EUR): no txt
          no exchangedate           | {"r030":978,"txt":"Євро","rate":45.2,"cc":"EUR"}                                     | row 2 (EUR): no exchangedate
          impossible date           | {"r030":978,"txt":"Євро","rate":45.2,"cc":"EUR","exchangedate":"31.02.2025"}         | row 2 (EUR): exchangedate is not dd.mm.yyyy: "31.02.2025"
          ISO date                  | {"r030":978,"txt":"Євро","rate":45.2,"cc":"EUR","exchangedate":"2025-04-09"}         | row 2 (EUR): exchangedate is not dd.mm.yyyy: "2025-04-09"
          not an object             | 45.2                                                                                 | row 2: not an object
          """)
  void skipsABrokenRowAndKeepsTheOthers(String what, String row, String problem) throws Exception {
    NbuAnswer answer = NbuJson.parse(bytes("[" + USD + "," + row + "]"));
    assertThat(answer.rates()).extracting(Rate::code).containsExactly("USD");
    assertThat(answer.problems()).containsExactly(problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          HTML page       | <html><body>Сервіс тимчасово недоступний</body></html> | the answer is not JSON: <html><body>Сервіс тимчасово недоступний</body></html>
          empty body      | ''                                                     | the answer is not a JSON array: (empty body)
          an object       | {"error":"wrong date"}                                 | the answer is not a JSON array: {"error":"wrong date"}
          cut off         | [{"r030":840,"txt":"Долар                            | the answer is not JSON: [{"r030":840,"txt":"Долар
          XML             | <exchange><currency><r030>840</r030></currency></exchange> | the answer is not JSON: <exchange><currency><r030>840</r030></currency></exchange>
          """)
  void refusesAnAnswerThatIsNotAJsonArray(String what, String body, String message) {
    assertThatThrownBy(() -> NbuJson.parse(bytes(body)))
        .isInstanceOf(NbuException.class)
        .hasMessage(message);
  }

  @Test
  void emptyArrayIsAnAnswerWithNoRates() throws Exception {
    NbuAnswer answer = NbuJson.parse(bytes("[]"));
    assertThat(answer.rates()).isEmpty();
    assertThat(answer.problems()).isEmpty();
  }

  @Test
  void deeplyNestedGarbageIsAClearErrorNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> NbuJson.parse(bytes(deep)))
        .isInstanceOf(NbuException.class)
        .hasMessageStartingWith("the answer is not JSON: [[[[");
  }

  private static Map<String, Rate> byCode(NbuAnswer answer) {
    return answer.rates().stream().collect(Collectors.toMap(Rate::code, Function.identity()));
  }

  static byte[] resource(String name) throws Exception {
    try (InputStream in = NbuJsonTest.class.getResourceAsStream("/nbu/" + name)) {
      return in.readAllBytes();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
