package ua.strichka.bench;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;

/**
 * Writes bench data into a store the way the pipeline will: outlets and articles through the
 * repositories, entity tags and story memberships by SQL (their stages have no repositories yet).
 */
final class BenchStore {
  private final Store store;
  private final Map<String, Long> outlets = new HashMap<>();
  private final Map<String, Long> entities = new HashMap<>();
  private final Map<String, Long> stories = new HashMap<>();

  BenchStore(Store store) {
    this.store = store;
  }

  Store store() {
    return store;
  }

  long outlet(SampleCorpus.Outlet o) {
    return outlets.computeIfAbsent(
        o.slug(),
        s -> store.outlets().upsert(OutletRecord.of(s, o.name(), "https://" + o.domain() + "/")));
  }

  /** Tags articles with entities (canonical name → mentions), in one batch. */
  void tag(Handle h, Map<Long, Map<String, Integer>> tags) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO article_entity (article_id, entity_id, mentions) VALUES (:a, :e, :m)"
                + " ON CONFLICT (article_id, entity_id) DO UPDATE SET mentions = excluded.mentions");
    tags.forEach(
        (article, names) ->
            names.forEach(
                (name, mentions) ->
                    batch.bind("a", article).bind("e", entity(h, name)).bind("m", mentions).add()));
    if (batch.size() > 0) batch.execute();
  }

  /** Puts articles into stories by key (one story row per key), in one batch. */
  void join(Handle h, Map<Long, String> storyOf, Instant when) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO story_article (article_id, story_id, joined_at) VALUES (:a, :s, :t)"
                + " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,"
                + " joined_at = excluded.joined_at");
    storyOf.forEach(
        (article, key) ->
            batch
                .bind("a", article)
                .bind("s", story(h, key, when))
                .bind("t", when.toEpochMilli())
                .add());
    if (batch.size() > 0) batch.execute();
  }

  private long entity(Handle h, String name) {
    Long id = entities.get(name);
    if (id != null) return id;
    long created =
        h.createQuery(
                "INSERT INTO entity (slug, name, type) VALUES (:slug, :name, 'ENT') RETURNING id")
            .bind("slug", slug(name) + "-" + (entities.size() + 1))
            .bind("name", name)
            .mapTo(Long.class)
            .one();
    entities.put(name, created);
    return created;
  }

  private long story(Handle h, String key, Instant when) {
    Long id = stories.get(key);
    if (id != null) return id;
    long created =
        h.createQuery(
                "INSERT INTO story (title, created_at, updated_at) VALUES (:t, :w, :w) RETURNING id")
            .bind("t", key)
            .bind("w", when.toEpochMilli())
            .mapTo(Long.class)
            .one();
    stories.put(key, created);
    return created;
  }

  private static String slug(String name) {
    String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    return s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }
}
