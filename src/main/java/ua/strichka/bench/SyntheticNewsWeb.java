package ua.strichka.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A news web made up on the spot for the crawl benchmark: {@code outlets} outlets, each a server of
 * its own on a different loopback address (127.0.1.1, 127.0.1.2, …) so per-host politeness applies
 * as on the real web, each with an RSS feed listing its share of {@code pages} articles of about 5
 * KB. To be replaced by the sample web's scale mode once it lands.
 */
final class SyntheticNewsWeb implements AutoCloseable {
  private static final String PARAGRAPH =
      "<p>Кабінет Міністрів ухвалив рішення про відновлення мосту через Дніпро, повідомили в"
          + " пресслужбі уряду. Роботи мають завершитися до кінця року, а фінансування передбачено"
          + " з резервного фонду державного бюджету.</p>\n";

  private final List<HttpServer> servers = new ArrayList<>();
  private final List<String> bases = new ArrayList<>();
  private final int perOutlet;

  SyntheticNewsWeb(int outlets, int pages) throws IOException {
    this.perOutlet = Math.max(1, (pages + outlets - 1) / outlets);
    for (int i = 0; i < outlets; i++) {
      String address = "127.0." + (1 + i / 250) + "." + (1 + i % 250);
      HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 200);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      int outlet = i;
      server.createContext("/", ex -> serve(ex, outlet));
      server.start();
      servers.add(server);
      bases.add("http://" + address + ":" + server.getAddress().getPort());
    }
  }

  List<String> bases() {
    return bases;
  }

  int perOutlet() {
    return perOutlet;
  }

  private void serve(HttpExchange ex, int outlet) throws IOException {
    String path = ex.getRequestURI().getPath();
    try (ex) {
      if (path.equals("/rss.xml")) {
        StringBuilder sb =
            new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                    + "<title>Видання "
                    + outlet
                    + "</title><link>"
                    + bases.get(outlet)
                    + "/</link><description>d</description>");
        for (int a = 0; a < perOutlet; a++) {
          sb.append("<item><title>Новина ")
              .append(a)
              .append("</title><link>")
              .append(bases.get(outlet))
              .append("/news/")
              .append(a)
              .append("?utm_source=rss</link></item>");
        }
        send(ex, 200, "application/rss+xml", sb.append("</channel></rss>").toString());
      } else if (path.startsWith("/news/")) {
        send(
            ex,
            200,
            "text/html; charset=utf-8",
            "<html lang=\"uk\"><head><title>Новина "
                + path
                + "</title></head><body><article><h1>"
                + "Новина "
                + path
                + "</h1>"
                + PARAGRAPH.repeat(12)
                + "</article></body></html>");
      } else {
        send(ex, 404, "text/plain", "not found");
      }
    }
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
  }
}
