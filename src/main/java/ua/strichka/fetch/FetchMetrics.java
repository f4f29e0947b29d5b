package ua.strichka.fetch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.Semaphore;

/**
 * The fetch stage's Prometheus metrics: requests by status class and error, bytes received, a
 * latency histogram, and the depth of the politeness queue and of the global limit.
 */
final class FetchMetrics {
  private final MeterRegistry registry;
  private final DistributionSummary bytes;
  private final Timer latency;

  FetchMetrics(MeterRegistry registry, HostQueue hosts, Semaphore inFlight, int concurrency) {
    this.registry = registry;
    this.bytes =
        DistributionSummary.builder("strichka.fetch.bytes")
            .description("Decoded response body bytes per request")
            .baseUnit("bytes")
            .register(registry);
    this.latency =
        Timer.builder("strichka.fetch.latency")
            .description("Time of one HTTP request, body included")
            .publishPercentileHistogram()
            .register(registry);
    Gauge.builder("strichka.fetch.queue.depth", hosts, HostQueue::waiting)
        .description("Requests waiting for their host's turn (politeness)")
        .register(registry);
    Gauge.builder("strichka.fetch.in.flight", inFlight, s -> concurrency - s.availablePermits())
        .description("Requests in flight across all hosts")
        .register(registry);
  }

  void record(FetchResult r) {
    Counter.builder("strichka.fetch.requests")
        .description("HTTP requests by status and error class")
        .tag("status", r.status() == 0 ? "none" : Integer.toString(r.status()))
        .tag("error", r.error() == null ? "none" : r.error().code())
        .register(registry)
        .increment();
    bytes.record(r.body().length);
    latency.record(r.elapsed());
  }
}
