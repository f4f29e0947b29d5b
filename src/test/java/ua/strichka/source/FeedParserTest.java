package ua.strichka.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedParserTest {
  static final String RSS2 =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Київський вісник</title><link>https://kv.ua/</link>
      <language>uk</language>
      <item><title>Генсек НАТО подякував &lt;b&gt;Японії&lt;/b&gt;</title>
        <link>https://kv.ua/politics/nato-japan?utm_source=rss</link>
        <pubDate>Wed, 09 Apr 2025 07:03:00 +0300</pubDate>
        <category>Політика</category><author>Олена Коваленко</author>
        <description><![CDATA[<p>Марк Рютте подякував Японії.</p>]]></description></item>
      <item><title>Відносне посилання</title><link>/society/relative-link</link></item>
      <item><title>Без посилання</title></item>
      </channel></rss>
      """;

  @Test
  void readsRss2() throws Exception {
    List<FeedItem> items = FeedParser.parse(RSS2.getBytes(UTF_8), "https://kv.ua/rss.xml");
    assertThat(items).hasSize(2);
    FeedItem first = items.getFirst();
    assertThat(first.url()).isEqualTo("https://kv.ua/politics/nato-japan?utm_source=rss");
    assertThat(first.title()).isEqualTo("Генсек НАТО подякував Японії");
    assertThat(first.published()).isEqualTo(Instant.parse("2025-04-09T04:03:00Z"));
    assertThat(first.categories()).containsExactly("Політика");
    assertThat(first.summary()).isEqualTo("Марк Рютте подякував Японії.");
    assertThat(first.language()).isEqualTo("uk");
    assertThat(items.get(1).url()).isEqualTo("https://kv.ua/society/relative-link");
  }

  @Test
  void readsRss091And10AndAtom() throws Exception {
    String rss091 =
        """
        <?xml version="1.0"?><rss version="0.91"><channel><title>Старий сайт</title>
        <link>http://old.ua/</link><description>d</description><language>uk</language>
        <item><title>Новина 0.91</title><link>http://old.ua/n/1</link></item></channel></rss>
        """;
    String rss10 =
        """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="http://rdf.ua/"><title>RDF</title><link>http://rdf.ua/</link><description>d</description></channel>
          <item rdf:about="http://rdf.ua/a/1"><title>Новина RDF</title><link>http://rdf.ua/a/1</link>
            <dc:date>2025-04-09T04:03:00Z</dc:date></item>
        </rdf:RDF>
        """;
    String atom =
        """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Дніпровська правда</title><id>urn:x</id>
        <updated>2025-04-09T04:03:00Z</updated>
        <entry><title>Новина Atom</title><link rel="alternate" href="https://dp.ua/news/1"/>
          <id>urn:1</id><published>2025-04-09T04:03:00Z</published><updated>2025-04-09T05:00:00Z</updated>
          <author><name>Іван Петренко</name></author><summary>Коротко.</summary></entry>
        </feed>
        """;
    assertThat(FeedParser.parse(rss091.getBytes(UTF_8), "http://old.ua/rss"))
        .extracting(FeedItem::url)
        .containsExactly("http://old.ua/n/1");
    FeedItem rdf = FeedParser.parse(rss10.getBytes(UTF_8), "http://rdf.ua/rss").getFirst();
    assertThat(rdf.url()).isEqualTo("http://rdf.ua/a/1");
    assertThat(rdf.published()).isEqualTo(Instant.parse("2025-04-09T04:03:00Z"));
    FeedItem a = FeedParser.parse(atom.getBytes(UTF_8), "https://dp.ua/atom.xml").getFirst();
    assertThat(a.url()).isEqualTo("https://dp.ua/news/1");
    assertThat(a.title()).isEqualTo("Новина Atom");
    assertThat(a.authors()).containsExactly("Іван Петренко");
    assertThat(a.published()).isEqualTo(Instant.parse("2025-04-09T04:03:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"windows-1251", "KOI8-U"})
  void readsFeedsInLegacyCyrillicEncodings(String encoding) throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="%s"?>
        <rss version="2.0"><channel><title>Галицький кур'єр</title><link>http://kurier.lviv.ua/</link>
        <description>d</description>
        <item><title>Львівська громада обговорила ґрунтові дороги та їжаків</title>
        <link>http://kurier.lviv.ua/n/1</link></item></channel></rss>
        """
            .formatted(encoding);
    FeedItem item =
        FeedParser.parse(xml.getBytes(Charset.forName(encoding)), "http://kurier.lviv.ua/rss")
            .getFirst();
    assertThat(item.title()).isEqualTo("Львівська громада обговорила ґрунтові дороги та їжаків");
  }

  @Test
  void refusesExternalEntities() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&xxe;</title><link>http://x.ua/</link><description>d</description>
        <item><title>&xxe;</title><link>http://x.ua/1</link></item></channel></rss>
        """;
    assertThatThrownBy(() -> FeedParser.parse(xxe.getBytes(UTF_8), "http://x.ua/rss"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("not a readable RSS/Atom feed");
  }

  @Test
  void refusesEntityExpansionBombs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY e0 \"ha\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY e").append(i).append(" \"");
      dtd.append(("&e" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String bomb =
        "<?xml version=\"1.0\"?>"
            + dtd
            + "<rss version=\"2.0\"><channel><title>&e10;</title><link>http://x.ua/</link>"
            + "<description>d</description></channel></rss>";
    assertThatThrownBy(() -> FeedParser.parse(bomb.getBytes(UTF_8), "http://x.ua/rss"))
        .isInstanceOf(SourceFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "<html><body>Not a feed</body></html>",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Обрізано",
        "\u0000\u0001garbage"
      })
  void reportsBrokenFeedsClearly(String body) {
    assertThatThrownBy(() -> FeedParser.parse(body.getBytes(UTF_8), "http://x.ua/rss"))
        .isInstanceOf(SourceFormatException.class)
        .hasMessageStartingWith("not a readable RSS/Atom feed");
  }
}
