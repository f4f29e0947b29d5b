package ua.strichka.sampleweb;

/** The corpus or outlet list is malformed; the message names the file and the entry. */
public final class CorpusException extends RuntimeException {
  CorpusException(String message) {
    super(message);
  }
}
