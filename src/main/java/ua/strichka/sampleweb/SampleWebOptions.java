package ua.strichka.sampleweb;

import com.sun.net.httpserver.HttpHandler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * How to run the sample web. Start from {@link #defaults()} and change what a test needs.
 *
 * @param seed makes every random choice (faults, sidebars, comments, synthetic text) repeatable
 * @param faults outlet slugs whose origins misbehave; {@link #ALL} for every outlet
 * @param live hold back the newest ~15% of publications and release them one by one
 * @param pace the time between two releases in live mode
 * @param scale how many synthetic articles to add for load benchmarks (0 for none)
 * @param bind one port per outlet on 127.0.0.1, or one address per outlet (127.0.0.2, …)
 * @param port the index origin's port (0: any free port); in host mode the outlets' port too
 * @param clock what "now" is for visibility of live releases, updates and relative dates
 * @param start the moment articles' {@code hoursAgo} count back from (default: the clock's now)
 * @param nbu serves {@code /NBUStatService/…} on the index origin when given (the fake NBU API)
 */
public record SampleWebOptions(
    long seed,
    Set<String> faults,
    boolean live,
    Duration pace,
    long scale,
    Bind bind,
    int port,
    Clock clock,
    Optional<Instant> start,
    Optional<HttpHandler> nbu) {

  /** In {@link #faults}: every outlet misbehaves. */
  public static final String ALL = "*";

  /** The largest scale mode supports; synthetic articles are made on request, never stored. */
  public static final long MAX_SCALE = 1_000_000;

  public enum Bind {
    /** Every outlet on 127.0.0.1 with a port of its own. */
    PORTS,
    /** Every outlet on an address of its own, 127.0.0.2 upwards (Linux routes 127/8 here). */
    HOSTS
  }

  public SampleWebOptions {
    faults = Set.copyOf(faults);
    if (pace.isNegative() || pace.isZero()) throw new IllegalArgumentException("pace must be > 0");
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("scale must be between 0 and " + MAX_SCALE);
    }
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
  }

  public static SampleWebOptions defaults() {
    return new SampleWebOptions(
        1L,
        Set.of(),
        false,
        Duration.ofSeconds(20),
        0,
        Bind.PORTS,
        0,
        Clock.systemUTC(),
        Optional.empty(),
        Optional.empty());
  }

  public SampleWebOptions withSeed(long seed) {
    return new SampleWebOptions(seed, faults, live, pace, scale, bind, port, clock, start, nbu);
  }

  /** Faults on these outlets ({@link #ALL} for all). */
  public SampleWebOptions withFaults(Set<String> faults) {
    return new SampleWebOptions(seed, faults, live, pace, scale, bind, port, clock, start, nbu);
  }

  public SampleWebOptions withLive(Duration pace) {
    return new SampleWebOptions(seed, faults, true, pace, scale, bind, port, clock, start, nbu);
  }

  public SampleWebOptions withScale(long scale) {
    return new SampleWebOptions(seed, faults, live, pace, scale, bind, port, clock, start, nbu);
  }

  public SampleWebOptions withBind(Bind bind) {
    return new SampleWebOptions(seed, faults, live, pace, scale, bind, port, clock, start, nbu);
  }

  public SampleWebOptions withPort(int port) {
    return new SampleWebOptions(seed, faults, live, pace, scale, bind, port, clock, start, nbu);
  }

  public SampleWebOptions withClock(Clock clock) {
    return new SampleWebOptions(seed, faults, live, pace, scale, bind, port, clock, start, nbu);
  }

  public SampleWebOptions withStart(Instant start) {
    return new SampleWebOptions(
        seed, faults, live, pace, scale, bind, port, clock, Optional.of(start), nbu);
  }

  public SampleWebOptions withNbu(HttpHandler nbu) {
    return new SampleWebOptions(
        seed, faults, live, pace, scale, bind, port, clock, start, Optional.of(nbu));
  }

  boolean faulty(String outlet) {
    return faults.contains(ALL) || faults.contains(outlet);
  }
}
