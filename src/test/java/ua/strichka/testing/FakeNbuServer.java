package ua.strichka.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import ua.strichka.sampleweb.FakeNbu;

/**
 * The sample web's {@link FakeNbu} on a real HTTP server on 127.0.0.1, at the path the real API
 * has. Its executor gives every exchange its own virtual thread, so a hanging answer holds only
 * itself.
 */
public final class FakeNbuServer implements AutoCloseable {
  public static final String PATH = "/NBUStatService/v1/statdirectory/exchange";

  private final FakeNbu fake;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  public FakeNbuServer(long seed, Clock clock) {
    fake = new FakeNbu(seed, clock);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(PATH, fake);
    server.setExecutor(executor);
    server.start();
  }

  public FakeNbu fake() {
    return fake;
  }

  /** The API address as {@code rates.nbu-url} takes it. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH + "?json";
  }

  @Override
  public void close() {
    fake.mode(FakeNbu.Mode.NORMAL); // ends held exchanges
    server.stop(0);
    executor.shutdownNow();
  }
}
