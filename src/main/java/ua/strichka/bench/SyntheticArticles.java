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
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.Store;

/**
 * Synthetic news at scale, recombined from the sample corpus: each article takes the language,
 * section and outlet of a corpus article, a corpus title (its second half sometimes swapped with
 * another's), and a lead and five to twelve body sentences drawn from corpus articles of the same
 * language — mostly of the same section — with their entity tags. Publication times spread over two
 * years; three articles in five belong to a story of about four.
 *
 * <p>The vocabulary is the corpus's, so posting lists are long and searches pessimistic compared to
 * real news, whose vocabulary grows with the archive. Deterministic for a seed.
 */
final class SyntheticArticles {
  private static final Duration SPREAD = Duration.ofDays(730);
  private static final int BATCH = 2_000;

  private final SampleCorpus corpus;
  private final Random random;
  private final Map<String, List<String>> sentencesBySection = new HashMap<>();
  private final Map<String, List<String>> sentencesByLanguage = new HashMap<>();
  private final Map<String, List<String>> titlesByLanguage = new HashMap<>();

  SyntheticArticles(SampleCorpus corpus, long seed) {
    this.corpus = corpus;
    this.random = new Random(seed);
    for (SampleCorpus.Article a : corpus.articles) {
      titlesByLanguage
          .computeIfAbsent(a.language(), k -> new ArrayList<>())
          .add(a.original().markedTitle());
      for (String s : sentences(a.original().markedText())) {
        sentencesBySection
            .computeIfAbsent(a.language() + "/" + a.section(), k -> new ArrayList<>())
            .add(s);
        sentencesByLanguage.computeIfAbsent(a.language(), k -> new ArrayList<>()).add(s);
      }
    }
  }

  /** Writes {@code count} articles published before {@code start}; reports each batch written. */
  void write(BenchStore bench, int count, Instant start, LongConsumer written) {
    Map<String, SampleCorpus.Outlet> outlets = new HashMap<>();
    corpus.outlets.forEach(o -> outlets.put(o.slug(), o));
    Store store = bench.store();
    for (int from = 0; from < count; from += BATCH) {
      int to = Math.min(count, from + BATCH);
      Map<Long, Map<String, Integer>> tags = new HashMap<>();
      Map<Long, String> stories = new HashMap<>();
      int first = from;
      store.inTransaction(
          tx -> {
            for (int i = first; i < to; i++) {
              SampleCorpus.Article template =
                  corpus.articles.get(random.nextInt(corpus.articles.size()));
              SampleCorpus.Outlet outlet = outlets.get(template.outlet());
              Map<String, Integer> entities = new LinkedHashMap<>();
              String title = SampleCorpus.strip(title(template.language()), entities);
              String lang = template.language();
              String section = lang + "/" + template.section();
              String lead = SampleCorpus.strip(pick(section, lang), entities);
              StringBuilder body = new StringBuilder();
              int sentences = 5 + random.nextInt(8);
              for (int s = 0; s < sentences; s++) {
                if (s > 0) body.append(s % 3 == 0 ? "\n\n" : " ");
                body.append(SampleCorpus.strip(pick(section, lang), entities));
              }
              Instant published =
                  start.minusSeconds((long) (random.nextDouble() * SPREAD.toSeconds()));
              long id =
                  tx.articles()
                      .upsert(
                          ArticleRecord.builder(
                                  "https://" + outlet.domain() + "/synthetic/" + i,
                                  bench.outlet(outlet),
                                  title)
                              .lead(lead)
                              .body(body.toString())
                              .language(lang)
                              .section(template.section())
                              .publishedAt(published)
                              .fetchedAt(published.plusSeconds(random.nextInt(3600)))
                              .build());
              tags.put(id, entities);
              if (random.nextInt(5) < 3) stories.put(id, "synthetic-" + (i / 4));
            }
            return null;
          });
      store
          .jdbi()
          .useTransaction(
              h -> {
                bench.tag(h, tags);
                bench.join(h, stories, start);
              });
      written.accept(to);
    }
  }

  private String title(String lang) {
    List<String> titles = titlesByLanguage.get(lang);
    String title = titles.get(random.nextInt(titles.size()));
    int colon = title.indexOf(": ");
    if (colon > 0 && random.nextBoolean()) {
      String other = titles.get(random.nextInt(titles.size()));
      int otherColon = other.indexOf(": ");
      if (otherColon > 0) return title.substring(0, colon) + other.substring(otherColon);
    }
    return title;
  }

  /**
   * Sentences of marked text: cut after . ! ? or … followed by a space, never inside a mention's
   * brackets (names with initials have full stops).
   */
  static List<String> sentences(String marked) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == '[' || c == '(') depth++;
      if ((c == ']' || c == ')') && depth > 0) depth--;
      boolean end = c == '.' || c == '!' || c == '?' || c == '…';
      if (depth == 0
          && end
          && i + 1 < marked.length()
          && Character.isWhitespace(marked.charAt(i + 1))) {
        add(out, marked.substring(start, i + 1));
        start = i + 1;
      }
    }
    add(out, marked.substring(start));
    return out;
  }

  private static void add(List<String> out, String sentence) {
    String s = sentence.strip();
    if (s.length() > 20) out.add(s);
  }

  /** A sentence of the same section seven times in ten, else of the same language. */
  private String pick(String section, String lang) {
    List<String> pool = sentencesBySection.get(section);
    if (pool == null || random.nextInt(10) >= 7) pool = sentencesByLanguage.get(lang);
    return pool.get(random.nextInt(pool.size()));
  }
}
