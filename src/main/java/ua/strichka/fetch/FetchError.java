package ua.strichka.fetch;

import java.util.Locale;

/** Why a fetch did not produce a usable page; recorded in the fetch log by {@link #code()}. */
public enum FetchError {
  BAD_URL,
  REFUSED_ADDRESS,
  ROBOTS_DISALLOWED,
  DNS,
  CONNECT,
  TIMEOUT,
  IO,
  TOO_MANY_REDIRECTS,
  REDIRECT_LOOP,
  HTTP_CLIENT_ERROR,
  HTTP_SERVER_ERROR,
  RATE_LIMITED,
  BODY_DECODE,
  INCOMPLETE_BODY;

  /** {@code REDIRECT_LOOP} → {@code redirect-loop}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Worth another attempt soon: the server or the network may be better in a moment. */
  boolean transientFailure() {
    return this == TIMEOUT
        || this == CONNECT
        || this == IO
        || this == HTTP_SERVER_ERROR
        || this == RATE_LIMITED
        || this == INCOMPLETE_BODY;
  }
}
