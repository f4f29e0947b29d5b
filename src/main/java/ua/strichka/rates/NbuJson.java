package ua.strichka.rates;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the NBU's JSON answer, an array of {@code {"r030": 840, "txt": "Долар США", "rate": 41.3,
 * "cc": "USD", "exchangedate": "09.04.2025"}}.
 *
 * <p>It reads the tree row by row rather than binding the whole array, so one broken row is skipped
 * and reported while the others are kept; fields it does not know are ignored. Numbers are read as
 * exact decimals.
 */
final class NbuJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

  private NbuJson() {}

  /**
   * @throws NbuException when the body is not a JSON array
   */
  static NbuAnswer parse(byte[] body) throws NbuException {
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new NbuException("the answer is not JSON: " + excerpt(body));
    } catch (IOException e) {
      throw new NbuException("the answer is unreadable: " + e.getMessage(), e);
    }
    if (tree == null || !tree.isArray()) {
      throw new NbuException("the answer is not a JSON array: " + excerpt(body));
    }
    List<Rate> rates = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int n = 0;
    for (JsonNode row : tree) {
      n++;
      String problem = problem(row);
      if (problem == null) {
        rates.add(
            new Rate(
                row.get("cc").asText(),
                row.get("r030").asInt(),
                row.get("txt").asText().strip(),
                row.get("rate").decimalValue(),
                LocalDate.parse(row.get("exchangedate").asText(), DATE)));
      } else {
        JsonNode cc = row.path("cc");
        problems.add(
            "row " + n + (cc.isTextual() ? " (" + cc.asText() + ")" : "") + ": " + problem);
      }
    }
    return new NbuAnswer(rates, problems);
  }

  /** Why {@code row} cannot make a rate, or null when it can. */
  private static String problem(JsonNode row) {
    if (!row.isObject()) return "not an object";
    JsonNode cc = row.get("cc");
    JsonNode r030 = row.get("r030");
    JsonNode txt = row.get("txt");
    JsonNode rate = row.get("rate");
    JsonNode date = row.get("exchangedate");
    if (cc == null || cc.isNull()) return "no cc";
    if (!cc.isTextual() || !CODE.matcher(cc.asText()).matches()) return "cc is not a code: " + cc;
    if (r030 == null || r030.isNull()) return "no r030";
    if (!r030.canConvertToInt() || !r030.isIntegralNumber()) return "r030 is not a number: " + r030;
    if (txt == null || txt.isNull() || txt.asText().isBlank()) return "no txt";
    if (rate == null || rate.isNull()) return "no rate";
    if (!rate.isNumber() || rate.decimalValue().signum() <= 0) {
      return "rate is not a positive number: " + rate;
    }
    if (date == null || date.isNull()) return "no exchangedate";
    try {
      LocalDate.parse(date.asText(), DATE);
    } catch (DateTimeParseException e) {
      return "exchangedate is not dd.mm.yyyy: " + date;
    }
    return null;
  }

  /** The start of a body, on one line, for a log message. */
  private static String excerpt(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
    s = s.replaceAll("\\s+", " ").strip();
    if (s.isEmpty()) return "(empty body)";
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
