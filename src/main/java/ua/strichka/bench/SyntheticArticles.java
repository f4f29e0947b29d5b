package ua.strichka.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongConsumer;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.sampleweb.CorpusOutlet;
import ua.strichka.sampleweb.EntitySpan;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.EntityRecord;
import ua.strichka.store.EntityRepository;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Repositories;
import ua.strichka.store.Store;
import ua.strichka.store.StoryRecord;
import ua.strichka.store.StoryRepository;

/**
 * Synthetic news at scale, recombined from the sample corpus: each article takes the language,
 * section and outlet of a corpus article, a corpus title (its second half sometimes swapped with
 * another's), and a lead and five to twelve body sentences drawn from corpus articles of the same
 * language — mostly of the same section — with the entities those sentences name. Publication times
 * spread over two years; three articles in five belong to a story of about four.
 *
 * <p>The vocabulary is the corpus's, so posting lists are long and searches pessimistic compared to
 * real news, whose vocabulary grows with the archive. Deterministic for a seed.
 */
final class SyntheticArticles {
  private static final Duration SPREAD = Duration.ofDays(730);
  private static final int BATCH = 2_000;

  /** A title or sentence and the entities it names ("TYPE:Canonical name" → mentions). */
  record Piece(String text, Map<String, Integer> entities) {}

  private final Corpus corpus;
  private final Random random;
  private final Map<String, List<Piece>> sentencesBySection = new HashMap<>();
  private final Map<String, List<Piece>> sentencesByLanguage = new HashMap<>();
  private final Map<String, List<Piece>> titlesByLanguage = new HashMap<>();
  private final Map<String, Long> entities = new HashMap<>();

  SyntheticArticles(Corpus corpus, long seed) {
    this.corpus = corpus;
    this.random = new Random(seed);
    for (CorpusArticle a : corpus.articles()) {
      CorpusArticle.Version v = a.original();
      titlesByLanguage
          .computeIfAbsent(a.language(), k -> new ArrayList<>())
          .add(new Piece(v.title(), names(v.titleEntities(), 0, v.title().length())));
      for (Piece s : sentences(v.text(), v.textEntities())) {
        sentencesBySection.computeIfAbsent(key(a), k -> new ArrayList<>()).add(s);
        sentencesByLanguage.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(s);
      }
    }
  }

