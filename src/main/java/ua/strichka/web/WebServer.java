package ua.strichka.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.strichka.config.Config;
import ua.strichka.search.SearchBackend;
import ua.strichka.store.Store;

/**
 * The running site: starts on the configured address and stops cleanly. It serves whatever the
 * store holds; it never writes to it except through the admin API.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /**
   * Where and how to serve.
   *
   * @param port 0 picks a free port (tests)
   * @param publicUrl the address readers use, for canonical links, feeds and sitemaps; empty means
   *     {@code http://host:port}
   * @param adminToken empty refuses every admin request
   * @param pageCache how long a rendered page is served again without rendering it
   * @param clientRate searches and API requests a second per client (bursts of twice that); 0: no
   *     limit
   */
  public record Settings(
      String host,
      int port,
      String publicUrl,
      String adminToken,
      List<String> currencies,
      Clock clock,
      Duration pageCache,
      int clientRate) {
    /**
     * Settings with no per-client limit (tests and benchmarks, which all come from one address).
     */
    public Settings(
        String host,
        int port,
        String publicUrl,
        String adminToken,
        List<String> currencies,
        Clock clock,
        Duration pageCache) {
      this(host, port, publicUrl, adminToken, currencies, clock, pageCache, 0);
    }

    public static Settings from(Config config) {
      return new Settings(
          config.string("web.host"),
          config.integer("web.port"),
          config.string("web.public-url"),
          config.string("admin.token"),
          config.list("rates.currencies"),
          Clock.systemUTC(),
          config.duration("web.page-cache"),
          config.integer("web.client-rate"));
    }

    public Settings withPort(int p) {
      return new Settings(host, p, publicUrl, adminToken, currencies, clock, pageCache, clientRate);
    }

    public Settings withClock(Clock c) {
      return new Settings(host, port, publicUrl, adminToken, currencies, c, pageCache, clientRate);
    }

    public Settings withAdminToken(String token) {
      return new Settings(host, port, publicUrl, token, currencies, clock, pageCache, clientRate);
    }

    public Settings withClientRate(int perSecond) {
      return new Settings(
          host, port, publicUrl, adminToken, currencies, clock, pageCache, perSecond);
    }
  }

  private final Site site;
  private final int port;
  private final String url;

  private WebServer(Site site, int port, String url) {
    this.site = site;
    this.port = port;
    this.url = url;
  }

  /** Starts serving {@code store} without search; returns once the port is bound. */
  public static WebServer start(Store store, Settings settings) {
    return start(store, settings, null);
  }

  /**
   * Starts serving {@code store}, answering searches from {@code index} (null: the search page says
   * search is unavailable); returns once the port is bound.
   */
  public static WebServer start(Store store, Settings settings, SearchBackend index) {
    // Canonical links need the port before the server binds it, so port 0 becomes a free port here.
    int port = settings.port() == 0 ? freePort(settings.host()) : settings.port();
    String url = "http://" + hostForUrl(settings.host()) + ":" + port;
    String publicUrl = settings.publicUrl().isEmpty() ? url : settings.publicUrl();
    SiteContext context =
        new SiteContext(
            store,
            settings.clock(),
            publicUrl,
            index == null ? Searcher.UNAVAILABLE : new IndexSearcher(index),
            settings.currencies(),
            settings.adminToken(),
            Metrics.registry());
    Site site = new Site(context, settings.pageCache(), settings.clientRate());
    site.app().start(settings.host(), port);
    LOG.info("serving the site on {}", url);
    return new WebServer(site, port, url);
  }

  public int port() {
    return port;
  }

  /** The address the server listens on, e.g. {@code http://127.0.0.1:8080}. */
  public String url() {
    return url;
  }

  Site site() {
    return site;
  }

  @Override
  public void close() {
    site.app().stop();
  }

  private static String hostForUrl(String host) {
    if (host.equals("0.0.0.0") || host.isEmpty()) return "127.0.0.1";
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static int freePort(String host) {
    try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("no free port on " + host + ": " + e.getMessage(), e);
    }
  }
}
