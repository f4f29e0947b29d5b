package ua.strichka.config;

/** A configuration problem an operator can fix; its message names the key and the expected form. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
