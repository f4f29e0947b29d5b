package ua.strichka.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.ExtractionException;
import ua.strichka.extract.Extractor;
import ua.strichka.extract.FeedHints;

/**
 * Fetches one page for {@code strichka extract URL}: timeouts, at most 5 redirects, a 10 MB cap. A
 * stopgap until the crawler's fetcher (politeness, robots.txt, SSRF guard) replaces it.
 */
final class PageSource {
  private static final int MAX_REDIRECTS = 5;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private PageSource() {}

  static boolean isUrl(String input) {
    return input.startsWith("http://") || input.startsWith("https://");
  }

  static Extraction fetch(Extractor extractor, String url, ZonedDateTime now) throws IOException {
    URI uri = URI.create(url);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(30))
              .header("User-Agent", "Strichka/0.1 (+https://github.com/strichka)")
              .header("Accept", "text/html,application/xhtml+xml")
              .GET()
              .build();
      HttpResponse<InputStream> response;
      try {
        response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        response.body().close();
        String location =
            response
                .headers()
                .firstValue("Location")
                .orElseThrow(() -> new IOException("redirect " + status + " without Location"));
        uri = uri.resolve(location);
        continue;
      }
      if (status != 200) {
        response.body().close();
        throw new IOException("HTTP " + status);
      }
      byte[] bytes = readCapped(response.body());
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      return extractor.extract(bytes, contentType, uri.toString(), FeedHints.NONE, now);
    }
    throw new IOException("more than " + MAX_REDIRECTS + " redirects");
  }

  private static byte[] readCapped(InputStream in) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
        if (out.size() > Extractor.MAX_CHARS) {
          throw new ExtractionException(
              "page too large: over the " + (Extractor.MAX_CHARS >> 20) + " MB limit");
        }
      }
      return out.toByteArray();
    }
  }
}
