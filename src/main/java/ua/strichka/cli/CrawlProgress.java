package ua.strichka.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import ua.strichka.fetch.CrawlSummary;
import ua.strichka.fetch.Crawler;
import ua.strichka.store.Store;

/**
 * The crawl's progress on stderr: a bar redrawn in place on a terminal, a plain line every few
 * seconds otherwise (logs and CI). Hand-written: one line of text redrawn with a carriage return
 * needs no terminal library.
 */
final class CrawlProgress implements Crawler.Progress {
  private static final int WIDTH = 30;
  private final Store store;
  private final boolean bar;
  private final PrintWriter err;
  private long lastDraw;
  private boolean drawn;

  CrawlProgress(Store store, boolean bar, PrintWriter err) {
    this.store = store;
    this.bar = bar;
    this.err = err;
  }

  @Override
  public synchronized void update(CrawlSummary s, long inFlight) {
    long now = System.currentTimeMillis();
    if (now - lastDraw < (bar ? 250 : 5000)) return;
    lastDraw = now;
    long due = store.crawl().countDue(Instant.now());
    long done = s.visits();
    long total = Math.max(1, done + inFlight + due);
    String counts =
        String.format(
            Locale.ROOT,
            "%d pages, %d sources, %d failed, %d in flight, %d due, %.1f MB",
            s.pages(),
            s.sources(),
            s.failures(),
            inFlight,
            due,
            s.bytes() / 1e6);
    if (bar) {
      int filled = (int) (WIDTH * done / total);
      err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + counts + "   ");
      drawn = true;
    } else {
      err.println("crawl: " + counts);
    }
    err.flush();
  }

  /** Ends the bar's line so the summary starts on its own. */
  synchronized void finish() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }
}
