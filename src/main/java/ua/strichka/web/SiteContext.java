package ua.strichka.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import ua.strichka.store.Store;

/**
 * What every handler needs: the store, the templates, the clock, the site's public address, the
 * search, and the shared sidebar. One per running site.
 */
final class SiteContext {
  static final int PER_PAGE = 20;

  final Store store;
  final Templates templates = new Templates();
  final KyivTime time;
  final String baseUrl;
  final Searcher searcher;
  final List<String> currencies;
  final String adminToken;
  final PrometheusMeterRegistry metrics;
  private final Supplier<Views.Sidebar> sidebar;
  private final Supplier<RatesView> ratesPage;

  SiteContext(
      Store store,
      java.time.Clock clock,
      String baseUrl,
      Searcher searcher,
      List<String> currencies,
      String adminToken,
      PrometheusMeterRegistry metrics) {
    this.store = store;
    this.time = new KyivTime(clock);
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.searcher = searcher;
    this.currencies = List.copyOf(currencies);
    this.adminToken = adminToken;
    this.metrics = metrics;
    this.sidebar = new Expiring<>(this::loadSidebar, Duration.ofSeconds(30), clock);
    this.ratesPage =
        new Expiring<>(
            () -> RatesView.load(store, currencies, today()), Duration.ofSeconds(60), clock);
  }

  Views.Sidebar sidebar() {
    return sidebar.get();
  }

  RatesView ratesHistory() {
    return ratesPage.get();
  }

  LocalDate today() {
    return LocalDate.ofInstant(time.now(), KyivTime.ZONE);
  }

  private Views.Sidebar loadSidebar() {
    Instant now = time.now();
    var trending = store.entities().trending(now.minus(Duration.ofDays(2)), 12);
    if (trending.size() < 6)
      trending = store.entities().trending(now.minus(Duration.ofDays(30)), 12);
    return new Views.Sidebar(
        RatesView.load(store, currencies, today()),
        trending.stream().map(Views.EntityChip::of).toList());
  }

  /** The absolute URL of a path of this site (canonical links, feeds, sitemaps). */
  String url(String path) {
    return baseUrl + path;
  }

  Views.Head head(String title, String description, String path) {
    return new Views.Head(
        title, description, url(path), "website", null, null, List.of(), null, null, false);
  }

  /** Attribute under which a page's HTML is left for {@link Site}'s page cache. */
  static final String RENDERED = "strichka.rendered";

  void render(Context ctx, String template, Object view) {
    String html = templates.render(template, view);
    ctx.attribute(RENDERED, html);
    ctx.html(html);
  }

  /**
   * The 1-based {@code page} query parameter; anything that is not a small positive number is 1.
   */
  static int page(Context ctx) {
    String p = ctx.queryParam("page");
    if (p == null || !p.matches("\\d{1,4}")) return 1;
    return Math.max(1, Integer.parseInt(p));
  }

  /** A numeric path parameter, or 404 (never a 500) when it is not a number. */
  static long id(Context ctx, String name) {
    String v = ctx.pathParam(name);
    if (!v.matches("\\d{1,18}")) throw new NotFoundResponse();
    return Long.parseLong(v);
  }
}
