package ua.strichka.rates;

/**
 * The NBU could not be asked, or answered with nothing usable; the message says which, in one line.
 */
public final class NbuException extends Exception {
  public NbuException(String message) {
    super(message);
  }

  public NbuException(String message, Throwable cause) {
    super(message, cause);
  }
}
