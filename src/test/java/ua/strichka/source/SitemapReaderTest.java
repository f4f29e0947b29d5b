package ua.strichka.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
  @Test
  void readsANewsSitemap() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
          <url><loc>https://dp.ua/news/1</loc>
            <news:news><news:publication><news:name>Дніпровська правда</news:name><news:language>uk</news:language></news:publication>
              <news:publication_date>2025-04-09T07:03:00+03:00</news:publication_date>
              <news:title>Генсек НАТО подякував Японії</news:title></news:news></url>
          <url><loc>https://dp.ua/news/2</loc><lastmod>2025-04-08</lastmod></url>
        </urlset>
        """;
    SitemapReader.Sitemap map =
        SitemapReader.parse(
            xml.getBytes(UTF_8), "application/xml", "https://dp.ua/news-sitemap.xml");
    assertThat(map.sitemaps()).isEmpty();
    assertThat(map.items()).hasSize(2);
    FeedItem first =
        map.items().stream().filter(i -> i.url().endsWith("/1")).findFirst().orElseThrow();
    assertThat(first.title()).isEqualTo("Генсек НАТО подякував Японії");
    assertThat(first.published()).isEqualTo(Instant.parse("2025-04-09T04:03:00Z"));
    assertThat(first.language()).isEqualTo("uk");
  }

  /**
   * crawler-commons throws on a lastmod of month 0 and lost every URL with it; only that date goes.
   */
  @Test
  void anUnreadableDateLosesOnlyItself() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <url><loc>https://dp.ua/news/1</loc><lastmod >2025-00</lastmod ></url>
          <url><loc>https://dp.ua/news/2</loc><lastmod>2025-04-08T10:15:00+03:00</lastmod></url>
          <url><loc>https://dp.ua/news/3</loc><lastmod><![CDATA[2025-00]]></lastmod></url>
          <url><loc>https://dp.ua/news/4</loc><lastmod><![CDATA[2025-04-07]]></lastmod></url>
        </urlset>
        """;
    SitemapReader.Sitemap map =
        SitemapReader.parse(xml.getBytes(UTF_8), "application/xml", "https://dp.ua/sitemap.xml");
    assertThat(map.items())
        .extracting(FeedItem::url)
        .containsExactly(
            "https://dp.ua/news/1",
            "https://dp.ua/news/2",
            "https://dp.ua/news/3",
            "https://dp.ua/news/4");
    assertThat(map.items().get(0).published()).isNull();
    assertThat(map.items().get(1).published()).isEqualTo(Instant.parse("2025-04-08T07:15:00Z"));
    assertThat(map.items().get(2).published()).isNull();
    assertThat(map.items().get(3).published()).isNotNull();
  }

  @Test
  void readsASitemapIndexNewestFirst() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://ua-independent.com/sitemap-2025-03.xml</loc><lastmod>2025-03-31</lastmod></sitemap>
          <sitemap><loc>https://ua-independent.com/sitemap-2025-04.xml</loc><lastmod>2025-04-09</lastmod></sitemap>
        </sitemapindex>
        """;
    SitemapReader.Sitemap map =
        SitemapReader.parse(
            xml.getBytes(UTF_8), "text/xml", "https://ua-independent.com/sitemap.xml");
    assertThat(map.items()).isEmpty();
    assertThat(map.sitemaps())
        .containsExactly(
            "https://ua-independent.com/sitemap-2025-04.xml",
            "https://ua-independent.com/sitemap-2025-03.xml");
  }

  @Test
  void refusesDoctypesAndGarbage() {
    String xxe =
        """
        <?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.ua/&x;</loc></url></urlset>
        """;
    assertThatThrownBy(
            () -> SitemapReader.parse(xxe.getBytes(UTF_8), "application/xml", "https://a.ua/s.xml"))
        .isInstanceOf(SourceFormatException.class);
    assertThatThrownBy(
            () ->
                SitemapReader.parse(
                    "<html>nope</html>".getBytes(UTF_8), "text/html", "https://a.ua/s.xml"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageStartingWith("not a readable sitemap");
  }
}
