package ua.strichka.search;

/** The index could not be opened, read or written; the message says which index and why. */
public final class SearchException extends RuntimeException {
  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }

  public SearchException(String message) {
    super(message);
  }
}
