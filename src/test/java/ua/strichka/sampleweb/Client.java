package ua.strichka.sampleweb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;

/** A real HTTP client for the sample web's tests: java.net.http, no redirects followed. */
final class Client {
  private static final Pattern CHARSET = Pattern.compile("charset=([\\w-]+)");
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Client() {}

  static HttpResponse<byte[]> get(URI uri, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
    for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
    try {
      return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(uri.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<byte[]> ok(URI uri) {
    HttpResponse<byte[]> r = get(uri);
    if (r.statusCode() != 200) throw new AssertionError(uri + " answered " + r.statusCode());
    return r;
  }

  /** The body decoded with the charset the Content-Type header declares. */
  static String text(HttpResponse<byte[]> r) {
    String type = r.headers().firstValue("Content-Type").orElse("");
    Matcher m = CHARSET.matcher(type);
    Charset cs = m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8;
    return new String(r.body(), cs);
  }

  static org.jsoup.nodes.Document page(URI uri) {
    return Jsoup.parse(text(ok(uri)), uri.toString());
  }

  /** A DOM of an XML document, parsed with the JDK's parser hardened against DTD attacks. */
  static Document xml(byte[] bytes) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (Exception e) {
      throw new IllegalArgumentException("not parseable XML: " + e.getMessage(), e);
    }
  }

  static Document xml(URI uri) {
    return xml(ok(uri).body());
  }

  static URI resolve(URI base, String path) {
    return base.resolve(path);
  }
}
