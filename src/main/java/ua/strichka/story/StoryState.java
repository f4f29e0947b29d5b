package ua.strichka.story;

import com.carrotsearch.hppc.ObjectIntHashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ua.strichka.classify.Section;
import ua.strichka.classify.SectionShares;
import ua.strichka.classify.SectionVote;

/** A live story inside the clusterer: its members, centroid and entity counts. */
final class StoryState {
  record Member(StoryArticle article, TermVector vector, double similarity) {}

  final long id;
  final String language;
  final Map<String, Member> members = new LinkedHashMap<>();
  final Centroid centroid = new Centroid();
  final ObjectIntHashMap<String> entities = new ObjectIntHashMap<>();
  long first = Long.MAX_VALUE;
  long last = Long.MIN_VALUE;

  StoryState(long id, String language) {
    this.id = id;
    this.language = language;
  }

  void add(Member m) {
    members.put(m.article().key(), m);
    first = Math.min(first, m.article().publishedMillis());
    last = Math.max(last, m.article().publishedMillis());
    if (m.article().isRepost()) return;
    centroid.add(m.vector(), 1);
    for (String e : m.article().entities()) entities.addTo(e, 1);
  }

  Member remove(String key) {
    Member m = members.remove(key);
    if (m == null || m.article().isRepost()) return m;
    centroid.add(m.vector(), -1);
    for (String e : m.article().entities()) {
      if (entities.addTo(e, -1) <= 0) entities.remove(e);
    }
    return m;
  }

  /** Time from the story's span to {@code t}: 0 inside it. */
  long gap(long t) {
    if (members.isEmpty()) return 0;
    if (t < first) return first - t;
    return t > last ? t - last : 0;
  }

  /** Share of the article's entities the story already names (0 when either has none). */
  double entityOverlap(StoryArticle a) {
    if (a.entities().isEmpty() || entities.isEmpty()) return 0;
    int shared = 0;
    for (String e : a.entities()) if (entities.containsKey(e)) shared++;
    return shared / (double) Math.min(a.entities().size(), entities.size());
  }

  Story summary(TermStats stats) {
    List<Member> ranked = new ArrayList<>(members.values());
    Map<Member, Double> centrality = new HashMap<>();
    for (Member m : ranked) {
      double[] w = m.vector().tfidf(stats);
      centrality.put(m, centroid.cosine(m.vector().terms, w, TermVector.norm(w), stats));
    }
    ranked.sort(
        Comparator.comparing((Member m) -> m.article().isRepost())
            .thenComparing(m -> -centrality.get(m))
            .thenComparingLong(m -> m.article().publishedMillis()));
    Member headline = null;
    double best = -1;
    Member firstReport = null;
    Map<String, Double> outlets = new LinkedHashMap<>();
    List<Long> times = new ArrayList<>();
    SectionVote vote = new SectionVote();
    Map<String, Double> sections = new HashMap<>();
    int reposts = 0;
    for (Member m : ranked) {
      StoryArticle a = m.article();
      if (a.isRepost()) {
        reposts++;
        continue;
      }
      double score = centrality.get(m) * (0.5 + 0.5 * a.outletWeight());
      if (score > best) {
        best = score;
        headline = m;
      }
      if (firstReport == null || a.publishedMillis() < firstReport.article().publishedMillis()) {
        firstReport = m;
      }
      outlets.merge(a.outlet(), a.outletWeight(), Math::max);
      times.add(a.publishedMillis());
      vote(vote, a);
      if (a.section() != null) sections.merge(a.section(), 0.1 + a.outletWeight(), Double::sum);
    }
    if (headline == null) headline = ranked.get(0);
    if (firstReport == null) firstReport = headline;
    times.sort(null);
    // The articles' vote when it is confident; else the sections they show, weighed by their
    // outlets (a tie between two outlets' labels goes to the weightier outlet).
    Optional<Section> decided = vote.decided();
    String section =
        decided
            .map(Section::slug)
            .orElseGet(
                () ->
                    sections.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey)
                        .orElse(null));
    Map<String, String> classified = new HashMap<>();
    for (Member m : ranked) {
      double[] shares = m.article().sectionShares();
      if (shares == null) continue;
      classified.put(m.article().key(), decided.orElse(SectionShares.top(shares)).slug());
    }
    return new Story(
        id,
        language,
        section,
        headline.article().title(),
        headline.article().lead(),
        firstReport.article().key(),
        firstReport.article().outlet(),
        Map.copyOf(outlets),
        List.copyOf(times),
        ranked.stream().map(m -> m.article().key()).toList(),
        reposts,
        first,
        last,
        decided.isPresent(),
        Map.copyOf(classified));
  }

  /**
   * An original report's vote on the story's section: an outlet's label whole, the classifier's
   * shares as shares (reposts copy another's words and do not vote).
   */
  private static void vote(SectionVote vote, StoryArticle a) {
    if (a.sectionShares() != null) {
      vote.add(a.sectionShares());
    } else {
      Section.bySlug(a.section()).ifPresent(vote::add);
    }
  }
}
