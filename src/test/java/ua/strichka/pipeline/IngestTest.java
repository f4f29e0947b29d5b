package ua.strichka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.bench.SampleWebOutlets;
import ua.strichka.config.Config;
import ua.strichka.fetch.CrawlSettings;
import ua.strichka.fetch.Crawler;
import ua.strichka.fetch.FetchSettings;
import ua.strichka.fetch.Fetcher;
import ua.strichka.fetch.UrlCanonicalizer;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;
import ua.strichka.sampleweb.TruthArticle;
import ua.strichka.source.Outlets;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.Store;
import ua.strichka.testing.Databases;

/** The real crawler and Ingest on the in-process sample web, into a real SQLite store. */
class IngestTest {
  @TempDir Path dir;

  @Test
  void crawlOfTheSampleWebStoresArticlesOnceWithRepostsAndStories() throws Exception {
    Config config =
        Config.load(
            Optional.empty(),
            Map.of(),
            Map.of("fetch.allow-private", "true", "fetch.host-delay", "10ms"));
    try (SampleWeb web =
            SampleWeb.start(
                SampleWebOptions.defaults().withSeed(1).withBind(SampleWebOptions.Bind.HOSTS));
        Store store = Databases.SQLITE.open(dir);
        Fetcher fetcher = new Fetcher(FetchSettings.from(config), new SimpleMeterRegistry())) {
      SampleWebOutlets.register(web, new Outlets(store));
      Ingest ingest =
          Ingest.configured(
              store, config, Clock.systemUTC(), new SectionsAndEntities(), IndexUpdate.NONE);
      new Crawler(store, fetcher, CrawlSettings.from(config), ingest, new SimpleMeterRegistry())
          .crawlDue((s, n) -> {});

      List<TruthArticle> truth = web.truth();
      Map<String, ArticleRecord> stored = new HashMap<>();
      for (TruthArticle t : truth) {
        store
            .articles()
            .byCanonicalUrl(canonical(t.canonicalUrl().toString()))
            .ifPresent(a -> stored.put(t.id(), a));
      }
      // articles stored once each: one row per truth article, no more rows than that
      assertThat(stored.size()).isGreaterThanOrEqualTo(truth.size() * 9 / 10);
      assertThat(store.articles().count()).isEqualTo(stored.size());

      // reposts linked to their originals
      int reposts = 0;
      int linked = 0;
      for (TruthArticle t : truth) {
        if (t.repostOf().isEmpty() || !stored.containsKey(t.id())) continue;
        reposts++;
        Optional<ArticleRecord> original =
            store.articles().byCanonicalUrl(canonical(t.repostOf().get().toString()));
        if (original.isPresent() && original.get().id().equals(stored.get(t.id()).repostOf())) {
          linked++;
        }
      }
      assertThat(reposts).isPositive();
      assertThat(linked).isGreaterThanOrEqualTo(reposts * 8 / 10);

      // pairs of articles of one event from different outlets: mostly in the same stored story
      Map<String, List<TruthArticle>> events = new HashMap<>();
      for (TruthArticle t : truth) {
        if (t.news() && stored.containsKey(t.id())) {
          t.story().ifPresent(s -> events.computeIfAbsent(s, k -> new ArrayList<>()).add(t));
        }
      }
      int pairs = 0;
      int together = 0;
      for (List<TruthArticle> event : events.values()) {
        for (int i = 0; i < event.size(); i++) {
          for (int j = i + 1; j < event.size(); j++) {
            if (event.get(i).outlet().equals(event.get(j).outlet())) continue;
            pairs++;
            Optional<Long> a = store.stories().storyOf(stored.get(event.get(i).id()).id());
            Optional<Long> b = store.stories().storyOf(stored.get(event.get(j).id()).id());
            if (a.isPresent() && a.equals(b)) together++;
          }
        }
      }
      assertThat(pairs).isPositive();
      assertThat(together).isGreaterThanOrEqualTo(pairs * 8 / 10);

      // pages the news filter rejects (most of the web's non-news) are stored, but in no story
      List<ArticleRecord> flagged =
          truth.stream()
              .filter(t -> !t.news() && stored.containsKey(t.id()))
              .map(t -> stored.get(t.id()))
              .filter(a -> !a.news())
              .toList();
      assertThat(flagged).isNotEmpty();
      for (ArticleRecord a : flagged) {
        assertThat(store.stories().storyOf(a.id())).as(a.title()).isEmpty();
      }
      assertThat(ingest.counts().stored()).isGreaterThanOrEqualTo(stored.size());

      // every stored article filed under a section, mostly the one its outlet meant
      int rightSection = 0;
      for (TruthArticle t : truth) {
        ArticleRecord a = stored.get(t.id());
        if (a == null) continue;
        assertThat(a.section()).as(a.title()).isNotNull();
        if (a.section().equals(t.section().slug())) rightSection++;
      }
      assertThat(rightSection).isGreaterThanOrEqualTo(stored.size() * 8 / 10);

      // the people, organisations and places of the annotated articles, by canonical name
      int named = 0;
      int found = 0;
      for (TruthArticle t : truth) {
        ArticleRecord a = stored.get(t.id());
        if (a == null || t.textEntities().isEmpty()) continue;
        Set<String> tagged = new HashSet<>();
        store.entities().ofArticle(a.id()).forEach(m -> tagged.add(m.entity().name()));
        for (String name : canonicals(t)) {
          named++;
          if (tagged.contains(name)) found++;
        }
      }
      assertThat(named).isGreaterThan(100);
      assertThat(found).isGreaterThanOrEqualTo(named * 7 / 10);

      // stories carry a section (their articles' vote) and who is in them
      Set<Long> stories = new HashSet<>();
      stored.values().forEach(a -> store.stories().storyOf(a.id()).ifPresent(stories::add));
      int withEntities = 0;
      for (long id : stories) {
        assertThat(store.stories().byId(id).orElseThrow().story().section()).isNotNull();
        if (!store.entities().ofStory(id, 16).isEmpty()) withEntities++;
      }
      assertThat(withEntities).isGreaterThanOrEqualTo(stories.size() * 9 / 10);
    }
  }

  private static Set<String> canonicals(TruthArticle t) {
    Set<String> out = new HashSet<>();
    t.titleEntities().forEach(e -> out.add(e.canonical()));
    t.textEntities().forEach(e -> out.add(e.canonical()));
    return out;
  }

  private static String canonical(String url) {
    return UrlCanonicalizer.tryCanonicalize(url).orElse(url);
  }
}
