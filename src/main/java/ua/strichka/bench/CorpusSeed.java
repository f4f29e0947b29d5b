package ua.strichka.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.sampleweb.CorpusOutlet;
import ua.strichka.sampleweb.EntitySpan;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.EntityRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.RateRecord;
import ua.strichka.store.Repositories;
import ua.strichka.store.Store;
import ua.strichka.store.StoryRecord;
import ua.strichka.text.Slug;

/**
 * Fills a store with the sample web's corpus as the pipeline would: outlets, articles (reposts
 * linked to their originals), one story per event and language, entities from the corpus markup,
 * and 30 days of exchange rates. The website benchmark and the browser tests serve this data.
 */
public final class CorpusSeed {
  private static final Map<String, Double> RATES =
      Map.of("USD", 41.32, "EUR", 45.08, "PLN", 10.61, "GBP", 53.24, "CHF", 47.45);
  private static final Map<String, String> RATE_NAMES =
      Map.of(
          "USD",
          "Долар США",
          "EUR",
          "Євро",
          "PLN",
          "Злотий",
          "GBP",
          "Фунт стерлінгів",
          "CHF",
          "Швейцарський франк");

  /** What was written. */
  public record Counts(int outlets, int articles, int stories, int entities) {}

  private CorpusSeed() {}

  /** Seeds {@code store} with the corpus, articles dated relative to {@code now}. */
  public static Counts seed(Store store, Instant now) {
    Corpus corpus = Corpus.load();
    Counts counts = store.inTransaction(tx -> seed(tx, corpus, now));
    seedRates(store, now);
    return counts;
  }

  private static Counts seed(Repositories store, Corpus corpus, Instant now) {
    Map<String, Long> outletIds = new HashMap<>();
    Map<String, String> domains = new HashMap<>();
    for (CorpusOutlet o : corpus.outlets()) {
      domains.put(o.slug(), o.domain());
      outletIds.put(
          o.slug(),
          store
              .outlets()
              .upsert(
                  new OutletRecord(
                      null,
                      o.slug(),
                      o.name(),
                      "https://" + o.domain() + "/",
                      o.mainLanguage(),
                      null,
                      o.weight(),
                      o.weight() >= 0.9,
                      null,
                      null,
                      false,
                      now)));
    }
    Map<String, Long> articleIds = new HashMap<>();
    Map<String, Long> entityIds = new HashMap<>();
    Map<String, List<Long>> storyArticles = new LinkedHashMap<>();
    Map<String, CorpusArticle> firstOfStory = new HashMap<>();
    List<CorpusArticle> articles = new ArrayList<>(corpus.articles());
    articles.sort((a, b) -> Double.compare(b.hoursAgo(), a.hoursAgo()));
    for (CorpusArticle e : articles) {
      Long outlet = outletIds.get(e.outlet());
      if (outlet == null) continue;
      Instant published = now.minus(Duration.ofMinutes(Math.round(e.hoursAgo() * 60)));
      CorpusArticle.Version v = e.latest();
      String section = e.section() == null ? null : e.section().slug();
      ArticleRecord.Builder b =
          ArticleRecord.builder(
                  "https://" + domains.get(e.outlet()) + "/" + section + "/" + e.id(),
                  outlet,
                  v.title())
              .lead(v.lead())
              .body(v.body() == null ? null : v.body().strip())
              .authors(e.authors())
              .publishedAt(published)
              .fetchedAt(published.plusSeconds(90))
              .language(e.language())
              .section(section)
              .news(e.news());
      e.repostOf().map(articleIds::get).ifPresent(b::repostOf);
      long articleId = store.articles().upsert(b.build());
      articleIds.put(e.id(), articleId);
      Map<String, Integer> mentions = new LinkedHashMap<>();
      for (EntitySpan span : v.titleEntities())
        mentions.merge(span.type() + ":" + span.canonical(), 1, Integer::sum);
      for (EntitySpan span : v.textEntities())
        mentions.merge(span.type() + ":" + span.canonical(), 1, Integer::sum);
      for (var m : mentions.entrySet()) {
        String[] typeName = m.getKey().split(":", 2);
        long entity =
            entityIds.computeIfAbsent(
                m.getKey(),
                k ->
                    store
                        .entities()
                        .upsert(EntityRecord.of(slug(typeName[1]), typeName[1], typeName[0])));
        store.entities().mention(articleId, entity, m.getValue());
      }
      if (e.news() && e.storyId().isPresent()) {
        String key = e.storyId().get();
        storyArticles.computeIfAbsent(key, k -> new ArrayList<>()).add(articleId);
        firstOfStory.putIfAbsent(key, e);
      }
    }
    for (var s : storyArticles.entrySet()) {
      CorpusArticle first = firstOfStory.get(s.getKey());
      Instant created = store.articles().byId(s.getValue().getFirst()).orElseThrow().publishedAt();
      long story =
          store
              .stories()
              .create(
                  StoryRecord.of(
                      first.latest().title(),
                      first.latest().lead(),
                      first.section() == null ? null : first.section().slug(),
                      created));
      for (long a : s.getValue()) store.stories().addArticle(story, a, 0.8, created);
      store.stories().updateStats(story, 0);
      var stored = store.stories().byId(story).orElseThrow().story();
      double ageHours = Duration.between(stored.updatedAt(), now).toMinutes() / 60.0;
      // A stand-in for the ranker: more outlets rank higher, and a story fades over a day or two.
      double score =
          (stored.outletCount() + 0.3 * stored.articleCount()) * Math.exp(-ageHours / 36);
      store.stories().updateStats(story, score);
    }
    return new Counts(outletIds.size(), articleIds.size(), storyArticles.size(), entityIds.size());
  }

  /** Thirty days of plausible NBU rates ending today (Kyiv), drifting smoothly day by day. */
  static void seedRates(Store store, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of("Europe/Kyiv"));
    List<RateRecord> rates = new ArrayList<>();
    for (var c : RATES.entrySet()) {
      for (int i = 29; i >= 0; i--) {
        double drift = Math.sin(i / 4.0 + c.getKey().hashCode() % 7) * 0.004 + (29 - i) * 0.0003;
        BigDecimal rate =
            BigDecimal.valueOf(c.getValue() * (1 + drift)).setScale(4, RoundingMode.HALF_UP);
        rates.add(
            new RateRecord(
                c.getKey(), today.minusDays(i), null, RATE_NAMES.get(c.getKey()), rate, now));
      }
    }
    store.rates().upsert(rates);
  }

  /** The entity's URL slug; a name with nothing to transliterate still gets one. */
  static String slug(String name) {
    String slug = Slug.of(name);
    return slug.isEmpty() ? "entity" : slug;
  }
}
