package ua.strichka.sampleweb;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the outlets' servers were asked and when, seen from the server: for tests that check the
 * crawlers' manners (one request at a time per host, a delay between two) however many crawlers
 * there are. Off until {@link #start()}: a scaled web serves too many requests to keep them all.
 */
public final class RequestLog extends Filter {
  private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
  private volatile boolean on;

  /**
   * One request.
   *
   * @param host the address the outlet listens on
   * @param startNanos when the server began to answer ({@link System#nanoTime()})
   * @param endNanos when the answer had been sent
   */
  public record Request(String host, String path, long startNanos, long endNanos) {}

  RequestLog() {}

  /** Records requests from now on. */
  public void start() {
    on = true;
  }

  /** The requests recorded so far, in the order they ended. */
  public List<Request> requests() {
    return new ArrayList<>(requests);
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    if (!on) {
      chain.doFilter(exchange);
      return;
    }
    long start = System.nanoTime();
    try {
      chain.doFilter(exchange);
    } finally {
      requests.add(
          new Request(
              exchange.getLocalAddress().getAddress().getHostAddress(),
              exchange.getRequestURI().getRawPath(),
              start,
              System.nanoTime()));
    }
  }

  @Override
  public String description() {
    return "records each request's host, path and time";
  }
}
