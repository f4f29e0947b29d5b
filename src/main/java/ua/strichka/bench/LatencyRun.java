package ua.strichka.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import ua.strichka.search.Query;
import ua.strichka.search.SearchIndex;
import ua.strichka.search.SearchPasses;

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
   * @param searches every search of the run, for the table of the slowest ({@link SlowestQueries})
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
      double hitsPerQuery,
      List<Search> searches) {
    double perSecond() {
      return queries / seconds;
    }
  }

  /**
   * One search of a run.
   *
   * @param cpuNanos CPU time of the searching thread: the work, without the waits for a core
   */
  record Search(Query query, long wallNanos, long cpuNanos, long hits, SearchPasses passes) {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private LatencyRun() {}

  static Level run(SearchIndex index, List<Query> queries, int clients, int total)
      throws Exception {
    int perClient = Math.max(1, total / clients);
    Search[][] searches = new Search[clients][perClient];
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
                    SearchPasses passes = new SearchPasses();
                    long threadCpu = THREADS.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    long hits = index.search(q, passes).total();
                    long wall = System.nanoTime() - t;
                    threadCpu = THREADS.getCurrentThreadCpuTime() - threadCpu;
                    searches[client][i] = new Search(q, wall, threadCpu, hits, passes);
                  }
                }));
      }
      for (Future<?> f : running) f.get();
      double seconds = (System.nanoTime() - start) / 1e9;
      List<Search> done = Arrays.stream(searches).flatMap(Arrays::stream).toList();
      long[] all = done.stream().mapToLong(Search::wallNanos).sorted().toArray();
      return new Level(
          clients,
          all.length,
          seconds,
          percentile(all, 0.50),
          percentile(all, 0.95),
          percentile(all, 0.99),
          all[all.length - 1] / 1e6,
          cpu.cpuSeconds() * 1000 / all.length,
          done.stream().mapToLong(Search::hits).average().orElse(0),
          done);
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
