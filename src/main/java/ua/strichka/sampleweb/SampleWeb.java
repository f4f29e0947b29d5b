package ua.strichka.sampleweb;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A running sample news web: one HTTP origin per outlet on loopback plus an index origin, serving
 * the corpus through each outlet's template and discovery documents, with its ground truth.
 *
 * <p>Plain JDK {@link HttpServer}s on virtual threads: no framework stands between the pages and
 * the bytes, headers, charsets, delays and faults they must have.
 */
public final class SampleWeb implements AutoCloseable {
  private final Corpus corpus;
  private final SampleWebOptions options;
  private final Edition edition;
  private final List<HttpServer> servers;
  private final ExecutorService executor;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final List<Origin> origins = new ArrayList<>();
  private final Map<String, Site> sites = new LinkedHashMap<>();
  private final List<Fault> faults = new ArrayList<>();
  private final Optional<Scale> scale;
  private final URI index;
  private final RequestLog requestLog = new RequestLog();

  /**
   * One outlet's origin on this run.
   *
   * @param feeds its RSS and Atom feeds, every language edition
   * @param sitemaps its sitemaps, news sitemaps and sitemap indexes
   * @param sectionPages its all-news list pages, for outlets found through section pages
   */
  public record Origin(
      String slug,
      String name,
      String domain,
      String template,
      List<String> languages,
      URI base,
      List<URI> feeds,
      List<URI> sitemaps,
      List<URI> sectionPages) {}

  private SampleWeb(Corpus corpus, SampleWebOptions options) throws IOException {
    this.corpus = corpus;
    this.options = options;
    Instant start =
        options.start().orElse(options.clock().instant().truncatedTo(ChronoUnit.SECONDS));
    this.edition = new Edition(corpus, options, start);
    this.scale =
        options.scale() > 0
            ? Optional.of(new Scale(corpus, options.scale(), options.seed(), start))
            : Optional.empty();
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    this.servers = new ArrayList<>();
    try {
      HttpServer indexServer = bind(InetAddress.getByName("127.0.0.1"), options.port());
      Map<String, URI> bases = new LinkedHashMap<>();
      List<HttpServer> outletServers = new ArrayList<>();
      int n = 0;
      for (CorpusOutlet o : corpus.outlets()) {
        HttpServer s =
            options.bind() == SampleWebOptions.Bind.HOSTS
                ? bind(
                    InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (2 + n)}),
                    options.port())
                : bind(InetAddress.getByName("127.0.0.1"), 0);
        n++;
        outletServers.add(s);
        bases.put(
            o.slug(),
            URI.create(
                "http://"
                    + s.getAddress().getAddress().getHostAddress()
                    + ":"
                    + s.getAddress().getPort()
                    + "/"));
      }
      for (int i = 0; i < corpus.outlets().size(); i++) {
        CorpusOutlet o = corpus.outlets().get(i);
        URI base = bases.get(o.slug());
        FaultPlan plan =
            options.faulty(o.slug())
                ? FaultPlan.plan(o, edition, options.seed(), base, closed)
                : FaultPlan.none();
        faults.addAll(plan.faults());
        Site site = new Site(o, edition, options, bases, plan, scale);
        sites.put(o.slug(), site);
        outletServers.get(i).createContext("/", site).getFilters().add(requestLog);
        origins.add(origin(o, site.template(), base));
      }
      indexServer.createContext(
          "/",
          new IndexSite(
              origins,
              // the fake NBU answers unless the caller brings its own (tests switch its bad modes)
              options.nbu().or(() -> Optional.of(new FakeNbu(options.seed(), options.clock()))),
              start));
      this.index = URI.create("http://127.0.0.1:" + indexServer.getAddress().getPort() + "/");
      servers.forEach(HttpServer::start);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Starts the bundled corpus's web. */
  public static SampleWeb start(SampleWebOptions options) throws IOException {
    return start(Corpus.load(), options);
  }

  public static SampleWeb start(Corpus corpus, SampleWebOptions options) throws IOException {
    for (String slug : options.faults()) {
      if (!slug.equals(SampleWebOptions.ALL) && corpus.outlet(slug).isEmpty()) {
        throw new IllegalArgumentException("no outlet '" + slug + "' to plant faults on");
      }
    }
    return new SampleWeb(corpus, options);
  }

