package ua.strichka.search;

/** The index could not be opened, read or written; the message says which index and why. */
public final class SearchException extends RuntimeException {
  private final boolean inUse;

  SearchException(String message, Throwable cause, boolean inUse) {
    super(message, cause);
    this.inUse = inUse;
  }

  SearchException(String message, Throwable cause) {
    this(message, cause, false);
  }

  SearchException(String message) {
    this(message, null, false);
  }

  /** True when another process writes the index: it can still be opened read-only. */
  public boolean inUse() {
    return inUse;
  }
}
