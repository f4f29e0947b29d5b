package ua.strichka.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.search.Query;

/**
 * The query mix of the latency bench: the judged queries, one- to three-word queries and two-word
 * phrases from Ukrainian corpus titles; one in ten also filters by section, one in ten by the last
 * thirty days, one in ten sorts by date and one in ten collapses by story. Deterministic for a
 * seed.
 */
final class LatencyQueries {
  private static final List<String> SECTIONS =
      List.of("politics", "economy", "society", "world", "war", "incidents", "sport", "culture");

  private LatencyQueries() {}

  static List<Query> mix(Corpus corpus, List<JudgedQueries.Judged> judged, Instant now, long seed) {
    Random random = new Random(seed);
    List<String> words = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (CorpusArticle a : corpus.articles()) {
      if (!a.language().equals("uk")) continue;
      titles.add(a.original().title());
      for (String w : a.original().title().split("[^\\p{L}\\p{N}'’-]+")) {
        if (w.length() >= 4) words.add(w);
      }
    }
    List<String> texts = new ArrayList<>();
    judged.forEach(j -> texts.add(j.text()));
    for (int i = 0; i < 300; i++) {
      int n = 1 + random.nextInt(3);
      StringBuilder q = new StringBuilder();
      for (int w = 0; w < n; w++)
        q.append(w > 0 ? " " : "").append(words.get(random.nextInt(words.size())));
      texts.add(q.toString());
    }
    for (int i = 0; i < 50; i++) {
      String[] t = titles.get(random.nextInt(titles.size())).split("\\s+");
      if (t.length < 3) continue;
      int at = random.nextInt(t.length - 1);
      texts.add("\"" + t[at] + " " + t[at + 1] + "\"");
    }
    List<Query> queries = new ArrayList<>();
    for (String text : texts) {
      Query q = Query.parse(text);
      switch (random.nextInt(10)) {
        case 0 -> q = q.section(SECTIONS.get(random.nextInt(SECTIONS.size())));
        case 1 -> q = q.between(now.minus(Duration.ofDays(30)), null);
        case 2 -> q = q.order(Query.Order.DATE);
        case 3 -> q = q.collapse(true);
        default -> {}
      }
      queries.add(q);
    }
    Collections.shuffle(queries, random);
    return queries;
  }

  /**
   * What kind of query of the mix this is: its words (or phrase) and what was added to it, such as
   * {@code 2 words, date order}.
   */
  static String kind(Query q) {
    boolean phrase = q.groups().stream().flatMap(List::stream).anyMatch(Query.Clause::phrase);
    int words = q.groups().size();
    StringBuilder kind =
        new StringBuilder(phrase ? "phrase" : words + (words == 1 ? " word" : " words"));
    if (q.section() != null) kind.append(", section");
    if (q.from() != null || q.to() != null) kind.append(", date range");
    if (q.order() == Query.Order.DATE) kind.append(", date order");
    if (q.collapse()) kind.append(", collapse");
    return kind.toString();
  }
}