  /** Writes {@code count} articles published before {@code start}; reports each batch written. */
  void write(Store store, int count, Instant start, LongConsumer written) {
    Map<String, CorpusOutlet> outlets = new HashMap<>();
    Map<String, Long> outletIds = new HashMap<>();
    for (CorpusOutlet o : corpus.outlets()) {
      outlets.put(o.slug(), o);
      outletIds.put(
          o.slug(),
          store
              .outlets()
              .upsert(OutletRecord.of(o.slug(), o.name(), "https://" + o.domain() + "/")));
    }
    Map<Integer, Long> stories = new HashMap<>();
    for (int from = 0; from < count; from += BATCH) {
      int to = Math.min(count, from + BATCH);
      List<Drawn> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) batch.add(draw(i, outlets, outletIds, start));
      // one transaction and one prepared batch per table: one upsert each ran ~160 articles/s
      store.inTransaction(
          tx -> {
            long[] ids = tx.articles().upsertAll(batch.stream().map(Drawn::article).toList());
            List<EntityRepository.Mention> mentions = new ArrayList<>();
            List<StoryRepository.Member> members = new ArrayList<>();
            for (int k = 0; k < ids.length; k++) {
              Drawn d = batch.get(k);
              for (var e : d.named().entrySet())
                mentions.add(
                    new EntityRepository.Mention(ids[k], entity(tx, e.getKey()), e.getValue()));
              if (d.story() >= 0) {
                long story =
                    stories.computeIfAbsent(
                        d.story(),
                        key ->
                            tx.stories()
                                .create(
                                    StoryRecord.of(
                                        d.article().title(),
                                        d.article().lead(),
                                        null,
                                        d.article().publishedAt())));
                members.add(new StoryRepository.Member(story, ids[k], null, start));
              }
            }
            tx.entities().mentionAll(mentions);
            tx.stories().addArticles(members);
            return null;
          });
      written.accept(to);
    }
  }

  /** An article drawn, the entities it names, and its story key ({@code -1}: in no story). */
  private record Drawn(ArticleRecord article, Map<String, Integer> named, int story) {}

  /** The {@code i}th article; draws from {@link #random} in a fixed order (deterministic data). */
  private Drawn draw(
      int i, Map<String, CorpusOutlet> outlets, Map<String, Long> outletIds, Instant start) {
    CorpusArticle template = corpus.articles().get(random.nextInt(corpus.articles().size()));
    CorpusOutlet outlet = outlets.get(template.outlet());
    Map<String, Integer> named = new LinkedHashMap<>();
    String title = take(title(template.language()), named);
    String lead = take(sentence(template), named);
    StringBuilder body = new StringBuilder();
    int sentences = 5 + random.nextInt(8);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) body.append(s % 3 == 0 ? "\n\n" : " ");
      body.append(take(sentence(template), named));
    }
    Instant published = start.minusSeconds((long) (random.nextDouble() * SPREAD.toSeconds()));
    ArticleRecord article =
        ArticleRecord.builder(
                "https://" + outlet.domain() + "/synthetic/" + i,
                outletIds.get(outlet.slug()),
                title)
            .lead(lead)
            .body(body.toString())
            .language(template.language())
            .section(template.section() == null ? null : template.section().slug())
            .publishedAt(published)
            .fetchedAt(published.plusSeconds(random.nextInt(3600)))
            .build();
    return new Drawn(article, named, random.nextInt(5) < 3 ? i / 4 : -1);
  }

  /** Sentences of a text (cut after . ! ? or … and a space) with the entities named in each. */
  static List<Piece> sentences(String text, List<EntitySpan> spans) {
    List<Piece> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '.' || c == '!' || c == '?' || c == '…';
      boolean last = i + 1 == text.length();
      if (last || (end && Character.isWhitespace(text.charAt(i + 1)) && !insideName(spans, i))) {
        String s = text.substring(start, i + 1).strip();
        if (s.length() > 20) out.add(new Piece(s, names(spans, start, i + 1)));
        start = i + 1;
      }
    }
    return out;
  }

  /** Whether position {@code i} falls inside a mention («В. І. Вернадський» has full stops). */
  private static boolean insideName(List<EntitySpan> spans, int i) {
    for (EntitySpan s : spans) {
      if (i >= s.start() && i < s.end() - 1) return true;
    }
    return false;
  }

  private static Map<String, Integer> names(List<EntitySpan> spans, int from, int to) {
    Map<String, Integer> names = new LinkedHashMap<>();
    for (EntitySpan s : spans) {
      if (s.start() >= from && s.end() <= to)
        names.merge(s.type() + ":" + s.canonical(), 1, Integer::sum);
    }
    return names;
  }

  private static String take(Piece piece, Map<String, Integer> named) {
    piece.entities().forEach((k, v) -> named.merge(k, v, Integer::sum));
    return piece.text();
  }

  private long entity(Repositories tx, String typeAndName) {
    return entities.computeIfAbsent(
        typeAndName,
        k -> {
          String[] typeName = k.split(":", 2);
          return tx.entities()
              .upsert(EntityRecord.of(CorpusSeed.slug(typeName[1]), typeName[1], typeName[0]));
        });
  }

  private Piece title(String lang) {
    List<Piece> titles = titlesByLanguage.get(lang);
    Piece title = titles.get(random.nextInt(titles.size()));
    int colon = title.text().indexOf(": ");
    if (colon > 0 && random.nextBoolean()) {
      Piece other = titles.get(random.nextInt(titles.size()));
      int otherColon = other.text().indexOf(": ");
      if (otherColon > 0) {
        Map<String, Integer> both = new LinkedHashMap<>(title.entities());
        other.entities().forEach((k, v) -> both.merge(k, v, Integer::sum));
        return new Piece(
            title.text().substring(0, colon) + other.text().substring(otherColon), both);
      }
    }
    return title;
  }

  /** A sentence of the same section seven times in ten, else of the same language. */
  private Piece sentence(CorpusArticle template) {
    List<Piece> pool = sentencesBySection.get(key(template));
    if (pool == null || random.nextInt(10) >= 7)
      pool = sentencesByLanguage.get(template.language());
    return pool.get(random.nextInt(pool.size()));
  }

  private static String key(CorpusArticle a) {
    return a.language() + "/" + (a.section() == null ? "" : a.section().slug());
  }
}
