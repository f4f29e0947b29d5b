package ua.strichka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.config.Config;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.ExtractionRules;
import ua.strichka.fetch.FetchedPage;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;

/**
 * The selectors an operator stores in an outlet's rules (the admin API's {@code PUT
 * /api/v1/admin/outlets/{slug}/rules}) are what the crawl extracts that outlet's pages with; rules
 * that do not parse leave the outlet to the generic extractor and lose no page.
 */
class OutletRulesTest {
  @TempDir Path dir;

  static final Instant T0 = Instant.parse("2026-03-01T05:00:00Z");
  static final Config CONFIG = Config.load(Optional.empty(), Map.of(), Map.of());

  /** The story is two short paragraphs and a promo inside its box; a long sidebar beside it. */
  static final String STORY =
      "У Житомирі відкрили оновлений міст через Тетерів після двох років ремонту. Рух"
          + " автобусів відновлять із понеділка.";

  static final String SIDEBAR =
      "Довгий текст бічної панелі про все одразу, який генеричний екстрактор міг би взяти,"
          + " бо в ньому багато слів, ком, крапок і речень, схожих на статтю. ";

  @Test
  void anOutletsStoredSelectorsChooseItsTextAndBadOnesFallBackToTheGenericExtractor() {
    try (Store store = Databases.SQLITE.open(dir)) {
      long ruled =
          store
              .outlets()
              .upsert(
                  OutletRecord.of("zt", "Житомир сьогодні", "https://zt.ua/")
                      .withRules(
                          "{\"articlePattern\":\"/news/\",\"body\":\".txt-x\","
                              + "\"title\":\".hdr\",\"remove\":[\".txt-x .promo\"]}"));
      long broken =
          store
              .outlets()
              .upsert(
                  OutletRecord.of("zt2", "Житомир вчора", "https://zt2.ua/")
                      .withRules("{\"body\":\"div[[\"}"));
      Ingest ingest = Ingest.configured(store, CONFIG, Clock.fixed(T0, ZoneOffset.UTC));

      IngestUpdateTest.accept(store, ingest, ruled, page("https://zt.ua/news/1"));
      IngestUpdateTest.accept(store, ingest, broken, page("https://zt2.ua/news/1"));

      ArticleRecord a = store.articles().byCanonicalUrl("https://zt.ua/news/1").orElseThrow();
      assertThat(a.title()).isEqualTo("Міст через Тетерів відкрили");
      assertThat(a.body()).isEqualTo(STORY);
      ArticleRecord b = store.articles().byCanonicalUrl("https://zt2.ua/news/1").orElseThrow();
      assertThat(b.body()).isNotBlank().isNotEqualTo(STORY);
    }
  }

  @Test
  void rulesSetLaterTakeEffectOnceTheOutletIsReadAgain() {
    try (Store store = Databases.SQLITE.open(dir)) {
      long id = store.outlets().upsert(OutletRecord.of("zt", "Житомир сьогодні", "https://zt.ua/"));
      OutletExtractors extractors = new OutletExtractors(store.outlets()::byId, Duration.ZERO);
      String html = html();
      assertThat(body(extractors, id, html)).isNotEqualTo(STORY);

      OutletRecord o = store.outlets().byId(id).orElseThrow();
      store.outlets().upsert(o.withRules("{\"body\":\".txt-x\",\"remove\":[\".promo\"]}"));
      assertThat(body(extractors, id, html)).isEqualTo(STORY);

      OutletExtractors cached = new OutletExtractors(store.outlets()::byId, Duration.ofHours(1));
      assertThat(body(cached, id, html)).isEqualTo(STORY);
      store.outlets().upsert(o.withRules(null));
      assertThat(body(cached, id, html)).as("still within the hour").isEqualTo(STORY);
    }
  }

  @Test
  void onlyTheSelectorsOfAnOutletsRulesAreExtractionRules() {
    assertThat(ExtractionRules.ofOutlet(null).forUrl("https://a.ua/1")).isEmpty();
    assertThat(ExtractionRules.ofOutlet("{\"articlePattern\":\"/news/\"}").forUrl("https://a.ua/1"))
        .isEmpty();
    assertThat(ExtractionRules.ofOutlet("{\"remove\":[\".ad\"]}").forUrl("https://cdn.other.net/1"))
        .get()
        .extracting(ExtractionRules.Rule::remove)
        .isEqualTo(List.of(".ad"));
    assertThat(ExtractionRules.ofOutlet("{\"zone\":\"Europe/Kyiv\"}").forUrl("https://a.com/1"))
        .get()
        .extracting(ExtractionRules.Rule::zone)
        .isEqualTo("Europe/Kyiv");
    assertThatThrownBy(() -> ExtractionRules.ofOutlet("{\"zone\":\"Kyiv\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad zone");
    assertThatThrownBy(() -> ExtractionRules.ofOutlet("[1]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> ExtractionRules.ofOutlet("{\"date\":\"span[[\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("span[[");
  }

  private static String body(OutletExtractors extractors, long id, String html) {
    Extraction x = extractors.of(id).extract(html, "https://zt.ua/news/1");
    return ((Extraction.Found) x).article().articleBody();
  }

  private static String html() {
    return """
        <!doctype html><html lang="uk"><head><meta charset="utf-8">
        <title>Головна сторінка — Житомир сьогодні</title></head><body>
        <div class="hdr">Міст через Тетерів відкрили</div>
        <div class="sidebar-long"><p>%s</p><p>%s</p></div>
        <div class="txt-x">%s<div class="promo">Підпишіться на наш канал у Телеграмі.</div></div>
        </body></html>
        """
        .formatted(SIDEBAR.repeat(5), SIDEBAR.repeat(4), STORY);
  }

  private static FetchedPage page(String url) {
    return IngestUpdateTest.fetched(url, html(), T0);
  }
}
