package ua.strichka.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real HTTP server on a loopback address for tests of the fetch and source stages: routes
 * are registered per path, and every request is recorded (path, arrival and end time, headers,
 * concurrency) so tests can assert what the crawler actually did.
 */
public final class LoopbackWeb implements AutoCloseable {
  /** Answers one request; may throw to drop the connection. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange exchange) throws Exception;
  }

  /** One request as the server saw it. */
  public record Hit(
      String path,
      String query,
      long startNanos,
      java.util.concurrent.atomic.AtomicLong end,
      Map<String, List<String>> headers) {
    /** When the handler finished (the response was written); 0 while it runs. */
    public long endNanos() {
      return end.get();
    }

    public String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) return e.getValue().getFirst();
      }
      return null;
    }
  }

  private final HttpServer server;
  private final String address;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Hit> hits = new CopyOnWriteArrayList<>();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger maxActive = new AtomicInteger();

  private LoopbackWeb(String address) {
    this.address = address;
    try {
      server = HttpServer.create(new InetSocketAddress(address, 0), 100);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::dispatch);
    server.start();
  }

  /** A server on 127.0.0.1. */
  public static LoopbackWeb start() {
    return new LoopbackWeb("127.0.0.1");
  }

  /** A server on another loopback address, e.g. 127.0.0.2: another host for politeness. */
  public static LoopbackWeb on(String loopbackAddress) {
    return new LoopbackWeb(loopbackAddress);
  }

  public LoopbackWeb route(String path, Route route) {
    routes.put(path, route);
    return this;
  }

  /** Serves {@code body} with {@code contentType} at {@code path}. */
  public LoopbackWeb page(String path, String contentType, String body) {
    return route(path, ex -> send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  public URI url(String path) {
    return URI.create(base() + path);
  }

  public String base() {
    return "http://" + address + ":" + server.getAddress().getPort();
  }

  public String host() {
    return address;
  }

  public List<Hit> hits() {
    return List.copyOf(hits);
  }

  public List<Hit> hits(String path) {
    return hits.stream().filter(h -> h.path().equals(path)).toList();
  }

  public int maxConcurrent() {
    return maxActive.get();
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) ex.getResponseHeaders().set("Content-Type", contentType);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private void dispatch(HttpExchange ex) throws IOException {
    long start = System.nanoTime();
    int now = active.incrementAndGet();
    maxActive.accumulateAndGet(now, Math::max);
    String path = ex.getRequestURI().getRawPath();
    // recorded on arrival, so a test that got its response sees the request in hits()
    var end = new java.util.concurrent.atomic.AtomicLong();
    hits.add(
        new Hit(
            path,
            ex.getRequestURI().getRawQuery(),
            start,
            end,
            Map.copyOf(ex.getRequestHeaders())));
    try {
      Route r = routes.get(path);
      if (r == null) {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      } else {
        r.handle(ex);
      }
    } catch (Exception e) {
      // a route that throws drops the connection, as a crashing server would
    } finally {
      active.decrementAndGet();
      end.set(System.nanoTime());
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
