package ua.strichka.extract;

/**
 * Input that cannot be a web page at all: empty, binary, over the size cap, or nested beyond any
 * real page. Its message is one line fit for a user.
 */
public final class ExtractionException extends RuntimeException {
  public ExtractionException(String message) {
    super(message);
  }
}
