package ua.strichka.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import ua.strichka.fetch.PageCharset;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.TruthArticle;

/**
 * Every article of a running sample web as labelled pages: fetched over loopback as a crawler would
 * (java.net.http, bytes decoded by {@link PageCharset} from the HTTP header and the page), with the
 * further pages of articles split over several ({@code link rel=next}), and the ground truth as the
 * label. The group of each page is its outlet's template.
 */
public final class SampleWebPages {
  /** Further pages followed per article; the paginated template has two or three. */
  private static final int MAX_PAGES = 10;

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private SampleWebPages() {}

  public static List<ExtractBench.Page> fetch(SampleWeb web) throws IOException {
    List<ExtractBench.Page> pages = new ArrayList<>();
    for (TruthArticle t : web.truth()) {
      String html = get(t.url());
      List<String> more = new ArrayList<>();
      String page = html;
      for (int i = 0; i < MAX_PAGES; i++) {
        Element next = Jsoup.parse(page, t.url().toString()).selectFirst("link[rel=next][href]");
        if (next == null) break;
        page = get(URI.create(next.absUrl("href")));
        more.add(page);
      }
      pages.add(
          new ExtractBench.Page(
              t.id(),
              web.outlet(t.outlet()).template(),
              html,
              more,
              t.url().toString(),
              t.title(),
              t.published().toString(),
              t.authors(),
              t.text()));
    }
    return pages;
  }

  private static String get(URI uri) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "text/html,application/xhtml+xml")
            .GET()
            .build();
    HttpResponse<byte[]> response;
    try {
      response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted fetching " + uri, e);
    }
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + " for " + uri);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    return PageCharset.decode(response.body(), contentType).text();
  }
}
