package ua.strichka.search;

/** Told how a catch-up or rebuild advances, for a progress bar. */
@FunctionalInterface
public interface IndexProgress {
  IndexProgress NONE = (done, total) -> {};

  /**
   * @param done articles read from the store so far
   * @param total articles to read in all (an estimate: the store may grow meanwhile)
   */
  void advanced(long done, long total);
}
