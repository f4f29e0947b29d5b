package ua.strichka.sampleweb;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults planted on one outlet's origin, chosen from its articles with the run's seed: what a
 * crawler meets on the real web, each URL linked from the outlet's feeds or pages so a crawler
 * finds it, and each listed as a {@link Fault} so tests know what to expect.
 */
final class FaultPlan {
  static final Duration SLOW = Duration.ofSeconds(3);
  static final long HUGE_BYTES = 50L * 1024 * 1024;
  static final String BROKEN_FEED = "/rss-archive.xml";
  static final String BOMB_FEED = "/rss-full.xml";
  static final String XXE_FEED = "/rss-partners.xml";
  static final String DUPLICATE_FEED = "/rss-main.xml";

  private final boolean active;
  private final List<Fault> faults = new ArrayList<>();
  private final Map<String, Fault.Kind> byKey = new HashMap<>();
  private final Map<String, String> redirects = new HashMap<>();
  private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
  private final List<Post> extras = new ArrayList<>();
  private final Charset charset;
  private final CountDownLatch closed;
  private final String mainFeed;

  private FaultPlan(boolean active, Charset charset, CountDownLatch closed, String mainFeed) {
    this.active = active;
    this.charset = charset;
    this.closed = closed;
    this.mainFeed = mainFeed;
  }

  static FaultPlan none() {
    return new FaultPlan(false, StandardCharsets.UTF_8, new CountDownLatch(0), null);
  }

  static FaultPlan plan(CorpusOutlet o, Edition e, long seed, URI base, CountDownLatch closed) {
    Template t = Templates.of(o.template());
    String lang = o.mainLanguage();
    String mainFeed =
        o.discovers(Discovery.RSS)
            ? t.feedPath(Discovery.RSS, o, lang)
            : o.discovers(Discovery.ATOM) ? t.feedPath(Discovery.ATOM, o, lang) : null;
    FaultPlan plan = new FaultPlan(true, t.charset(), closed, mainFeed);
    String b = base.toString().replaceAll("/$", "");
    List<Post> candidates =
        new ArrayList<>(
            e.posts(o.slug()).stream()
                .filter(p -> p.article().news() && !p.published().isAfter(e.start()))
                .toList());
    candidates.sort((x, y) -> Integer.compare(x.number(), y.number()));
    Collections.shuffle(candidates, new Random(seed * 31 + o.slug().hashCode()));
    Fault.Kind[] onArticles = {
      Fault.Kind.SERVER_ERROR,
      Fault.Kind.RATE_LIMITED,
      Fault.Kind.SLOW,
      Fault.Kind.GZIP,
      Fault.Kind.WRONG_CHARSET,
      Fault.Kind.TRUNCATED,
      Fault.Kind.REDIRECT_CHAIN
    };
    for (int i = 0; i < onArticles.length && i < candidates.size(); i++) {
      Post p = candidates.get(i);
      Fault.Kind kind = onArticles[i];
      String key = p.path();
      if (kind == Fault.Kind.REDIRECT_CHAIN) {
        key = "/r/" + p.number();
        plan.redirects.put(key, key + "/1");
        plan.redirects.put(key + "/1", key + "/2");
        plan.redirects.put(key + "/2", p.path());
        plan.extras.add(plan.clone(p, key));
      }
      plan.add(o, kind, b + key, Optional.of(p.article().id()), expectation(kind), key);
    }
    int n = 9_000_000 + e.posts(o.slug()).size();
    String loop = "/go/" + n;
    plan.redirects.put(loop, loop + "/");
    plan.redirects.put(loop + "/", loop);
    plan.extras.add(plan.synthetic(o, e, n, loop, "Переходьте за посиланням: усі подробиці", 1.5));
    plan.add(
        o,
        Fault.Kind.REDIRECT_LOOP,
        b + loop,
        Optional.empty(),
        expectation(Fault.Kind.REDIRECT_LOOP),
        loop);
    String hang = "/live/" + (n + 1);
    plan.extras.add(
        plan.synthetic(o, e, n + 1, hang, "Онлайн-трансляція: засідання міської ради", 0.7));
    plan.add(
        o, Fault.Kind.HANGING, b + hang, Optional.empty(), expectation(Fault.Kind.HANGING), hang);
    String huge = "/docs/report-" + (n + 2) + ".html";
    plan.extras.add(
        plan.synthetic(o, e, n + 2, huge, "Повний текст звіту про виконання бюджету", 2.5));
    plan.add(o, Fault.Kind.HUGE, b + huge, Optional.empty(), expectation(Fault.Kind.HUGE), huge);
    plan.add(
        o,
        Fault.Kind.BROKEN_FEED,
        b + BROKEN_FEED,
        Optional.empty(),
        expectation(Fault.Kind.BROKEN_FEED),
        BROKEN_FEED);
    plan.add(
        o,
        Fault.Kind.ENTITY_BOMB,
        b + BOMB_FEED,
        Optional.empty(),
        expectation(Fault.Kind.ENTITY_BOMB),
        BOMB_FEED);
    plan.add(
        o, Fault.Kind.XXE, b + XXE_FEED, Optional.empty(), expectation(Fault.Kind.XXE), XXE_FEED);
    if (mainFeed != null) {
      plan.add(
          o,
          Fault.Kind.DUPLICATE_ITEMS,
          b + DUPLICATE_FEED,
          Optional.empty(),
          expectation(Fault.Kind.DUPLICATE_ITEMS),
          DUPLICATE_FEED);
    }
    return plan;
  }

