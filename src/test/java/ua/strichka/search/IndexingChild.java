package ua.strichka.search;

import java.nio.file.Path;
import ua.strichka.store.Store;

/**
 * A separate JVM that catches up an index and stops dead in the middle: {@link CrashSafetyTest}
 * kills it there. It commits every {@code commitEvery} articles and, once {@code stopAt} articles
 * are read, prints {@code stopped} and sleeps until killed — with the articles after the last
 * commit written to the index but not committed.
 */
public final class IndexingChild {
  private IndexingChild() {}

  public static void main(String[] args) {
    Path index = Path.of(args[0]);
    String jdbcUrl = args[1];
    int commitEvery = Integer.parseInt(args[2]);
    long stopAt = Long.parseLong(args[3]);
    try (Store store = Store.open(jdbcUrl, "", "", 2)) {
      SearchIndex.open(
          index,
          store,
          SearchSettings.defaults().commitEvery(commitEvery),
          (done, total) -> {
            System.out.println("read " + done);
            if (done >= stopAt) {
              System.out.println("stopped");
              System.out.flush();
              sleepForever();
            }
          });
    }
  }

  private static void sleepForever() {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
