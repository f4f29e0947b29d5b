package ua.strichka.sampleweb;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One complete response of an origin, sent with the validators real servers give ({@code ETag},
 * {@code Last-Modified}) and answered with {@code 304 Not Modified} when a conditional request
 * still matches, so crawlers' conditional GETs can be tested.
 */
record Reply(
    int status,
    String contentType,
    byte[] body,
    Instant lastModified,
    Map<String, String> headers) {

  static Reply of(String contentType, String text, Charset charset, Instant lastModified) {
    return new Reply(
        200,
        contentType + "; charset=" + charset.name().toLowerCase(java.util.Locale.ROOT),
        Html.encodable(text, charset).getBytes(charset),
        lastModified,
        Map.of());
  }

  static Reply html(String html, Charset charset, Instant lastModified) {
    return of("text/html", html, charset, lastModified);
  }

  static Reply status(int status, String text) {
    return new Reply(
        status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null, Map.of());
  }

  static Reply redirect(int status, String location) {
    return new Reply(
        status, "text/html; charset=utf-8", new byte[0], null, Map.of("Location", location));
  }

  Reply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, contentType, body, lastModified, h);
  }

  Reply withoutLastModified() {
    return new Reply(status, contentType, body, null, headers);
  }

  Reply withContentType(String type) {
    return new Reply(status, type, body, lastModified, headers);
  }

  Reply withBody(byte[] newBody) {
    return new Reply(status, contentType, newBody, lastModified, headers);
  }

  String etag() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(d, 0, 10) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends this reply, or 304 when the request's validators match; gzips when asked to. */
  void send(HttpExchange x, boolean gzip) throws IOException {
    var out = x.getResponseHeaders();
    headers.forEach(out::set);
    boolean head = x.getRequestMethod().equals("HEAD");
    if (status == 200) {
      String etag = etag();
      out.set("ETag", etag);
      if (lastModified != null) {
        out.set(
            "Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(httpDate(lastModified)));
      }
      if (notModified(x, etag)) {
        x.sendResponseHeaders(304, -1);
        x.close();
        return;
      }
    }
    out.set("Content-Type", contentType);
    byte[] bytes = body;
    if (gzip && bytes.length > 0) {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(zipped)) {
        z.write(bytes);
      }
      bytes = zipped.toByteArray();
      out.set("Content-Encoding", "gzip");
      out.set("Vary", "Accept-Encoding");
    }
    if (head || bytes.length == 0) {
      x.sendResponseHeaders(status, -1);
    } else {
      x.sendResponseHeaders(status, bytes.length);
      try (OutputStream os = x.getResponseBody()) {
        os.write(bytes);
      }
    }
    x.close();
  }

  private boolean notModified(HttpExchange x, String etag) {
    String inm = x.getRequestHeaders().getFirst("If-None-Match");
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) return true;
      }
      return false;
    }
    String ims = x.getRequestHeaders().getFirst("If-Modified-Since");
    if (ims != null && lastModified != null) {
      try {
        Instant since = ZonedDateTime.parse(ims, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  private static ZonedDateTime httpDate(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
  }
}
