package ua.strichka.rates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.strichka.store.RateRepository;

/**
 * Keeps the store's NBU rates current: each {@link #refresh()} asks for today's rates, for
 * tomorrow's once the NBU has set them (after 15:00 Kyiv time), and for every day of the last 30
 * with no rates stored yet (the back-fill of a first run, or of a gap after downtime), one request
 * per date.
 *
 * <p>Nothing the NBU does empties the store: a failed answer writes nothing, a partial one writes
 * the rows it has, so the widget keeps showing the last good rate of each currency with its date.
 * Each failure is logged in one line and counted in {@link #health()}. A failure that means the NBU
 * cannot be asked right now (no connection, timeout, 5xx, garbage) ends the round: the dates left
 * wait for the next refresh instead of sending 30 doomed requests.
 */
public final class RatesUpdater {
  /** Days of history the widget's chart shows and the back-fill fetches, today included. */
  public static final int HISTORY_DAYS = 30;

  /** The NBU sets the next day's rates in the afternoon; from this hour we ask for them. */
  static final int NEXT_DAY_HOUR = 15;

  private static final Logger log = LoggerFactory.getLogger(RatesUpdater.class);

  private final NbuClient nbu;
  private final RateRepository store;
  private final List<String> currencies;
  private final Clock clock;
  private final AtomicReference<RatesHealth> health = new AtomicReference<>(RatesHealth.NEW);

  /**
   * @param currencies the currencies the widget shows: an answer without one of them counts as a
   *     failure (the others are kept)
   */
  public RatesUpdater(NbuClient nbu, RateRepository store, List<String> currencies, Clock clock) {
    this.nbu = nbu;
    this.store = store;
    this.currencies = List.copyOf(currencies);
    this.clock = clock;
  }

  /** Scheduled refreshes; closing stops them (a refresh under way is interrupted). */
  public interface Schedule extends AutoCloseable {
    @Override
    void close();
  }

  public RatesHealth health() {
    return health.get();
  }

  /**
   * Runs {@link #refresh()} now and then every {@code every} (after each run ends) on a daemon
   * thread, until the returned handle is closed.
   */
  public Schedule start(Duration every) {
    ScheduledExecutorService scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "nbu-rates");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    return scheduler::shutdownNow;
  }

  /**
   * Asks the NBU for the dates due and stores what it answers. Never throws: an exception escaping
   * a scheduled task would silently cancel every later run, so a failing store is logged and
   * counted like a failing NBU.
   */
  public synchronized RatesHealth refresh() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(Rate.KYIV));
    try {
      for (LocalDate date : due(now)) {
        if (!fetch(date, date.isAfter(now.toLocalDate()))) break;
      }
    } catch (RuntimeException e) {
      fail(
          null,
          "cannot store the rates: "
              + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }
    return health();
  }

  /**
   * Today, tomorrow when it is due and not stored, then the missing days of history, newest first.
   */
  List<LocalDate> due(ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    LocalDate tomorrow = today.plusDays(1);
    Set<LocalDate> stored = store.dates(today.minusDays(HISTORY_DAYS - 1), tomorrow);
    Set<LocalDate> due = new LinkedHashSet<>();
    due.add(today);
    if (now.getHour() >= NEXT_DAY_HOUR && !stored.contains(tomorrow)) due.add(tomorrow);
    for (int i = 1; i < HISTORY_DAYS; i++) {
      if (!stored.contains(today.minusDays(i))) due.add(today.minusDays(i));
    }
    return new ArrayList<>(due);
  }

  /** Fetches and stores one date; false when the NBU cannot be asked now. */
  private boolean fetch(LocalDate date, boolean tomorrow) {
    NbuAnswer answer;
    try {
      answer = nbu.rates(date);
    } catch (NbuException e) {
      if (!Thread.currentThread().isInterrupted()) fail(date, e.getMessage());
      return false;
    }
    if (answer.rates().isEmpty() && answer.problems().isEmpty() && tomorrow) {
      log.debug("NBU rates for {} not set yet", date);
      return true;
    }
    if (answer.rates().isEmpty()) {
      fail(date, "the answer lists no rates" + details(answer.problems()));
      return false;
    }
    Instant at = clock.instant();
    store.upsert(answer.rates().stream().map(r -> r.toRecord(at)).toList());
    Set<String> answered = new LinkedHashSet<>();
    answer.rates().forEach(r -> answered.add(r.code()));
    List<String> missing = currencies.stream().filter(c -> !answered.contains(c)).toList();
    // the widget's currencies first: they are what a reader misses
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) problems.add("no " + String.join(", ", missing));
    problems.addAll(answer.problems());
    if (problems.isEmpty()) {
      health.updateAndGet(h -> h.succeeded(at));
    } else {
      fail(date, "kept " + answer.rates().size() + " rates" + details(problems));
    }
    return true;
  }

  private void fail(LocalDate date, String message) {
    String line = (date == null ? "NBU rates: " : "NBU rates for " + date + ": ") + message;
    log.warn(line);
    health.updateAndGet(h -> h.failed(clock.instant(), line));
  }

  /** The first problems, on one line. */
  private static String details(List<String> problems) {
    if (problems.isEmpty()) return "";
    String shown = String.join("; ", problems.subList(0, Math.min(3, problems.size())));
    return "; " + shown + (problems.size() > 3 ? "; and " + (problems.size() - 3) + " more" : "");
  }
}
