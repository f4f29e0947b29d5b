package ua.strichka.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ua.strichka.fetch.Fetcher;
import ua.strichka.testing.LoopbackWeb;
import ua.strichka.testing.TestFetch;

class DiscoveryTest {
  static final String RSS =
      """
      <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>
      <link>http://x/</link><description>d</description>
      <item><title>Новина</title><link>http://x/news/1</link></item></channel></rss>
      """;
  static final String ATOM =
      """
      <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <id>urn:x</id><updated>2025-04-09T04:03:00Z</updated></feed>
      """;
  static final String SITEMAP =
      """
      <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>%s/news/1</loc></url></urlset>
      """;

  private final LoopbackWeb web = LoopbackWeb.start();
  private final Fetcher fetcher = new Fetcher(TestFetch.settings(), new SimpleMeterRegistry());
  private final Discovery discovery = new Discovery(fetcher.pageLoader());

  @AfterEach
  void close() {
    fetcher.close();
    web.close();
  }

  @Test
  void findsDeclaredFeedsSitemapsNameLanguageAndFavicon() throws Exception {
    web.page(
            "/",
            "text/html; charset=utf-8",
            """
            <html lang="uk-UA"><head><title>Київський вісник — новини України</title>
            <meta property="og:site_name" content="Київський вісник">
            <link rel="alternate" type="application/rss+xml" href="/rss.xml">
            <link rel="alternate" type="application/atom+xml" href="%s/atom">
            <link rel="alternate" type="application/rss+xml" href="/broken.xml">
            <link rel="icon" href="/static/icon.png"></head><body></body></html>
            """
                .formatted(web.base()))
        .page("/rss.xml", "application/rss+xml", RSS)
        .page("/atom", "application/atom+xml", ATOM)
        .page("/broken.xml", "application/rss+xml", "<rss><channel>")
        .page("/robots.txt", "text/plain", "User-agent: *\nSitemap: " + web.base() + "/news.xml\n")
        .page("/news.xml", "application/xml", SITEMAP.formatted(web.base()));

    Outlet o = discovery.discover(web.base() + "/");
    assertThat(o.name()).isEqualTo("Київський вісник");
    assertThat(o.language()).isEqualTo("uk");
    assertThat(o.faviconUrl()).isEqualTo(web.base() + "/static/icon.png");
    assertThat(o.slug()).isEqualTo("127-0-0-1");
    assertThat(o.sources())
        .containsExactly(
            new Source(SourceKind.FEED, web.base() + "/rss.xml"),
            new Source(SourceKind.FEED, web.base() + "/atom"),
            new Source(SourceKind.SITEMAP, web.base() + "/news.xml"));
  }

  @Test
  void triesCommonFeedPathsAndSitemapXml() throws Exception {
    web.page("/", "text/html", "<html><head><title>Думська | Новини Одеси</title></head></html>")
        .page("/rss.xml", "text/xml", RSS)
        .page("/sitemap.xml", "text/xml", SITEMAP.formatted(web.base()));
    Outlet o = discovery.discover(web.base() + "/");
    assertThat(o.name()).isEqualTo("Думська");
    assertThat(o.language()).isNull();
    assertThat(o.faviconUrl()).isEqualTo(web.base() + "/favicon.ico");
    assertThat(o.sources())
        .containsExactly(
            new Source(SourceKind.FEED, web.base() + "/rss.xml"),
            new Source(SourceKind.SITEMAP, web.base() + "/sitemap.xml"));
    assertThat(web.hits("/feed")).hasSize(1);
  }

  @Test
  void fallsBackToTheHomePageAsASectionPage() throws Exception {
    web.page(
        "/",
        "text/html",
        "<html lang=\"ru\"><head><title>Слобожанський край</title></head></html>");
    Outlet o = discovery.discover(web.base() + "/");
    assertThat(o.language()).isEqualTo("ru");
    assertThat(o.sources()).containsExactly(new Source(SourceKind.SECTION, web.base() + "/"));
  }

  @Test
  void saysSoWhenTheHomePageCannotBeLoaded() {
    assertThatThrownBy(() -> discovery.discover(web.base() + "/nothing-here"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("cannot load the home page");
  }
}
