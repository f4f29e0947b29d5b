package ua.strichka.sampleweb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The index origin: a page and a JSON list of the outlets with their addresses, and the mount point
 * {@code /NBUStatService/} for the fake NBU exchange-rate API when one is given.
 */
final class IndexSite implements HttpHandler {
  static final String NBU = "/NBUStatService/";

  private final List<SampleWeb.Origin> origins;
  private final Optional<HttpHandler> nbu;
  private final java.time.Instant start;

  IndexSite(List<SampleWeb.Origin> origins, Optional<HttpHandler> nbu, java.time.Instant start) {
    this.origins = origins;
    this.nbu = nbu;
    this.start = start;
  }

  @Override
  public void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    if (path.startsWith(NBU)) {
      if (nbu.isPresent()) nbu.get().handle(x);
      else Reply.status(404, "The NBU API is not mounted on this sample web").send(x, false);
      return;
    }
    switch (path) {
      case "/" -> Reply.html(page(), StandardCharsets.UTF_8, start).send(x, false);
      case "/outlets.json" ->
          Reply.of("application/json", json(), StandardCharsets.UTF_8, start).send(x, false);
      default -> Reply.status(404, "Not Found").send(x, false);
    }
  }

  private String page() {
    StringBuilder b =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"uk\"><head><meta charset=\"utf-8\"><title>Зразкова мережа новин</title></head><body>\n<h1>Зразкова мережа новин</h1>\n<ul>\n");
    for (SampleWeb.Origin o : origins) {
      b.append("<li><a href=\"")
          .append(o.base())
          .append("\">")
          .append(Html.esc(o.name()))
          .append("</a> (")
          .append(o.domain())
          .append(", ")
          .append(o.template())
          .append(")</li>\n");
    }
    return b.append("</ul></body></html>\n").toString();
  }

  private String json() {
    StringBuilder b = new StringBuilder("[");
    for (SampleWeb.Origin o : origins) {
      if (b.length() > 1) b.append(',');
      b.append("{\"slug\":")
          .append(Html.json(o.slug()))
          .append(",\"name\":")
          .append(Html.json(o.name()))
          .append(",\"base\":")
          .append(Html.json(o.base().toString()))
          .append(",\"feeds\":[");
      for (int i = 0; i < o.feeds().size(); i++) {
        if (i > 0) b.append(',');
        b.append(Html.json(o.feeds().get(i).toString()));
      }
      b.append("]}");
    }
    return b.append("]\n").toString();
  }
}
