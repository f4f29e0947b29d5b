package ua.strichka.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ua.strichka.search.Query;
import ua.strichka.search.SearchIndex;

/**
 * Search latency under concurrent clients: each client runs its share of the queries back to back
 * (no think time), every search as the web page asks it (first page of ten, snippets, facets).
 */
final class LatencyRun {
  /**
   * Latency percentiles (milliseconds) and throughput of one concurrency level.
   *
   * @param cpuMillisPerQuery CPU time of the whole process per search (the machine may be shared)
   * @param hitsPerQuery mean number of matching articles, to show the queries are not trivial
   */
  record Level(
      int clients,
      int queries,
      double seconds,
      double p50,
      double p95,
      double p99,
      double max,
      double cpuMillisPerQuery,
      double hitsPerQuery) {
    double perSecond() {
      return queries / seconds;
    }
  }

  private LatencyRun() {}

  static Level run(SearchIndex index, List<Query> queries, int clients, int total)
      throws Exception {
    int perClient = Math.max(1, total / clients);
    long[][] latencies = new long[clients][perClient];
    long[] hits = new long[clients];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> running = new ArrayList<>();
      long start = System.nanoTime();
      CpuClock cpu = new CpuClock();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perClient; i++) {
                    Query q = queries.get((client * 7919 + i) % queries.size());
                    long t = System.nanoTime();
                    hits[client] += index.search(q).total();
                    latencies[client][i] = System.nanoTime() - t;
                  }
                }));
      }
      for (Future<?> f : running) f.get();
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
      return new Level(
          clients,
          all.length,
          seconds,
          percentile(all, 0.50),
          percentile(all, 0.95),
          percentile(all, 0.99),
          all[all.length - 1] / 1e6,
          cpu.cpuSeconds() * 1000 / all.length,
          (double) Arrays.stream(hits).sum() / all.length);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Nearest-rank percentile, in milliseconds. */
  static double percentile(long[] sortedNanos, double p) {
    int rank = (int) Math.ceil(p * sortedNanos.length);
    return sortedNanos[Math.max(0, rank - 1)] / 1e6;
  }
}
