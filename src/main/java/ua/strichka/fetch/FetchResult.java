package ua.strichka.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one fetch produced, success or not.
 *
 * @param status the HTTP status of the last response, 0 when none came
 * @param finalUrl the URL after redirects (the requested one when none were followed)
 * @param headers response headers, names lower-cased
 * @param body the decoded (gunzipped) body, at most {@code fetch.max-body-bytes}
 * @param truncated the body was cut at the size cap, or the connection ended before it was complete
 * @param attempts requests made for this fetch, retries included
 * @param error why the fetch failed, or null when a response was usable (2xx or 304)
 * @param retryAfter the server's Retry-After when the fetch ended on a 429/503, else null
 */
public record FetchResult(
    URI requestedUrl,
    URI finalUrl,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    boolean truncated,
    Instant startedAt,
    Duration elapsed,
    int attempts,
    int redirects,
    FetchError error,
    String errorDetail,
    Duration retryAfter) {

  public FetchResult {
    TreeMap<String, List<String>> lower = new TreeMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
    headers = java.util.Collections.unmodifiableMap(lower);
  }

  /** No usable response from {@code url}, asked for as {@code requested}. */
  static FetchResult failure(
      URI requested,
      URI url,
      Instant startedAt,
      Duration elapsed,
      FetchError error,
      String detail) {
    return new FetchResult(
        requested,
        url,
        0,
        Map.of(),
        new byte[0],
        false,
        startedAt,
        elapsed,
        1,
        0,
        error,
        detail,
        null);
  }

  /** This response as the last hop of {@code hops} redirects. */
  FetchResult afterRedirects(int hops) {
    return with(requestedUrl, startedAt, elapsed, attempts, hops, error, errorDetail, retryAfter);
  }

  /** This response refused as {@code why} (a redirect not followed, for instance). */
  FetchResult failedAs(FetchError why, String detail) {
    return with(requestedUrl, startedAt, elapsed, attempts, redirects, why, detail, null);
  }

  /** This response as the outcome of the whole fetch of {@code requested}, retries counted. */
  FetchResult asFetchOf(URI requested, Instant started, Duration took, int tries) {
    return with(requested, started, took, tries, redirects, error, errorDetail, retryAfter);
  }

  /** The response itself (final URL, status, headers, body) kept, the fetch's account changed. */
  private FetchResult with(
      URI requested,
      Instant started,
      Duration took,
      int tries,
      int hops,
      FetchError why,
      String detail,
      Duration wait) {
    return new FetchResult(
        requested, finalUrl, status, headers, body, truncated, started, took, tries, hops, why,
        detail, wait);
  }

  /** A 2xx response whose body can be used. */
  public boolean ok() {
    return error == null && status >= 200 && status < 300;
  }

  /** A 304: the page has not changed since the validators sent. */
  public boolean notModified() {
    return status == 304;
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
  }

  public Optional<String> contentType() {
    return header("content-type");
  }

  public Optional<String> etag() {
    return header("etag");
  }

  public Optional<String> lastModified() {
    return header("last-modified");
  }

  /**
   * The body as text: charset from the Content-Type header, a BOM, {@code <meta charset>}, else
   * detected ({@link PageCharset}).
   */
  public String text() {
    return PageCharset.decode(body, contentType().orElse(null)).text();
  }

  /** {@link FetchError#code()} of the error, or null. */
  public String errorCode() {
    return error == null ? null : error.code();
  }

  @Override
  public String toString() {
    return "FetchResult["
        + requestedUrl
        + " → "
        + finalUrl
        + ", status="
        + status
        + ", bytes="
        + body.length
        + (truncated ? " (truncated)" : "")
        + ", attempts="
        + attempts
        + (error == null ? "" : ", error=" + error.code() + ": " + errorDetail)
        + "]";
  }
}