  private static String expectation(Fault.Kind kind) {
    return switch (kind) {
      case SERVER_ERROR -> "500, then 503, then 200 from the third request on";
      case RATE_LIMITED -> "429 with Retry-After: 1, then 200";
      case SLOW -> "200 after " + SLOW.toSeconds() + " s";
      case HANGING -> "200 headers and a first chunk, then no more bytes until the web closes";
      case REDIRECT_CHAIN -> "301, 302, 307, then the article (3 hops)";
      case REDIRECT_LOOP -> "301 to each other forever";
      case GZIP -> "200 with Content-Encoding: gzip even when not asked for";
      case WRONG_CHARSET -> "200 whose Content-Type charset is not the charset of its bytes";
      case TRUNCATED -> "200 whose HTML stops after the article text";
      case HUGE -> "200 with Content-Length " + HUGE_BYTES + ", streamed";
      case BROKEN_FEED -> "RSS that is not well-formed XML";
      case ENTITY_BOMB -> "RSS with a billion-laughs DTD; a safe parser refuses it";
      case XXE -> "RSS with an external entity to file:///etc/passwd; a safe parser refuses it";
      case DUPLICATE_ITEMS -> "a second RSS feed with the same items as the main feed";
    };
  }

  private void add(
      CorpusOutlet o, Fault.Kind kind, String url, Optional<String> id, String expect, String key) {
    faults.add(new Fault(o.slug(), kind, URI.create(url), id, expect));
    byKey.put(key, kind);
  }

  private Post clone(Post p, String path) {
    return new Post(p.article(), p.number() + 1_000_000, path, p.published(), p.updated(), true);
  }

  private Post synthetic(
      CorpusOutlet o, Edition e, int number, String path, String title, double hoursAgo) {
    String lead = title + ". Подробиці — у матеріалі.";
    CorpusArticle a =
        new CorpusArticle(
            "fault-" + number,
            o.slug(),
            o.mainLanguage(),
            Rubric.SOCIETY,
            Optional.empty(),
            true,
            Optional.empty(),
            false,
            hoursAgo,
            List.of(),
            new CorpusArticle.Version(title, lead, "Матеріал готується.", List.of(), List.of()),
            Optional.empty());
    return new Post(
        a, number, path, e.start().minusSeconds((long) (hoursAgo * 3600)), Optional.empty(), true);
  }

  boolean active() {
    return active;
  }

  List<Fault> faults() {
    return List.copyOf(faults);
  }

  List<Post> extraPosts() {
    return List.copyOf(extras);
  }

