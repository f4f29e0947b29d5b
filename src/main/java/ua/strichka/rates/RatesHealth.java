package ua.strichka.rates;

import java.time.Instant;

/**
 * How asking the NBU has gone, for the metrics page: when it last gave a complete answer, when it
 * last failed and how, and how many answers have failed since start.
 *
 * @param lastSuccess null until the first complete answer
 * @param lastFailure null until the first failure
 * @param failures answers that failed or came back partial
 * @param lastError the one-line message of the last failure, or null
 */
public record RatesHealth(
    Instant lastSuccess, Instant lastFailure, long failures, String lastError) {
  static final RatesHealth NEW = new RatesHealth(null, null, 0, null);

  RatesHealth succeeded(Instant at) {
    return new RatesHealth(at, lastFailure, failures, lastError);
  }

  RatesHealth failed(Instant at, String error) {
    return new RatesHealth(lastSuccess, at, failures + 1, error);
  }
}
