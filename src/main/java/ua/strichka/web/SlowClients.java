package ua.strichka.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * What keeps slow clients from exhausting the site: a cap on open connections (past it Jetty stops
 * accepting until one closes), an idle timeout, and a deadline for a new connection's first
 * request. The deadline is ours because a client that dribbles its headers a byte at a time
 * (slowloris) resets the idle timeout with every byte, and Jetty has no header timeout of its own.
 */
final class SlowClients extends AbstractLifeCycle {
  /** Open connections at most: far above what a reverse proxy opens, far below the fd limit. */
  static final int MAX_CONNECTIONS = 2_000;

  /** A connection with nothing to read or write for this long is closed. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  /** A new connection must have sent a whole request line and headers within this. */
  static final Duration FIRST_REQUEST = Duration.ofSeconds(10);

  private final Server server;
  private final Duration firstRequest;

  private SlowClients(Server server, Duration firstRequest) {
    this.server = server;
    this.firstRequest = firstRequest;
  }

  /** Adds the limits to {@code server}; they reach its connectors when it starts. */
  static void apply(Server server) {
    server.addBean(new ConnectionLimit(MAX_CONNECTIONS, server));
    server.addBean(new SlowClients(server, FIRST_REQUEST));
  }

  @Override
  protected void doStart() {
    for (Connector c : server.getConnectors()) {
      if (c instanceof AbstractConnector a) a.setIdleTimeout(IDLE_TIMEOUT.toMillis());
      c.addBean(new Deadline(c));
    }
  }

  /** Closes a connection of one connector that has not had its first request by the deadline. */
  private final class Deadline implements Connection.Listener {
    private final Connector connector;

    Deadline(Connector connector) {
      this.connector = connector;
    }

    @Override
    public void onOpened(Connection connection) {
      connector
          .getScheduler()
          .schedule(
              () -> {
                // the request count rises once the headers are read, before any handler runs
                if (connection.getMessagesIn() == 0) connection.getEndPoint().close();
              },
              firstRequest.toMillis(),
              TimeUnit.MILLISECONDS);
    }

    @Override
    public void onClosed(Connection connection) {}
  }
}
