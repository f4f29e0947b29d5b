package ua.strichka.source;

/** A feed, sitemap or OPML file that cannot be read; the message says what is wrong with it. */
public final class SourceFormatException extends Exception {
  public SourceFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  public SourceFormatException(String message) {
    super(message);
  }
}
