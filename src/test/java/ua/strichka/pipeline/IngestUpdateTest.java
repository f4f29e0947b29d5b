package ua.strichka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import ua.strichka.fetch.FetchResult;
import ua.strichka.fetch.FetchedPage;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.store.StorySummary;
import ua.strichka.testing.Databases;

/**
 * A re-crawled article whose outlet updated it (same canonical URL, new text and modified date)
 * replaces its old version and stays in its story: while the desk holds the story, and after a
 * restart when it no longer does.
 */
class IngestUpdateTest {
  @TempDir Path dir;

  static final Instant T0 = Instant.parse("2026-03-01T05:00:00Z");
  static final Config CONFIG = Config.load(Optional.empty(), Map.of(), Map.of());

  @Test
  void anUpdatedArticleReplacesItsOldVersionAndKeepsItsStory() {
    try (Store store = Databases.SQLITE.open(dir)) {
      long vo = store.outlets().upsert(OutletRecord.of("vo", "Вісник Одеси", "https://vo.ua/"));
      long sh = store.outlets().upsert(OutletRecord.of("sh", "Шпальта", "https://sh.ua/"));
      Ingest ingest = Ingest.configured(store, CONFIG, Clock.fixed(T0, ZoneOffset.UTC));
      accept(
          store,
          ingest,
          vo,
          page(
              "https://vo.ua/news/1",
              "Нічна атака на Одесу: пошкоджено багатоповерхівку і порт",
              "У ніч проти сьогодні Одеса пережила одну з наймасованіших атак за останні місяці:"
                  + " ворог бив по місту ударними дронами та балістичними ракетами. Двоє людей"
                  + " загинули.",
              "Уламки збитого дрона влучили в дев'ятиповерховий житловий будинок у Приморському"
                  + " районі, спалахнула пожежа на сьомому та восьмому поверхах. Ще один удар"
                  + " припав на портову інфраструктуру: пошкоджено складські приміщення.",
              T0,
              null));
      String shUrl = "https://sh.ua/news/1";
      accept(
          store,
          ingest,
          sh,
          page(
              shUrl,
              "Одеса: двоє загиблих після нічної атаки дронів і ракет",
              "Росія вночі атакувала Одесу шахедами та іскандерами. Загинули двоє людей, дев'ятеро"
                  + " поранені.",
              "Уламки дрона влучили в багатоповерхівку в Приморському районі, там сталася пожежа."
                  + " Пошкоджено склади та адмінбудівлю в порту. Без світла були близько 12 тисяч"
                  + " родин.",
              T0.plus(Duration.ofMinutes(90)),
              null));
      ArticleRecord first = store.articles().byCanonicalUrl(shUrl).orElseThrow();
      long story = store.stories().storyOf(first.id()).orElseThrow();
      long voArticle = store.articles().byCanonicalUrl("https://vo.ua/news/1").orElseThrow().id();
      assertThat(store.stories().storyOf(voArticle)).contains(story);

      // the outlet updates its report: more casualties, a new headline, a modified date
      Instant modified = T0.plus(Duration.ofHours(4));
      accept(store, ingest, sh, update(shUrl, "трьох", modified));
      assertUpdatedInPlace(store, first, story, "трьох", modified);

      // after a restart the desk knows nothing (no warm-up): the stored story still holds it
      Ingest restarted = Ingest.configured(store, CONFIG, Clock.fixed(T0, ZoneOffset.UTC));
      Instant later = T0.plus(Duration.ofHours(6));
      accept(store, restarted, sh, update(shUrl, "чотирьох", later));
      assertUpdatedInPlace(store, first, story, "чотирьох", later);
    }
  }

