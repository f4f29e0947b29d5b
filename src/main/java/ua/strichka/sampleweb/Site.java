package ua.strichka.sampleweb;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One outlet's origin: routes each request to its page, feed, sitemap or fault. */
final class Site implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(Site.class);
  private static final Pattern PRINT = Pattern.compile("/print/(\\d+)");
  private static final Pattern TAG = Pattern.compile("/tag/([a-z0-9-]+)/");
  private static final byte[] PIXEL =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
  static final int PAGE_SIZE = 20;

  private final CorpusOutlet outlet;
  private final Template template;
  private final Edition edition;
  private final long seed;
  private final Clock clock;
  private final Map<String, URI> bases;
  private final List<Post> posts;
  private final Map<String, Post> byPath = new HashMap<>();
  private final Map<Integer, Post> byNumber = new HashMap<>();
  private final FaultPlan faults;
  private final Optional<Scale> scale;

  Site(
      CorpusOutlet outlet,
      Edition edition,
      SampleWebOptions options,
      Map<String, URI> bases,
      FaultPlan faults,
      Optional<Scale> scale) {
    this.outlet = outlet;
    this.template = Templates.of(outlet.template());
    this.edition = edition;
    this.seed = options.seed();
    this.clock = options.clock();
    this.bases = bases;
    this.faults = faults;
    this.scale = scale;
    List<Post> all = new ArrayList<>(edition.posts(outlet.slug()));
    all.addAll(faults.extraPosts());
    all.sort(Edition.NEWEST_FIRST);
    this.posts = List.copyOf(all);
    for (Post p : posts) {
      byPath.put(p.path(), p);
      byNumber.put(p.number(), p);
    }
  }

  View view() {
    return new View(
        outlet,
        bases.get(outlet.slug()),
        clock.instant(),
        seed,
        posts,
        bases,
        edition,
        faults.feeds());
  }

  Template template() {
    return template;
  }

  @Override
  public void handle(HttpExchange x) throws IOException {
    try {
      if (!x.getRequestMethod().equals("GET") && !x.getRequestMethod().equals("HEAD")) {
        Reply.status(405, "Method Not Allowed").withHeader("Allow", "GET, HEAD").send(x, false);
        return;
      }
      String key = key(x.getRequestURI());
      View v = view();
      if (faults.intercept(x, key, v)) return;
      Reply reply = faults.alter(key, route(v, x.getRequestURI(), key));
      if (!template.sendsLastModified()) reply = reply.withoutLastModified();
      faults.delay(key);
      String accept = x.getRequestHeaders().getFirst("Accept-Encoding");
      boolean gzip =
          faults.alwaysGzip(key)
              || (faults.active()
                  && accept != null
                  && accept.contains("gzip")
                  && reply.status() == 200);
      reply.send(x, gzip);
    } catch (IOException e) {
      LOG.debug("{}: client went away: {}", outlet.slug(), e.getMessage());
      x.close();
    } catch (RuntimeException e) {
      LOG.warn("{}: {} failed", outlet.slug(), x.getRequestURI(), e);
      Reply.status(500, "Internal Server Error").send(x, false);
    }
  }

  /**
   * The path and the query parameters that pick a page: tracking parameters and the page number are
   * dropped, as a CMS ignores them when it resolves an article.
   */
  static String key(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String query = uri.getRawQuery();
    if (query == null) return path;
    StringBuilder kept = new StringBuilder();
    for (String param : query.split("&")) {
      if (param.startsWith("utm_")
          || param.startsWith("page=")
          || param.startsWith("paged=")
          || param.isEmpty()) continue;
      kept.append(kept.isEmpty() ? "?" : "&").append(param);
    }
    return path + kept;
  }

  static int page(URI uri) {
    String q = uri.getRawQuery();
    if (q == null) return 1;
    for (String param : q.split("&")) {
      if (param.startsWith("page=") || param.startsWith("paged=")) {
        try {
          return Math.max(1, Integer.parseInt(param.substring(param.indexOf('=') + 1)));
        } catch (NumberFormatException e) {
          return 1;
        }
      }
    }
    return 1;
  }

  private Reply route(View v, URI uri, String key) {
    var cs = template.charset();
    int page = page(uri);
    if (key.equals("/robots.txt")) {
      List<String> extra = scale.map(s -> List.of(Scale.SITEMAP)).orElse(List.of());
      return Reply.of(
          "text/plain",
          Discovery.robots(v, template, extra),
          StandardCharsets.UTF_8,
          edition.start());
    }
    if (key.startsWith("/uploads/")) {
      return new Reply(
          200,
          Picture.TYPE,
          Picture.of(key),
          edition.start(),
          Map.of("Cache-Control", "max-age=86400"));
    }
    if (key.equals("/favicon.ico")) {
      return new Reply(
          200, "image/gif", PIXEL, edition.start(), Map.of("Cache-Control", "max-age=86400"));
    }
    Optional<Reply> doc = Discovery.serve(v, template, key);
    if (doc.isPresent()) return doc.get();
    if (scale.isPresent()) {
      Optional<Reply> s = scale.get().serve(v, template, key, page);
      if (s.isPresent()) return s.get();
    }
    for (String lang : outlet.languages()) {
      String prefix = Template.prefix(outlet, lang);
      if (key.equals(prefix + "/") || (key.equals(prefix) && !prefix.isEmpty())) {
        return Reply.html(template.home(v, lang), cs, v.now());
      }
      if (key.equals(template.newsPath(outlet, lang))) {
        return listing(v, lang, null, key, v.recent(lang, Integer.MAX_VALUE), page);
      }
      for (Rubric r : v.sections(lang)) {
        if (key.equals(template.sectionPath(outlet, lang, r))) {
          return listing(v, lang, r, key, v.inSection(lang, r), page);
        }
      }
    }
    if (key.equals("/contacts/")) return Reply.html(template.contacts(v), cs, edition.start());
    if (key.startsWith("/admin")) return Reply.status(403, "Forbidden");
    if (key.startsWith("/search")) {
      return Reply.html(
          Chrome.simplePage(v, outlet.mainLanguage(), "Пошук", "<p>Нічого не знайдено.</p>"),
          cs,
          v.now());
    }
    Matcher tag = TAG.matcher(key);
    if (tag.matches()) return tagPage(v, tag.group(1));
    Matcher print = PRINT.matcher(key);
    if (print.matches()) {
      Post p = byNumber.get(Integer.parseInt(print.group(1)));
      if (p != null && p.visible(v.now())) {
        return Reply.html(Chrome.print(v, p), cs, p.modified(v.now()));
      }
    }
    Post post = byPath.get(key);
    if (post != null && post.visible(v.now())) {
      Template.Rendered r = template.article(v, post, page);
      if (page > r.pages()) return notFound(v);
      return Reply.html(r.html(), cs, post.modified(v.now()));
    }
    Optional<String> extra = template.extraPage(v, byPath, key);
    if (extra.isPresent()) return Reply.html(extra.get(), cs, v.now());
    return notFound(v);
  }

  private Reply listing(View v, String lang, Rubric r, String path, List<Post> list, int page) {
    int pages = Math.max(1, (list.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (page > pages) return notFound(v);
    List<Post> slice =
        list.subList((page - 1) * PAGE_SIZE, Math.min(list.size(), page * PAGE_SIZE));
    Reply reply =
        Reply.html(
            template.listing(v, lang, r, path, slice, page, pages), template.charset(), v.now());
    return slice.isEmpty() ? reply : reply.withHeader("X-Items", String.valueOf(slice.size()));
  }

  private Reply tagPage(View v, String slug) {
    List<Post> tagged = new ArrayList<>();
    String name = null;
    for (Post p : v.recent(outlet.mainLanguage(), Integer.MAX_VALUE)) {
      for (String t : View.tags(p, 3)) {
        if (Translit.slug(t, 6).equals(slug)) {
          tagged.add(p);
          name = t;
        }
      }
    }
    if (tagged.isEmpty()) return notFound(v);
    StringBuilder b = new StringBuilder("<ul class=\"tag-list\">\n");
    for (Post p : tagged) {
      b.append("<li><a href=\"")
          .append(p.path())
          .append("\">")
          .append(Html.esc(p.version(v.now()).title()))
          .append("</a></li>\n");
    }
    b.append("</ul>\n");
    return Reply.html(
        Chrome.simplePage(v, outlet.mainLanguage(), "Тег: " + name, b.toString()),
        template.charset(),
        v.now());
  }

  private Reply notFound(View v) {
    Reply r =
        Reply.html(
            Chrome.simplePage(
                v,
                outlet.mainLanguage(),
                "Сторінку не знайдено",
                "<p>Помилка 404: такої сторінки немає.</p>"),
            template.charset(),
            null);
    return new Reply(404, r.contentType(), r.body(), null, Map.of());
  }
}
