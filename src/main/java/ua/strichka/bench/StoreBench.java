package ua.strichka.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.EntityRecord;
import ua.strichka.store.EntityRepository;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.store.StoryRecord;
import ua.strichka.store.StoryRepository;

/**
 * {@code strichka bench store}: the story page's related stories and an entity's page on a store of
 * many articles — the two reads whose cost grows with the store. A fresh SQLite store gets {@code
 * articles} synthetic articles in stories of one to eight, each naming its story's two own names
 * and eight drawn from 20,000 by Zipf's law (so the commonest is in about half the articles, as
 * Україна is in Ukrainian news); then each read is timed, wall clock, one thread, warm.
 */
public final class StoreBench {
  private static final int NAMES = 20_000;

  private StoreBench() {}

  /** Builds the store, times the reads, prints the table; returns the related stories found. */
  public static int run(PrintWriter out, int articles, int samples) throws Exception {
    Path dir = Files.createTempDirectory("strichka-bench-store");
    try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("bench.db"), "", "", 2)) {
      long t0 = System.nanoTime();
      long stories = fill(store, articles, new Random(7));
      out.printf(
          "store: %,d articles, %,d stories, %,d names (Zipf); built in %.1f s%n",
          articles, stories, NAMES, (System.nanoTime() - t0) / 1e9);
      Random r = new Random(11);
      long[] related = new long[samples];
      int found = 0;
      for (int round = 0; round < 2; round++) { // the first round warms up
        for (int i = 0; i < samples; i++) {
          long id = 1 + r.nextInt((int) stories);
          long t = System.nanoTime();
          found += store.stories().related(id, 5).size();
          related[i] = System.nanoTime() - t;
        }
      }
      out.println(row("related stories (5)", related));
      String[] slugs = {"n0", "n1", "n10", "n100", "n1000"};
      long[] entity = new long[slugs.length * 10];
      for (int i = 0; i < entity.length; i++) {
        long id = store.entities().bySlug(slugs[i % slugs.length]).orElseThrow().id();
        long t = System.nanoTime();
        store.stories().byEntity(id, 20, 0);
        store.entities().articleCount(id);
        entity[i] = System.nanoTime() - t;
      }
      out.println(row("entity page (20 stories)", entity));
      out.flush();
      return found;
    } finally {
      WorkFolder.delete(dir);
    }
  }

  private static String row(String what, long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format(
        "  %-26s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d reads)",
        what,
        s[s.length / 2] / 1e6,
        s[(int) (s.length * 0.95)] / 1e6,
        s[s.length - 1] / 1e6,
        s.length);
  }

  private static long fill(Store store, int articles, Random r) {
    long outlet =
        store.outlets().upsert(OutletRecord.of("bench", "Bench", "https://bench.example/"));
    long[] names = new long[NAMES];
    double[] cdf = new double[NAMES];
    double sum = 0;
    for (int i = 0; i < NAMES; i++) {
      names[i] = store.entities().upsert(EntityRecord.of("n" + i, "Назва " + i, "LOC"));
      sum += 1.0 / (i + 1);
      cdf[i] = sum;
    }
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    long stories = 0;
    for (int done = 0; done < articles; ) {
      int batch = Math.min(2_000, articles - done);
      List<ArticleRecord> page = new ArrayList<>(batch);
      for (int i = 0; i < batch; i++) {
        page.add(
            ArticleRecord.builder("https://bench.example/" + (done + i), outlet, "Стаття")
                .publishedAt(t0.plusSeconds(60L * (done + i)))
                .build());
      }
      long[] ids = store.articles().upsertAll(page);
      List<EntityRepository.Mention> mentions = new ArrayList<>();
      List<StoryRepository.Member> members = new ArrayList<>();
      for (int i = 0; i < ids.length; ) {
        long story = store.stories().create(StoryRecord.of("Сюжет", null, "politics", t0));
        stories++;
        int[] own = {r.nextInt(NAMES), r.nextInt(NAMES)};
        for (int k = 1 + r.nextInt(8); k > 0 && i < ids.length; k--, i++) {
          Set<Integer> named = new HashSet<>();
          for (int o : own) named.add(o);
          for (int z = 0; z < 8; z++) {
            int at = Arrays.binarySearch(cdf, r.nextDouble() * sum);
            named.add(Math.min(at < 0 ? -at - 1 : at, NAMES - 1));
          }
          for (int n : named) mentions.add(new EntityRepository.Mention(ids[i], names[n], 1));
          members.add(new StoryRepository.Member(story, ids[i], null, t0));
        }
      }
      store.entities().mentionAll(mentions);
      store.stories().addArticles(members);
      done += batch;
    }
    // One statement for every story: updateStats, the clusterer's, is one story at a time.
    store
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE story SET article_count ="
                        + " (SELECT COUNT(*) FROM story_article sa WHERE sa.story_id = story.id)"));
    return stories;
  }
}
