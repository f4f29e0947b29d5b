package ua.strichka.cli;

import java.io.PrintWriter;
import java.util.Locale;
import ua.strichka.search.IndexProgress;

/**
 * Progress on stderr: a bar redrawn in place on a terminal, a plain line every tenth of the way
 * otherwise (logs and CI output stay readable).
 *
 * <p>A terminal is {@code System.console() != null} — on the JDK 25 the project runs on, that means
 * stdin and stdout are a terminal — and {@code TERM} is not {@code dumb}.
 */
final class ProgressBar implements IndexProgress, AutoCloseable {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final String label;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long lastTenth = -1;
  private long done;
  private long total;
  private boolean drawn;

  ProgressBar(PrintWriter err, String label, boolean terminal) {
    this.err = err;
    this.label = label;
    this.terminal = terminal;
  }

  static boolean onTerminal() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  @Override
  public void advanced(long done, long total) {
    this.done = done;
    this.total = total;
    long now = System.nanoTime();
    if (terminal) {
      if (now - lastDraw >= REDRAW_NANOS || done >= total) {
        lastDraw = now;
        err.print("\r" + bar() + "\u001B[K");
        err.flush();
        drawn = true;
      }
      return;
    }
    long tenth = total == 0 ? 10 : done * 10 / total;
    if (tenth != lastTenth) {
      lastTenth = tenth;
      err.println(line());
      err.flush();
    }
  }

  /** Seconds since the bar was made. */
  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  @Override
  public void close() {
    if (terminal && drawn) {
      err.println();
      err.flush();
    }
  }

  private String bar() {
    int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
    return label
        + " ["
        + "#".repeat(filled)
        + ".".repeat(WIDTH - filled)
        + "] "
        + line().substring(label.length() + 2);
  }

  private String line() {
    double s = seconds();
    long percent = total == 0 ? 100 : done * 100 / total;
    String rate = s > 0 ? String.format(Locale.ROOT, ", %,.0f/s", done / s) : "";
    return String.format(
        Locale.ROOT, "%s: %,d of %,d articles (%d%%%s)", label, done, total, percent, rate);
  }
}
