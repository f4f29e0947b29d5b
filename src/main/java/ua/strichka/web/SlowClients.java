package ua.strichka.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * What keeps slow clients from exhausting the site: a cap on open connections (past it Jetty stops
 * accepting until one closes), an idle timeout, and a deadline for every request's line and
 * headers. The deadline is ours because a client that dribbles its headers a byte at a time
 * (slowloris) resets the idle timeout with every byte, and Jetty 12 has no header timeout of its
 * own ({@code HttpConfiguration.minRequestDataRate} covers request content, not headers).
 */
final class SlowClients extends AbstractLifeCycle {
  /** Open connections at most: far above what a reverse proxy opens, far below the fd limit. */
  static final int MAX_CONNECTIONS = 2_000;

  /** A connection with nothing to read or write for this long is closed. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  /**
   * A request line and headers must arrive whole within this: counted from the connection's opening
   * for its first request, from the first byte of each later one on a kept-alive connection (a
   * connection idle between requests is left to the idle timeout), as hyper's and Go's header read
   * timeouts count.
   */
  static final Duration HEADER_DEADLINE = Duration.ofSeconds(10);

  /**
   * How often a connection's clock is read: a late request is cut within this past the deadline.
   */
  private static final Duration TICK = HEADER_DEADLINE.dividedBy(10);

  private final Server server;

  private SlowClients(Server server) {
    this.server = server;
  }

  /** Adds the limits to {@code server}; they reach its connectors when it starts. */
  static void apply(Server server) {
    server.addBean(new ConnectionLimit(MAX_CONNECTIONS, server));
    server.addBean(new SlowClients(server));
  }

  @Override
  protected void doStart() {
    for (Connector c : server.getConnectors()) {
      if (c instanceof AbstractConnector a) a.setIdleTimeout(IDLE_TIMEOUT.toMillis());
      c.addBean(
          new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
              new Watch(connection, c.getScheduler()).schedule();
            }

            @Override
            public void onClosed(Connection connection) {}
          });
    }
  }

  /**
   * One connection's header clock, read every {@link #TICK} from Jetty's own counters: requests in
   * rise once a request's headers are parsed, responses out once its answer is committed, bytes in
   * with every read. Bytes that come while no request is being answered start a new request.
   */
  private static final class Watch implements Runnable {
    private final Connection connection;
    private final Scheduler scheduler;
    private long requests;
    private long bytes;

    /** When the awaited request began to arrive (the opening, for the first), or -1: none is. */
    private long waitingSince = System.nanoTime();

    Watch(Connection connection, Scheduler scheduler) {
      this.connection = connection;
      this.scheduler = scheduler;
    }

    void schedule() {
      scheduler.schedule(this, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void run() {
      if (!connection.getEndPoint().isOpen()) return;
      long now = System.nanoTime();
      long in = connection.getMessagesIn();
      long read = connection.getBytesIn();
      if (in > requests || in > connection.getMessagesOut()) {
        // headers arrived whole; while the request is answered, its body may still be coming
        requests = in;
        bytes = read;
        waitingSince = -1;
      } else if (read > bytes && waitingSince < 0) {
        waitingSince = now;
      }
      if (waitingSince >= 0 && now - waitingSince >= HEADER_DEADLINE.toNanos()) {
        connection.getEndPoint().close();
        return;
      }
      schedule();
    }
  }
}
