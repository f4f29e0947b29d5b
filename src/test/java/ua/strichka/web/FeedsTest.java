package ua.strichka.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.strichka.store.ArticleRecord;

class FeedsTest {
  @TempDir static Path dir;
  static SiteFixture site;

  @BeforeAll
  static void start() {
    site = new SiteFixture(dir);
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  static SyndFeed read(String path, String contentType) throws Exception {
    HttpResponse<String> r = site.get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith(contentType));
    assertThat(r.headers().firstValue("ETag")).isPresent();
    return new SyndFeedInput().build(new StringReader(r.body()));
  }

  @ParameterizedTest
  @CsvSource({
    "/rss.xml, rss_2.0, application/rss+xml, НАТО і Японія: Рютте подякував за підтримку України",
    "/atom.xml, atom_1.0, application/atom+xml, НАТО і Японія: Рютте подякував за підтримку України",
    "/section/war/rss.xml, rss_2.0, application/rss+xml, Нічна атака на Одесу",
    "/section/war/atom.xml, atom_1.0, application/atom+xml, Нічна атака на Одесу",
    "/story/1/rss.xml, rss_2.0, application/rss+xml, Генсек НАТО подякував Японії за потужну підтримку України",
    "/story/1/atom.xml, atom_1.0, application/atom+xml, Генсек НАТО подякував Японії за потужну підтримку України",
    "/entity/odesa/rss.xml, rss_2.0, application/rss+xml, Нічна атака на Одесу",
    "/entity/odesa/atom.xml, atom_1.0, application/atom+xml, Нічна атака на Одесу",
  })
  void feedsRoundTripThroughRome(String path, String type, String contentType, String expectedTitle)
      throws Exception {
    SyndFeed feed = read(path, contentType);
    assertThat(feed.getFeedType()).isEqualTo(type);
    assertThat(feed.getLanguage() == null || feed.getLanguage().equals("uk")).isTrue();
    assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).contains(expectedTitle);
    for (SyndEntry e : feed.getEntries()) {
      assertThat(e.getLink()).startsWith(site.server.url() + "/");
      assertThat(e.getPublishedDate() != null || e.getUpdatedDate() != null).isTrue();
    }
  }

  @Test
  void theHostileTitleSurvivesTheFeedAsText() throws Exception {
    SyndFeed feed = read("/section/society/rss.xml", "application/rss+xml");
    assertThat(feed.getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly(SiteFixture.HOSTILE_TITLE);
  }

  @Test
  void searchFeedsAreValidEvenWithoutResults() throws Exception {
    assertThat(read("/search/rss.xml?q=%D0%BD%D0%B0%D1%82%D0%BE", "application/rss+xml").getTitle())
        .contains("«нато»");
    assertThat(read("/search/atom.xml?q=x", "application/atom+xml").getEntries()).isEmpty();
  }

  @Test
  void controlCharactersInScrapedTextDoNotBreakTheFeed() throws Exception {
    long outlet = site.store.outlets().bySlug("kyivskyi-visnyk").orElseThrow().id();
    long a =
        site.store
            .articles()
            .upsert(
                ArticleRecord.builder(
                        "https://kv.ua/ctl",
                        outlet,
                        "Заголовок\u0001з\u0008керуючими\u001Fсимволами")
                    .publishedAt(Instant.parse("2025-04-09T05:00:00Z"))
                    .section("culture")
                    .build());
    long story =
        site.store
            .stories()
            .create(
                ua.strichka.store.StoryRecord.of(
                    "Культура\u000Bсюжет", null, "culture", Instant.parse("2025-04-09T05:00:00Z")));
    site.store.stories().addArticle(story, a, null, Instant.parse("2025-04-09T05:00:00Z"));
    site.store.stories().updateStats(story, 1);
    assertThat(read("/section/culture/atom.xml", "application/atom+xml").getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly("Культурасюжет");
    assertThat(read("/story/" + story + "/rss.xml", "application/rss+xml").getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly("Заголовокзкеруючимисимволами");
  }

  @Test
  void unknownFeedsAre404() {
    assertThat(site.get("/section/horoscopes/rss.xml").statusCode()).isEqualTo(404);
    assertThat(site.get("/story/999/atom.xml").statusCode()).isEqualTo(404);
  }
}