  private HttpServer bind(InetAddress address, int port) throws IOException {
    HttpServer s;
    try {
      s = HttpServer.create(new InetSocketAddress(address, port), 256);
    } catch (IOException e) {
      throw new IOException(
          "cannot listen on " + address.getHostAddress() + ":" + port + ": " + e.getMessage(), e);
    }
    s.setExecutor(executor);
    servers.add(s);
    return s;
  }

  private Origin origin(CorpusOutlet o, Template t, URI base) {
    String b = base.toString().replaceAll("/$", "");
    List<URI> feeds = new ArrayList<>();
    List<URI> sitemaps = new ArrayList<>();
    List<URI> sections = new ArrayList<>();
    for (Discovery.Doc d : Discovery.docs(o, t)) {
      URI u = URI.create(b + d.path());
      switch (d.kind()) {
        case Discovery.RSS, Discovery.ATOM -> feeds.add(u);
        case Discovery.SECTION_PAGES -> sections.add(u);
        default -> sitemaps.add(u);
      }
    }
    if (scale.isPresent()) {
      feeds.add(URI.create(b + Scale.FEED));
      sitemaps.add(URI.create(b + Scale.SITEMAP));
    }
    return new Origin(
        o.slug(),
        o.name(),
        o.domain(),
        o.template(),
        o.languages(),
        base,
        List.copyOf(feeds),
        List.copyOf(sitemaps),
        List.copyOf(sections));
  }

  public List<Origin> outlets() {
    return List.copyOf(origins);
  }

  public Origin outlet(String slug) {
    return origins.stream()
        .filter(o -> o.slug().equals(slug))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no outlet '" + slug + "'"));
  }

  /** The index origin: the outlet list at {@code /}, {@code /outlets.json}, the NBU mount. */
  public URI index() {
    return index;
  }

  /** The outlets' requests as their servers saw them, once started. */
  public RequestLog requestLog() {
    return requestLog;
  }

  /** The fake NBU's exchange-rate endpoint, for {@code rates.nbu-url}. */
  public URI nbuUrl() {
    return index.resolve("/NBUStatService/v1/statdirectory/exchange?json");
  }

  public Corpus corpus() {
    return corpus;
  }

  /** The moment {@code hoursAgo} counts back from. */
  public Instant startTime() {
    return edition.start();
  }

  /** In live mode: when the last held-back publication or update goes out. */
  public Instant lastRelease() {
    return edition.lastRelease();
  }

  /** The ground truth of every corpus article on this run, released yet or not. */
  public List<TruthArticle> truth() {
    List<TruthArticle> out = new ArrayList<>();
    for (CorpusArticle a : corpus.articles()) {
      Post p = edition.post(a.id()).orElseThrow();
      Optional<URI> repost =
          a.repostOf().flatMap(edition::post).map(o -> url(o.article().outlet(), o.path()));
      out.add(TruthArticle.of(p, url(a.outlet(), p.path()), repost));
    }
    return out;
  }

  /** The ground truth of the articles out at the clock's now (all of them unless live). */
  public List<TruthArticle> released() {
    Instant now = options.clock().instant();
    return truth().stream().filter(t -> !t.published().isAfter(now)).toList();
  }

  public Optional<TruthArticle> truth(String id) {
    return truth().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The faults planted on this run (none unless options asked for them). */
  public List<Fault> faults() {
    return List.copyOf(faults);
  }

  /** Scale mode's synthetic article {@code i} as served (its text, title, outlet and URL). */
  public Optional<TruthArticle> synthetic(long i) {
    if (scale.isEmpty() || i < 0 || i >= scale.get().size()) return Optional.empty();
    Post p = scale.get().post(i);
    return Optional.of(TruthArticle.of(p, url(p.article().outlet(), p.path()), Optional.empty()));
  }

  /** How many synthetic articles an outlet lists in scale mode. */
  public long syntheticCount(String outlet) {
    return scale.map(s -> s.count(outlet)).orElse(0L);
  }

  private URI url(String outlet, String path) {
    return URI.create(outlet(outlet).base().toString().replaceAll("/$", "") + path);
  }

  @Override
  public void close() {
    closed.countDown();
    for (HttpServer s : servers) s.stop(0);
    executor.shutdownNow();
  }
}
