package ua.strichka.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate HTTP load generator on virtual threads. Request {@code i} is due at {@code start +
 * i/rate}; a fixed set of workers (one keep-alive connection each) takes the due requests in turn,
 * and each latency is measured from when the request was due, not from when it was sent, so a
 * server that falls behind shows in the figures instead of quietly lowering the load (no
 * coordinated omission).
 */
final class LoadGenerator {
  /** What one run measured; latencies in milliseconds. */
  record Result(int sent, int ok, int errors, double seconds, double p50, double p99, double max) {
    double perSecond() {
      return ok / seconds;
    }
  }

  private final int workers;

  /** The first failure of the last run, for the report; null when none failed. */
  volatile String firstError;

  /** The last run's figures, for a caller that ran it on another thread. */
  volatile Result last;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  LoadGenerator(int workers) {
    this.workers = workers;
  }

  /** Requests {@code url} {@code rate} times a second for {@code duration}. */
  Result run(String url, int rate, Duration duration) throws InterruptedException {
    int total = (int) Math.max(1, rate * duration.toMillis() / 1000);
    long[] latencies = new long[total];
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
    long period = 1_000_000_000L / rate;
    firstError = null;
    long start = System.nanoTime();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int w = 0; w < workers; w++) {
        threads.execute(
            () -> {
              for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                long due = start + i * period;
                long wait = due - System.nanoTime();
                if (wait > 0) LockSupport.parkNanos(wait);
                try {
                  HttpResponse<byte[]> r =
                      http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                  if (r.statusCode() == 200 && r.body().length > 0) ok.incrementAndGet();
                  else if (errors.incrementAndGet() == 1) firstError = "HTTP " + r.statusCode();
                } catch (Exception e) {
                  if (errors.incrementAndGet() == 1) firstError = e.toString();
                }
                latencies[i] = System.nanoTime() - due;
              }
            });
      }
      threads.shutdown();
      threads.awaitTermination(10, TimeUnit.MINUTES);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(latencies);
    return new Result(
        total,
        ok.get(),
        errors.get(),
        seconds,
        percentile(latencies, 0.50),
        percentile(latencies, 0.99),
        latencies[latencies.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
