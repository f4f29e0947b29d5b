package ua.strichka.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configuration file of a child {@code strichka serve} that a kill test starts, stops with
 * SIGKILL and starts again on the same data: a SQLite store, an index, a free port on loopback, a
 * crawl lease short enough (3 s) for the restart to take over the dead process's work, and fetch
 * settings that let it crawl a web on 127.0.0.1 quickly.
 */
public final class ServeConfig {
  private ServeConfig() {}

  /**
   * Writes {@code strichka.yaml} beside {@code index}.
   *
   * @param fetchLines further {@code fetch:} settings, e.g. {@code "read-timeout: 60s"}
   */
  public static Path write(String db, Path index, String nbuUrl, String... fetchLines)
      throws IOException {
    StringBuilder fetch = new StringBuilder();
    for (String line : fetchLines) fetch.append("  ").append(line).append('\n');
    return Files.writeString(
        index.resolveSibling("strichka.yaml"),
        """
        store:
          url: %s
        search:
          index: %s
        web:
          host: 127.0.0.1
          port: %d
        fetch:
          allow-private: true
          host-delay: 5ms
        %scrawl:
          lease: 3s
        rates:
          nbu-url: "%s"
        """
            .formatted(db, index, freePort(), fetch, nbuUrl));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
