package ua.strichka.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ua.strichka.classify.NewsFilter;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.sampleweb.CorpusOutlet;
import ua.strichka.story.Clusterer;
import ua.strichka.story.Ranker;
import ua.strichka.story.Story;
import ua.strichka.story.StoryDesk;

/**
 * The story stage against the sample corpus: language accuracy, repost precision and recall,
 * clustering pairwise and B-cubed scores, and top-10 agreement with the most covered events. Every
 * article (and every update) goes through {@link StoryDesk} in publication order, as a crawl of the
 * sample web would deliver them, the language detected rather than declared.
 */
public final class StoryQuality {
  private static final long HOUR = 3_600_000L;

  /** Figures of one run. */
  public record Figures(
      int articles,
      double titleLanguageAccuracy,
      double textLanguageAccuracy,
      double newsAccuracy,
      int goldReposts,
      int foundReposts,
      int rightReposts,
      int rightOriginals,
      double simhashRecall,
      ClusterScores clusters,
      int goldStories,
      int stories,
      double top10) {
    public double repostPrecision() {
      return foundReposts == 0 ? 1 : rightReposts / (double) foundReposts;
    }

    public double repostRecall() {
      return goldReposts == 0 ? 1 : rightReposts / (double) goldReposts;
    }

    public double originalAccuracy() {
      return rightReposts == 0 ? 0 : rightOriginals / (double) rightReposts;
    }
  }

  private StoryQuality() {}

  public static Figures measure(Clusterer.Settings settings) {
    Corpus corpus = Corpus.load();
    List<CorpusArticle> items = corpus.articles();
    double titleAccuracy = LanguageAccuracy.ofTitles(items).overall();
    double textAccuracy = LanguageAccuracy.ofFullTexts(items).overall();
    long newsRight =
        items.stream()
            .filter(i -> NewsFilter.isNews(i.original().title(), i.original().lead()) == i.news())
            .count();

    record Event(double hoursAgo, CorpusArticle item, CorpusArticle.Version version) {}
    List<Event> events = new ArrayList<>();
    for (CorpusArticle it : items) {
      events.add(new Event(it.hoursAgo(), it, it.original()));
      it.update().ifPresent(u -> events.add(new Event(u.hoursAgo(), it, u.version())));
    }
    events.sort(Comparator.comparingDouble(Event::hoursAgo).reversed());

    Map<String, Long> storyOf = new HashMap<>();
    List<Story> closed = new ArrayList<>();
    Clusterer clusterer =
        new Clusterer(
            settings,
            s -> {
              closed.add(s);
              for (String k : s.articles()) storyOf.put(k, s.id());
            });
    StoryDesk desk = new StoryDesk(clusterer, Duration.ofHours(72));
    Map<String, String> originalOf = new HashMap<>();
    Map<String, ua.strichka.dedup.Fingerprint> prints = new HashMap<>();
    for (Event e : events) {
      CorpusArticle it = e.item();
      CorpusOutlet outlet = corpus.outlet(it.outlet()).orElseThrow();
      String credited = null;
      if (it.credit() && it.repostOf().isPresent()) {
        String source = corpus.article(it.repostOf().get()).orElseThrow().outlet();
        credited = corpus.outlet(source).orElseThrow().domain();
      }
      StoryDesk.Outcome o =
          desk.add(
              new StoryDesk.Incoming(
                  it.id(),
                  it.outlet(),
                  outlet.domain(),
                  outlet.weight(),
                  Math.round(-e.hoursAgo() * HOUR),
                  e.version().title(),
                  e.version().lead(),
                  e.version().body(),
                  null,
                  it.section().slug(),
                  credited,
                  null));
      prints.put(it.id(), o.print());
      if (o.repostOf() != null) originalOf.put(it.id(), o.repostOf());
      else originalOf.remove(it.id());
      for (String k : o.verdict().relinked()) originalOf.put(k, o.verdict().newOriginal());
    }
    clusterer.closeAll();

    int gold = 0;
    int right = 0;
    int rightOriginal = 0;
    int simhashHits = 0;
    for (CorpusArticle it : items) {
      if (it.repostOf().isEmpty()) continue;
      String original = it.repostOf().get();
      gold++;
      if (originalOf.containsKey(it.id())) {
        right++;
        if (original.equals(originalOf.get(it.id()))) rightOriginal++;
      }
      if (prints.get(it.id()).hamming(prints.get(original)) <= 3) simhashHits++;
    }

    Map<String, Long> predicted = new HashMap<>();
    Map<String, String> truth = new HashMap<>();
    for (CorpusArticle it : items) {
      if (!it.news() || it.storyId().isEmpty()) continue;
      truth.put(it.id(), it.storyId().get());
      predicted.put(it.id(), storyOf.get(it.id()));
    }
    ClusterScores scores = ClusterScores.of(predicted, truth);

    // Top 10: the ranker's most covered stories (half-life long enough to ignore age) against the
    // Ukrainian events with most distinct outlets reporting them (reposts excluded).
    Map<Long, Story> latest = new LinkedHashMap<>();
    for (Story s : closed) latest.put(s.id(), s);
    Set<Long> alive = new HashSet<>(storyOf.values());
    List<Story> finalStories =
        latest.values().stream().filter(s -> alive.contains(s.id())).toList();
    Ranker coverage =
        new Ranker(new Ranker.Settings(Duration.ofDays(3650), Duration.ofHours(3), 0));
    List<String> predictedTop =
        coverage
            .top(finalStories.stream().filter(s -> s.language().equals("uk")).toList(), 0, 10)
            .stream()
            .map(r -> majority(r.story().articles(), truth))
            .toList();
    Map<String, Set<String>> outletsOfEvent = new HashMap<>();
    for (CorpusArticle it : items) {
      if (it.news()
          && it.repostOf().isEmpty()
          && it.storyId().isPresent()
          && it.language().equals("uk")) {
        outletsOfEvent.computeIfAbsent(it.storyId().get(), k -> new HashSet<>()).add(it.outlet());
      }
    }
    List<String> goldTop =
        outletsOfEvent.entrySet().stream()
            .sorted(
                Comparator.comparingInt((Map.Entry<String, Set<String>> x) -> -x.getValue().size())
                    .thenComparing(Map.Entry::getKey))
            .limit(10)
            .map(Map.Entry::getKey)
            .toList();
    int cut = outletsOfEvent.get(goldTop.getLast()).size();
    Set<String> goldTied =
        outletsOfEvent.entrySet().stream()
            .filter(x -> x.getValue().size() >= cut)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    long agree = predictedTop.stream().distinct().filter(goldTied::contains).count();

    return new Figures(
        items.size(),
        titleAccuracy,
        textAccuracy,
        newsRight / (double) items.size(),
        gold,
        originalOf.size(),
        right,
        rightOriginal,
        gold == 0 ? 0 : simhashHits / (double) gold,
        scores,
        new HashSet<>(truth.values()).size(),
        (int) predicted.values().stream().distinct().count(),
        Math.min(1, agree / 10.0));
  }