  @Test
  void aDateLaterThanTheFetchIsNotBelieved() {
    try (Store store = Databases.SQLITE.open(dir)) {
      long vo = store.outlets().upsert(OutletRecord.of("vo", "Вісник Одеси", "https://vo.ua/"));
      Ingest ingest = Ingest.configured(store, CONFIG, Clock.fixed(T0, ZoneOffset.UTC));
      Instant nextYear = T0.plus(Duration.ofDays(365));
      Instant withinSkew = T0.plus(Duration.ofMinutes(30));
      accept(
          store,
          ingest,
          vo,
          page(
              "https://vo.ua/news/7",
              "У Миколаєві відкрили відновлений після обстрілу міст через Інгул",
              "Міст через річку Інгул у Миколаєві знову відкрили для руху після ремонту, який"
                  + " тривав пів року.",
              "Ремонтники замінили пошкоджені прогони та перила, відновили освітлення й розмітку."
                  + " Рух громадського транспорту мостом відновлять із понеділка.",
              nextYear,
              null,
              T0));
      accept(
          store,
          ingest,
          vo,
          page(
              "https://vo.ua/news/8",
              "Херсонські аграрії почали сівбу ярих попри обстріли",
              "На Херсонщині фермери вийшли в поле: сіють ячмінь і горох на розмінованих"
                  + " ділянках.",
              "За даними обласної адміністрації, цього року засіють утричі більше землі, ніж"
                  + " торік. Частину полів ще перевіряють сапери.",
              withinSkew,
              nextYear,
              T0));

      ArticleRecord future = store.articles().byCanonicalUrl("https://vo.ua/news/7").orElseThrow();
      assertThat(future.publishedAt()).isEqualTo(T0);
      ArticleRecord skewed = store.articles().byCanonicalUrl("https://vo.ua/news/8").orElseThrow();
      assertThat(skewed.publishedAt()).isEqualTo(withinSkew);
      assertThat(skewed.modifiedAt()).isEqualTo(T0);
    }
  }

  private static void assertUpdatedInPlace(
      Store store, ArticleRecord first, long story, String word, Instant modified) {
    assertThat(store.articles().count()).isEqualTo(2);
    ArticleRecord now = store.articles().byCanonicalUrl(first.canonicalUrl()).orElseThrow();
    assertThat(now.id()).isEqualTo(first.id());
    assertThat(now.title()).contains(word);
    assertThat(now.body()).contains("Кількість поранених зросла");
    assertThat(now.modifiedAt()).isEqualTo(modified);
    assertThat(store.stories().storyOf(now.id())).contains(story);
    StorySummary s = store.stories().byId(story).orElseThrow();
    assertThat(s.story().articleCount()).isEqualTo(2);
    assertThat(s.story().outletCount()).isEqualTo(2);
  }

  private static FetchedPage update(String url, String word, Instant modified) {
    return page(
        url,
        "Одеса: кількість загиблих після нічної атаки зросла до " + word,
        "З-під завалів багатоповерхівки в Приморському районі Одеси дістали тіло ще однієї"
            + " людини. Кількість загиблих після атаки дронів і ракет зросла до "
            + word
            + ".",
        "Кількість поранених зросла до 11. Уламки дрона влучили в багатоповерхівку, пошкоджено"
            + " склади та адмінбудівлю в порту.",
        T0.plus(Duration.ofMinutes(90)),
        modified);
  }

  /** Ingests {@code page} as outlet {@code outlet}'s, in one transaction. */
  static void accept(Store store, Ingest ingest, long outlet, FetchedPage page) {
    FetchedPage p =
        new FetchedPage(page.crawlUrlId(), outlet, page.canonicalUrl(), page.result(), null);
    store.inTransaction(
        tx -> {
          ingest.accept(p, tx);
          return null;
        });
  }

  /** An article page as outlets serve them: OpenGraph, JSON-LD dates, paragraphs. */
  static FetchedPage page(
      String url, String title, String lead, String body, Instant published, Instant modified) {
    return page(
        url, title, lead, body, published, modified, modified == null ? published : modified);
  }

  /** The same, fetched at {@code fetched}. */
  static FetchedPage page(
      String url,
      String title,
      String lead,
      String body,
      Instant published,
      Instant modified,
      Instant fetched) {
    String html =
        """
        <!doctype html><html lang="uk"><head><meta charset="utf-8">
        <title>%1$s</title>
        <meta property="og:title" content="%1$s">
        <meta property="og:description" content="%2$s">
        <meta property="og:type" content="article">
        <link rel="canonical" href="%5$s">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"%1$s","datePublished":"%3$s"%4$s}</script>
        </head><body><article><h1>%1$s</h1><p><b>%2$s</b></p><p>%6$s</p>
        <p>Про це повідомили в Одеській обласній військовій адміністрації.</p></article></body></html>
        """
            .formatted(
                title,
                lead,
                published,
                modified == null ? "" : ",\"dateModified\":\"" + modified + "\"",
                url,
                body);
    return fetched(url, html, fetched);
  }

  /** {@code html} as the crawler hands a page over, fetched from {@code url} at {@code at}. */
  static FetchedPage fetched(String url, String html, Instant at) {
    URI uri = URI.create(url);
    FetchResult result =
        new FetchResult(
            uri,
            uri,
            200,
            Map.of("Content-Type", List.of("text/html; charset=utf-8")),
            html.getBytes(StandardCharsets.UTF_8),
            false,
            at,
            Duration.ofMillis(20),
            1,
            0,
            null,
            null,
            null);
    return new FetchedPage(1, null, url, result, null);
  }
}
