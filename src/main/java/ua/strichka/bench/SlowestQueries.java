package ua.strichka.bench;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ua.strichka.search.Query;
import ua.strichka.search.SearchPasses;
import ua.strichka.search.SearchPasses.Pass;

/**
 * Where a latency run's tail comes from: its queries by kind (CPU per search, share of the run's
 * CPU and of its slowest twentieth, the searches above the p95) and its slowest searches by thread
 * CPU, with each pass's share. Thread CPU, not latency: on a shared machine a search may be slow
 * only because it waited for a core.
 */
final class SlowestQueries {
  private SlowestQueries() {}

  static void print(PrintWriter out, LatencyRun.Level level, int slowest) {
    List<LatencyRun.Search> all = level.searches();
    List<LatencyRun.Search> byWall =
        all.stream().sorted(Comparator.comparingLong(LatencyRun.Search::wallNanos)).toList();
    // the searches that make the p95: those above it
    List<LatencyRun.Search> tail = byWall.subList((int) Math.ceil(0.95 * all.size()), all.size());
    double cpu = all.stream().mapToLong(LatencyRun.Search::cpuNanos).sum();
    double tailCpu = tail.stream().mapToLong(LatencyRun.Search::cpuNanos).sum();
    Map<String, Kind> kinds = new TreeMap<>();
    all.forEach(s -> kinds.computeIfAbsent(LatencyQueries.kind(s.query()), k -> new Kind()).add(s));
    tail.forEach(s -> kinds.get(LatencyQueries.kind(s.query())).addTail(s));
    out.printf(
        Locale.ROOT,
        "  %d clients, by kind (thread CPU; \"above p95\": the %d slowest searches by latency)%n",
        level.clients(),
        tail.size());
    long[] passes = new long[Pass.values().length];
    for (Kind k : kinds.values()) {
      for (int i = 0; i < passes.length; i++) passes[i] += k.passes[i];
    }
    out.printf(
        Locale.ROOT,
        "    thread CPU per search %.2f ms: count %.2f, top %.2f, collapse %.2f, snippets %.2f;"
            + " %d of %d searches ran the query twice (relaxed)%n",
        cpu / 1e6 / all.size(),
        passes[0] / 1e6 / all.size(),
        passes[1] / 1e6 / all.size(),
        passes[2] / 1e6 / all.size(),
        passes[3] / 1e6 / all.size(),
        all.stream().filter(s -> s.passes().runs() > 1).count(),
        all.size());
    out.println(
        "    kind                          searches  CPU ms/search  count  top  collapse  snippets"
            + "  CPU share  above p95  their CPU share  hits/search");
    kinds.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, Kind> e) -> -e.getValue().cpu))
        .forEach(
            e -> {
              Kind k = e.getValue();
              out.printf(
                  Locale.ROOT,
                  "    %-28s  %8d  %13.1f  %5.1f  %3.1f  %8.1f  %8.1f  %8.0f%%  %9d  %14.0f%%  %11.0f%n",
                  e.getKey(),
                  k.searches,
                  k.cpu / 1e6 / k.searches,
                  k.passes[0] / 1e6 / k.searches,
                  k.passes[1] / 1e6 / k.searches,
                  k.passes[2] / 1e6 / k.searches,
                  k.passes[3] / 1e6 / k.searches,
                  100 * k.cpu / cpu,
                  k.tail,
                  tailCpu == 0 ? 0 : 100 * k.tailCpu / tailCpu,
                  (double) k.hits / k.searches);
            });
    out.printf(
        Locale.ROOT,
        "  %d clients, the %d slowest searches by thread CPU%n",
        level.clients(),
        slowest);
    out.println(
        "    CPU ms  wall ms     hits  count ms  top ms  collapse ms  snippets ms  runs  kind:"
            + " query");
    Set<Query> shown = new HashSet<>();
    all.stream()
        .sorted(Comparator.comparingLong(LatencyRun.Search::cpuNanos).reversed())
        .filter(s -> shown.add(s.query())) // the slowest run of each query
        .limit(slowest)
        .forEach(
            s -> {
              SearchPasses p = s.passes();
              out.printf(
                  Locale.ROOT,
                  "    %6.1f  %7.1f  %7d  %8.1f  %6.1f  %11.1f  %11.1f  %4d  %s: %s%n",
                  s.cpuNanos() / 1e6,
                  s.wallNanos() / 1e6,
                  s.hits(),
                  p.nanos(Pass.COUNT) / 1e6,
                  p.nanos(Pass.TOP) / 1e6,
                  p.nanos(Pass.COLLAPSE) / 1e6,
                  p.nanos(Pass.SNIPPETS) / 1e6,
                  p.runs(),
                  LatencyQueries.kind(s.query()),
                  s.query().text());
            });
    out.flush();
  }

  /** The searches of one kind. */
  private static final class Kind {
    int searches;
    long cpu;
    long hits;
    int tail;
    long tailCpu;
    final long[] passes = new long[Pass.values().length];

    void add(LatencyRun.Search s) {
      for (Pass p : Pass.values()) passes[p.ordinal()] += s.passes().nanos(p);
      searches++;
      cpu += s.cpuNanos();
      hits += s.hits();
    }

    void addTail(LatencyRun.Search s) {
      tail++;
      tailCpu += s.cpuNanos();
    }
  }
}
