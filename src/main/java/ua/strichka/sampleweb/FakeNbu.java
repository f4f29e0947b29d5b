package ua.strichka.sampleweb;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The NBU exchange-rate API ({@code statdirectory/exchange?json&date=YYYYMMDD&valcode=USD}) as the
 * sample web serves it: the real answer's shape for any date, 31 currencies at plausible rates
 * (2025-like base values) that drift deterministically day by day from a seed.
 *
 * <p>It behaves like the real service where Strichka depends on it: rates for Saturday and Sunday
 * are Monday's (the NBU sets all three on Friday), tomorrow's rates appear at 15:00 Kyiv time, and
 * dates further ahead answer an empty array. A {@link Mode} other than {@link Mode#NORMAL} makes it
 * answer badly, the ways the real one has or could: that is what the rates tests are for.
 *
 * <p>{@link Mode#HANG} and {@link Mode#STALL} hold the exchange until the mode changes (at most two
 * minutes), so mount it on a server with an executor ({@code
 * Executors.newVirtualThreadPerTaskExecutor()}); the default one would hang the whole server.
 */
public final class FakeNbu implements HttpHandler {
  /** How the fake answers. */
  public enum Mode {
    /** The real shape. */
    NORMAL,
    /** The real shape plus fields the NBU does not send today; a client must ignore them. */
    EXTRA_FIELDS,
    /** USD's row lacks {@code rate}, GBP's {@code cc}, PLN's {@code exchangedate}. */
    MISSING_FIELDS,
    /** EUR is left out. */
    MISSING_CURRENCY,
    /** {@code []}, as the NBU answers for a date it has not set yet. */
    EMPTY,
    /** HTTP 200 with an HTML maintenance page. */
    NOT_JSON,
    /** HTTP 500. */
    SERVER_ERROR,
    /** No answer at all. */
    HANG,
    /** Status and the first byte of the body, then silence. */
    STALL
  }

  static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  private static final DateTimeFormatter QUERY_DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final DateTimeFormatter ANSWER_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final long MAX_HOLD_MILLIS = 120_000;

  /** A demo runs for days: remember only the latest requests. */
  private static final int MAX_REMEMBERED = 10_000;

  private record Currency(int r030, String code, String name, double base) {}

  private static final List<Currency> CURRENCIES =
      List.of(
          new Currency(36, "AUD", "Австралійський долар", 25.1),
          new Currency(124, "CAD", "Канадський долар", 29.3),
          new Currency(156, "CNY", "Юань Женьміньбі", 5.63),
          new Currency(203, "CZK", "Чеська крона", 1.8),
          new Currency(208, "DKK", "Данська крона", 6.05),
          new Currency(344, "HKD", "Гонконгівський долар", 5.32),
          new Currency(348, "HUF", "Форинт", 0.1115),
          new Currency(356, "INR", "Індійська рупія", 0.481),
          new Currency(360, "IDR", "Рупія", 0.00246),
          new Currency(376, "ILS", "Новий ізраїльський шекель", 11.05),
          new Currency(392, "JPY", "Єна", 0.282),
          new Currency(398, "KZT", "Теньге", 0.0795),
          new Currency(410, "KRW", "Вона", 0.0283),
          new Currency(484, "MXN", "Мексиканське песо", 2.02),
          new Currency(498, "MDL", "Молдовський лей", 2.33),
          new Currency(554, "NZD", "Новозеландський долар", 23.2),
          new Currency(578, "NOK", "Норвезька крона", 3.85),
          new Currency(702, "SGD", "Сінгапурський долар", 30.9),
          new Currency(710, "ZAR", "Ренд", 2.15),
          new Currency(752, "SEK", "Шведська крона", 4.15),
          new Currency(756, "CHF", "Швейцарський франк", 48.3),
          new Currency(818, "EGP", "Єгипетський фунт", 0.81),
          new Currency(826, "GBP", "Фунт стерлінгів", 53.3),
          new Currency(840, "USD", "Долар США", 41.3),
          new Currency(946, "RON", "Румунський лей", 9.08),
          new Currency(949, "TRY", "Турецька ліра", 1.085),
          new Currency(960, "XDR", "СПЗ (спеціальні права запозичення)", 55.2),
          new Currency(975, "BGN", "Болгарський лев", 23.1),
          new Currency(978, "EUR", "Євро", 45.2),
          new Currency(985, "PLN", "Злотий", 10.6),
          new Currency(959, "XAU", "Золото", 127500));

  private final long seed;
  private final Clock clock;
  private final Object lock = new Object();
  private Mode mode = Mode.NORMAL;
  private final List<LocalDate> requested = new ArrayList<>();

  /** Rates from {@code seed}; "today" and "tomorrow after 15:00" by {@code clock}. */
  public FakeNbu(long seed, Clock clock) {
    this.seed = seed;
    this.clock = clock;
  }

  public FakeNbu(long seed) {
    this(seed, Clock.systemUTC());
  }

  /** Switches how the fake answers; exchanges held by {@code HANG} or {@code STALL} end. */
  public void mode(Mode m) {
    synchronized (lock) {
      mode = m;
      lock.notifyAll();
    }
  }

  /** The dates asked for so far (the last 10,000), in order; today's for a request without one. */
  public List<LocalDate> requested() {
    synchronized (lock) {
      return List.copyOf(requested);
    }
  }

  /** The currency codes served, in the order of the answer. */
  public List<String> codes() {
    return CURRENCIES.stream().map(Currency::code).toList();
  }

  /**
   * The rate served for {@code code} on {@code date}, hryvnias per unit, rounded as the NBU rounds.
   */
  public BigDecimal rate(String code, LocalDate date) {
    Currency c =
        CURRENCIES.stream()
            .filter(x -> x.code().equals(code))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no currency " + code));
    return rate(c, date);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      ZonedDateTime now = ZonedDateTime.now(clock.withZone(KYIV));
      LocalDate date;
      try {
        date =
            query.containsKey("date")
                ? LocalDate.parse(query.get("date"), QUERY_DATE)
                : now.toLocalDate();
      } catch (DateTimeParseException e) {
        send(exchange, 400, "text/plain; charset=utf-8", "Wrong date format");
        return;
      }
      Mode m;
      synchronized (lock) {
        if (requested.size() == MAX_REMEMBERED) requested.removeFirst();
        requested.add(date);
        m = mode;
      }
      switch (m) {
        case NOT_JSON ->
            send(
                exchange,
                200,
                "text/html; charset=utf-8",
                "<html><body><h1>Сервіс тимчасово недоступний</h1></body></html>");
        case SERVER_ERROR ->
            send(exchange, 500, "text/html; charset=utf-8", "<h1>500 Internal Server Error</h1>");
        case HANG -> holdWhile(Mode.HANG);
        case STALL -> {
          exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          out.write('[');
          out.flush();
          holdWhile(Mode.STALL);
        }
        default -> {
          boolean published =
              !date.isAfter(now.toLocalDate())
                  || (date.equals(now.toLocalDate().plusDays(1)) && now.getHour() >= 15);
          List<Map<String, Object>> rows =
              m == Mode.EMPTY || !published ? List.of() : rows(date, query.get("valcode"), m);
          send(exchange, 200, "application/json; charset=utf-8", toJson(rows));
        }
      }
    }
  }

  private List<Map<String, Object>> rows(LocalDate date, String valcode, Mode m) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Currency c : CURRENCIES) {
      if (valcode != null && !c.code().equalsIgnoreCase(valcode)) continue;
      if (m == Mode.MISSING_CURRENCY && c.code().equals("EUR")) continue;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("r030", c.r030());
      row.put("txt", c.name());
      row.put("rate", rate(c, date));
      row.put("cc", c.code());
      row.put("exchangedate", ANSWER_DATE.format(date));
      if (m == Mode.EXTRA_FIELDS) {
        row.put("enname", c.code() + " (English name)");
        row.put("special", null);
        row.put("units", List.of(1, 100));
      }
      if (m == Mode.MISSING_FIELDS) {
        switch (c.code()) {
          case "USD" -> row.remove("rate");
          case "GBP" -> row.remove("cc");
          case "PLN" -> row.remove("exchangedate");
          default -> {}
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * A bounded walk: a slow and a fast wave with a phase per currency, plus a little daily noise, so
   * a rate moves a fraction of a percent a day and never drifts off to an implausible value however
   * far the date.
   */
  private BigDecimal rate(Currency c, LocalDate date) {
    LocalDate effective =
        switch (date.getDayOfWeek()) {
          case SATURDAY -> date.plusDays(2);
          case SUNDAY -> date.plusDays(1);
          default -> date;
        };
    long day = effective.toEpochDay();
    SplittableRandom phases = new SplittableRandom(seed * 31 + c.code().hashCode());
    double slow = phases.nextDouble(0, 2 * Math.PI);
    double fast = phases.nextDouble(0, 2 * Math.PI);
    double noise =
        new SplittableRandom(seed * 1_000_003L + c.code().hashCode() * 8_191L + day)
            .nextDouble(-1, 1);
    double factor =
        1
            + 0.03 * Math.sin(2 * Math.PI * day / 90 + slow)
            + 0.005 * Math.sin(2 * Math.PI * day / 11 + fast)
            + 0.002 * noise;
    return nbuRounding(c.base() * factor);
  }

  /**
   * As in the NBU's answers: 2 decimals for metals, 4 for rates from 1 hryvnia, 5 significant
   * digits below.
   */
  private static BigDecimal nbuRounding(double value) {
    BigDecimal v = BigDecimal.valueOf(value);
    BigDecimal r =
        value >= 1000
            ? v.setScale(2, RoundingMode.HALF_UP)
            : value >= 1
                ? v.setScale(4, RoundingMode.HALF_UP)
                : v.round(new MathContext(5, RoundingMode.HALF_UP));
    return r.stripTrailingZeros();
  }

  private void holdWhile(Mode m) {
    long until = System.currentTimeMillis() + MAX_HOLD_MILLIS;
    synchronized (lock) {
      long left;
      while (mode == m && (left = until - System.currentTimeMillis()) > 0) {
        try {
          lock.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static String toJson(List<Map<String, Object>> rows) {
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) return out;
    for (String part : raw.split("&")) {
      int eq = part.indexOf('=');
      String key = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      out.put(key.toLowerCase(Locale.ROOT), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }
}