  /** The faulty feeds, announced in page heads like any other feed. */
  List<String> feeds() {
    if (!active) return List.of();
    List<String> feeds = new ArrayList<>(List.of(BROKEN_FEED, BOMB_FEED, XXE_FEED));
    if (mainFeed != null) feeds.add(DUPLICATE_FEED);
    return feeds;
  }

  boolean alwaysGzip(String key) {
    return byKey.get(key) == Fault.Kind.GZIP;
  }

  void delay(String key) {
    if (byKey.get(key) != Fault.Kind.SLOW) return;
    try {
      Thread.sleep(SLOW);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Answers the request itself when its URL is a fault that replaces the page; else false. */
  boolean intercept(HttpExchange x, String key, View v) throws IOException {
    if (!active) return false;
    String target = redirects.get(key);
    if (target != null) {
      int hop = key.endsWith("/1") ? 302 : key.endsWith("/2") ? 307 : 301;
      Reply.redirect(hop, v.url(target)).send(x, false);
      return true;
    }
    Fault.Kind kind = byKey.get(key);
    if (kind == null) return false;
    int attempt = tries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    switch (kind) {
      case SERVER_ERROR -> {
        if (attempt > 2) return false;
        Reply.status(
                attempt == 1 ? 500 : 503,
                attempt == 1 ? "Internal Server Error" : "Service Unavailable")
            .send(x, false);
        return true;
      }
      case RATE_LIMITED -> {
        if (attempt > 1) return false;
        Reply.status(429, "Too Many Requests").withHeader("Retry-After", "1").send(x, false);
        return true;
      }
      case HANGING -> {
        hang(x);
        return true;
      }
      case HUGE -> {
        huge(x, v);
        return true;
      }
      case BROKEN_FEED, ENTITY_BOMB, XXE, DUPLICATE_ITEMS -> {
        Reply.of(
                "application/rss+xml",
                BadFeeds.feed(kind, v),
                StandardCharsets.UTF_8,
                v.edition().start())
            .send(x, false);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Page faults that keep the page but spoil its delivery. */
  Reply alter(String key, Reply reply) {
    Fault.Kind kind = byKey.get(key);
    if (kind == null || reply.status() != 200) return reply;
    return switch (kind) {
      case WRONG_CHARSET -> {
        String lie = charset.equals(StandardCharsets.UTF_8) ? "windows-1251" : "utf-8";
        yield reply.withContentType("text/html; charset=" + lie);
      }
      case TRUNCATED -> {
        String html = new String(reply.body(), charset);
        int end = html.lastIndexOf("</p>");
        int cut = Math.min(html.length(), (end < 0 ? html.length() / 2 : end + 4) + 37);
        yield reply.withBody(html.substring(0, cut).getBytes(charset));
      }
      default -> reply;
    };
  }

  private void hang(HttpExchange x) throws IOException {
    x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    x.sendResponseHeaders(200, 0);
    OutputStream out = x.getResponseBody();
    out.write(
        "<!DOCTYPE html><html lang=\"uk\"><head><title>Онлайн-трансляція</title></head><body><h1>Трансляція починається…</h1>\n"
            .getBytes(StandardCharsets.UTF_8));
    out.flush();
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    x.close();
  }

  private void huge(HttpExchange x, View v) throws IOException {
    x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    x.sendResponseHeaders(200, HUGE_BYTES);
    byte[] head =
        "<!DOCTYPE html><html lang=\"uk\"><head><title>Звіт</title></head><body><h1>Повний текст звіту</h1>\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] para =
        "<p>Таблиця 17. Видатки загального фонду за економічною класифікацією, тис. грн: 1 204 556,7; 988 113,2; 45 002,9.</p>\n"
            .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = x.getResponseBody()) {
      long sent = 0;
      out.write(head);
      sent += head.length;
      byte[] block = new byte[64 * 1024];
      int filled = 0;
      while (filled + para.length <= block.length) {
        System.arraycopy(para, 0, block, filled, para.length);
        filled += para.length;
      }
      while (sent < HUGE_BYTES) {
        int n = (int) Math.min(filled, HUGE_BYTES - sent);
        out.write(block, 0, n);
        sent += n;
      }
    }
    x.close();
  }
}