  private static String majority(List<String> keys, Map<String, String> truth) {
    return keys.stream()
        .map(truth::get)
        .filter(java.util.Objects::nonNull)
        .collect(Collectors.groupingBy(k -> k, Collectors.counting()))
        .entrySet()
        .stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("");
  }

  public static void print(Figures f, PrintWriter out) {
    out.printf(
        "stories: %d articles of the sample corpus, detected language, publication order%n",
        f.articles());
    out.printf(
        "  language accuracy       title %.3f   full text %.3f%n",
        f.titleLanguageAccuracy(), f.textLanguageAccuracy());
    out.printf("  news vs not-news        accuracy %.3f%n", f.newsAccuracy());
    out.printf(
        "  reposts                 precision %.3f   recall %.3f   (%d found, %d in truth, original right for %d)%n",
        f.repostPrecision(),
        f.repostRecall(),
        f.foundReposts(),
        f.goldReposts(),
        f.rightOriginals());
    out.printf(
        "  reposts, SimHash<=3     recall %.3f (for comparison: lightly edited copies are missed)%n",
        f.simhashRecall());
    ClusterScores c = f.clusters();
    out.printf(
        "  clustering, pairwise    precision %.3f   recall %.3f   F1 %.3f%n",
        c.pairPrecision(), c.pairRecall(), c.pairF1());
    out.printf(
        "  clustering, B-cubed     precision %.3f   recall %.3f   F1 %.3f%n",
        c.bcubedPrecision(), c.bcubedRecall(), c.bcubedF1());
    out.printf("  stories                 %d found, %d in truth%n", f.stories(), f.goldStories());
    out.printf("  top-10 agreement        %.1f (most covered Ukrainian events)%n", f.top10());
    out.flush();
  }

  /** Quick look from the command line during development. */
  public static void main(String[] args) {
    Clusterer.Settings d = Clusterer.Settings.defaults();
    if (args.length >= 1) {
      d =
          new Clusterer.Settings(
              Double.parseDouble(args[0]),
              args.length > 1 ? Double.parseDouble(args[1]) : d.mergeThreshold(),
              d.window(),
              args.length > 2 ? Duration.ofHours(Long.parseLong(args[2])) : d.timeScale(),
              args.length > 3 ? Double.parseDouble(args[3]) : d.bodyWeight(),
              args.length > 4 ? Double.parseDouble(args[4]) : d.entityWeight(),
              args.length > 5 ? Double.parseDouble(args[5]) : d.splitThreshold());
    }
    print(measure(d), new PrintWriter(System.out, true));
  }
}
