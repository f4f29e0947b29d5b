package ua.strichka.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Where one search's time went: the thread CPU time of each of its passes and how many times it ran
 * the query (a relaxed second attempt runs it again). Filled by {@link SearchIndex#search(Query,
 * SearchPasses)} on the calling thread, for the latency bench's table of the slowest queries:
 * wall-clock latency on a shared machine shows waiting as much as work.
 */
public final class SearchPasses {
  /** The passes of a search, in the order they run. */
  public enum Pass {
    /** Counting the matches for the total and the facets (sampled beyond a few thousand). */
    COUNT,
    /** The top hits of the page, scored with skipping. */
    TOP,
    /** The ranked hits a collapsed page reads to keep one per story. */
    COLLAPSE,
    /** Reading the hits' stored fields and marking titles and snippets. */
    SNIPPETS
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final long[] nanos = new long[Pass.values().length];
  private int runs;

  /** Thread CPU nanoseconds spent in a pass (0 when the pass did not run). */
  public long nanos(Pass pass) {
    return nanos[pass.ordinal()];
  }

  /** Times the query ran: 2 when the search was relaxed after finding nothing. */
  public int runs() {
    return runs;
  }

  /** The current thread's CPU time, in nanoseconds; a mark to pass to {@link #add}. */
  static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Adds the CPU time since {@code start} (from {@link #now()}) to the pass. */
  void add(Pass pass, long start) {
    nanos[pass.ordinal()] += now() - start;
  }

  void ran() {
    runs++;
  }
}
