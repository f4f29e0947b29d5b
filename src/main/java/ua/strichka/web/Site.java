package ua.strichka.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wires the URLs of the site map (docs/ARCHITECTURE.md) to their handlers, plus the headers every
 * answer carries. The API routes are recorded so a test can check the OpenAPI document names each.
 */
final class Site {
  /**
   * Only our own styles and images from anywhere (outlets' pictures); no scripts at all: the site
   * needs none, and JSON-LD is data, not script.
   */
  static final String CSP =
      "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; script-src 'none';"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  record Route(HandlerType method, String path) {}

  private final List<Route> apiRoutes = new ArrayList<>();
  private final Javalin app;

  /**
   * Rendered pages by URL for a few seconds: news pages change at the pace of crawls, and under a
   * burst of readers one render serves them all. Only successful renders are kept.
   */
  private final Cache<String, CachedPage> pages;

  private record CachedPage(byte[] html, String etag) {}

  /**
   * Request line and headers together: Jetty answers 414 or 431 past this, before any handler runs.
   * 8 KB holds any real browser's request and a search query of hundreds of words.
   */
  static final int MAX_HEADER_BYTES = 8 * 1024;

  Site(SiteContext site, Duration pageCache, int clientRate) {
    pages = Caffeine.newBuilder().maximumSize(2_000).expireAfterWrite(pageCache).build();
    Metrics metrics = new Metrics(site.metrics);
    ErrorPages errors = new ErrorPages(site);
    app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.useVirtualThreads = true;
              cfg.http.generateEtags = false; // ETags.tag does it, faster
              cfg.router.ignoreTrailingSlashes = true;
              cfg.jetty.modifyHttpConfiguration(h -> h.setRequestHeaderSize(MAX_HEADER_BYTES));
              cfg.jetty.modifyServer(SlowClients::apply);
              cfg.staticFiles.add(
                  sf -> {
                    sf.hostedPath = "/static";
                    sf.directory = "/web/static";
                    sf.location = Location.CLASSPATH;
                    sf.headers = Map.of("Cache-Control", "public, max-age=86400");
                  });
            });
    app.before(
        ctx -> {
          metrics.start(ctx);
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
          ctx.header("X-Frame-Options", "DENY");
        });
    app.after(
        ctx -> {
          ETags.tag(ctx);
          metrics.finish(ctx);
        });
    ClientRate rate = new ClientRate(clientRate);
    app.before("/search", rate::check);
    app.before("/search/*", rate::check);
    app.before("/api/*", rate::check);
    app.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e));
    app.exception(Exception.class, errors::failure);
    app.error(404, errors::notFound);

    page("/", new FrontPage(site));
    page("/section/{slug}", new SectionPage(site));
    page("/story/{id}", new StoryPage(site));
    page("/article/{id}", new ArticlePage(site));
    page("/search", new SearchPage(site));
    page("/entity/{slug}", new EntityPage(site));
    page("/outlet/{slug}", new OutletPage(site));
    page("/rates", new RatesPage(site));
    page("/about", new AboutPage(site));

    Feeds feeds = new Feeds(site);
    for (Feeds.Format f : Feeds.Format.values()) {
      String file = f == Feeds.Format.RSS ? "/rss.xml" : "/atom.xml";
      app.get(file, feeds.front(f));
      app.get("/section/{slug}" + file, feeds.section(f));
      app.get("/story/{id}" + file, feeds.story(f));
      app.get("/entity/{slug}" + file, feeds.entity(f));
      app.get("/search" + file, feeds.search(f));
    }
    SiteMap map = new SiteMap(site);
    app.get("/sitemap.xml", map::sitemap);
    app.get("/robots.txt", map::robots);
    app.get("/health", new Health(site)::handle);
    app.get("/metrics", metrics::scrape);
    app.get("/api/openapi.json", OpenApi::serve);

    StoriesApi stories = new StoriesApi(site);
    api(HandlerType.GET, "/api/v1/stories", stories::list);
    api(HandlerType.GET, "/api/v1/stories/{id}", stories::one);
    api(HandlerType.GET, "/api/v1/articles/{id}", new ArticlesApi(site)::one);
    api(HandlerType.GET, "/api/v1/search", new SearchApi(site)::search);
    api(HandlerType.GET, "/api/v1/entities/{slug}", new EntitiesApi(site)::one);
    api(HandlerType.GET, "/api/v1/outlets", new OutletsApi(site)::list);
    api(HandlerType.GET, "/api/v1/rates", new RatesApi(site)::latest);

    AdminApi admin = new AdminApi(site);
    app.before("/api/v1/admin/*", admin::authorize);
    api(HandlerType.GET, "/api/v1/admin/outlets", admin::list);
    api(HandlerType.POST, "/api/v1/admin/outlets", admin::add);
    api(HandlerType.POST, "/api/v1/admin/outlets/{slug}/pause", admin::pause);
    api(HandlerType.POST, "/api/v1/admin/outlets/{slug}/resume", admin::resume);
    api(HandlerType.PUT, "/api/v1/admin/outlets/{slug}/rules", admin::rules);
  }

  Javalin app() {
    return app;
  }

  List<Route> apiRoutes() {
    return List.copyOf(apiRoutes);
  }

  /** HTML pages may be cached briefly by browsers and proxies; ETags make revalidation cheap. */
  private void page(String path, Handler handler) {
    app.get(
        path,
        ctx -> {
          ctx.header("Cache-Control", "public, max-age=60");
          String key = ctx.path() + "?" + ctx.queryString();
          CachedPage cached = pages.getIfPresent(key);
          if (cached == null) {
            handler.handle(ctx);
            String html = ctx.attribute(SiteContext.RENDERED);
            if (html == null || ctx.statusCode() != 200) return;
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            cached = new CachedPage(bytes, ETags.of(bytes));
            pages.put(key, cached);
          }
          ctx.header("ETag", cached.etag());
          ctx.contentType("text/html; charset=utf-8").result(cached.html());
        });
  }

  private void api(HandlerType method, String path, Handler handler) {
    apiRoutes.add(new Route(method, path));
    app.addHttpHandler(method, path, handler);
  }

  /**
   * 404s get the error page (through the 404 mapper); other refusals say why, as JSON on the API.
   */
  private static void answer(Context ctx, HttpResponseException e) {
    ctx.status(e.getStatus());
    if (e.getStatus() == 404) return;
    if (ctx.path().startsWith("/api/")) {
      Api.json(ctx, Map.of("error", e.getMessage()), "no-store");
      ctx.status(e.getStatus());
    } else {
      ctx.contentType("text/plain; charset=utf-8").result(e.getStatus() + " " + e.getMessage());
    }
  }
}
