package ua.strichka.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Online clustering: each new article joins the most similar open story or starts one.
 *
 * <p>Placing an article: its terms are weighted by TF-IDF (IDF maintained incrementally); the
 * {@link CandidateIndex} names at most 24 open stories of the same language that share its most
 * distinctive title/lead terms or entities; each is scored by
 *
 * <pre>similarity = (cosine(article, story centroid) + entityWeight · shared-entity share)
 *              · exp(−gap / timeScale)</pre>
 *
 * where gap is the time between the article and the story's span. The best story at or above the
 * threshold gets the article. When the article is as close to a second story and the two stories'
 * centroids agree, the article is evidence they are one event: they merge. Nothing here depends on
 * how many articles were stored before; a story closes when no article has joined it for the window
 * (by publication time), so long-running stories live as long as news keeps coming.
 *
 * <p>Same outlet: an outlet's follow-ups on an event (new casualty figures, a reaction) belong to
 * the event's story, so its articles join like anyone else's; they simply do not raise the story's
 * outlet count. Reposts join their original's story without a similarity test and without touching
 * its centroid, so a text copied five times does not pull the story towards itself.
 *
 * <p>Thread-safe by confinement: every public method is synchronized; analysis (lemmas,
 * fingerprints) runs in parallel before it.
 */
public final class Clusterer {
  /**
   * Tuning knobs; {@link #defaults()} are the values measured on the sample corpus.
   *
   * @param threshold least similarity to join a story
   * @param mergeThreshold least centroid cosine for two stories an article bridges to merge
   * @param window how long a story stays open after its latest article
   * @param timeScale how fast similarity fades with the time between article and story
   * @param bodyWeight weight of a body term relative to a title/lead term
   * @param entityWeight weight of the shared-entity share
   * @param splitThreshold centroid cosine below which the two halves of a story are two events (see
   *     {@link Drift}); below {@code mergeThreshold}, so a split is never merged back at once
   */
  public record Settings(
      double threshold,
      double mergeThreshold,
      Duration window,
      Duration timeScale,
      double bodyWeight,
      double entityWeight,
      double splitThreshold) {
    /**
     * Measured on the sample corpus (B-cubed F1 0.976): a lower threshold (0.22) or a shorter time
     * scale (36 h) merges or splits visibly worse; see {@code strichka bench quality}. Splitting
     * drifted stories at 0.3 (to 0.33) took pairwise precision from 0.939 to 0.980 at the same
     * recall; 0.25 and below split nothing there.
     */
    public static Settings defaults() {
      return new Settings(
          0.25, 0.35, Duration.ofHours(72), Duration.ofHours(120), 0.3, 0.15, SPLIT_DEFAULT);
    }
  }

  /**
   * Where an article went.
   *
   * @param merged ids of stories merged into {@code storyId} by this article (now closed)
   * @param split ids of stories split off the story the article joined, because it had drifted into
   *     two events (open; the article itself may be in one of them, then {@code storyId} is it)
   * @param update true when the article's key was already placed (its text replaced)
   */
  public record Placement(
      long storyId,
      double similarity,
      boolean newStory,
      List<Long> merged,
      List<Long> split,
      boolean update) {}

  static final double SPLIT_DEFAULT = 0.3;

  /** Terms of an article looked up in the candidate index. */
  private static final int LOOKUP_TERMS = 12;

  private final Settings settings;
  private final TermStats stats = new TermStats();
  private final CandidateIndex index = new CandidateIndex();
  private final LinkedHashMap<Long, StoryState> open = new LinkedHashMap<>();
  private final Map<String, StoryState> storyOfKey = new HashMap<>();
  private final Consumer<Story> onClose;
  private long nextId = 1;
  private long newest = Long.MIN_VALUE;

  public Clusterer(Settings settings) {
    this(settings, s -> {});
  }

  /** {@code onClose} receives each story as it closes (window passed, or merged away). */
  public Clusterer(Settings settings, Consumer<Story> onClose) {
    this.settings = settings;
    this.onClose = onClose;
  }

  /** Places the article; the same key again replaces its text and keeps it in its story. */
  public synchronized Placement add(StoryArticle a) {
    StoryState previous = storyOfKey.get(a.key());
    if (previous != null) return update(previous, a);
    newest = Math.max(newest, a.publishedMillis());
    closeOlderThan(newest - settings.window().toMillis());

    TermVector vector = TermVector.of(a.headTerms(), a.bodyTerms(), settings.bodyWeight(), stats);
    if (!a.isRepost()) stats.countDocument(vector.terms);

    if (a.isRepost()) {
      StoryState original = storyOfKey.get(a.repostOf());
      if (original != null && original.language.equals(a.language())) {
        join(original, a, vector, 1.0);
        return new Placement(original.id, 1.0, false, List.of(), List.of(), false);
      }
    }
    double[] tfidf = vector.tfidf(stats);
    double norm = TermVector.norm(tfidf);
    List<String> lookup = lookupTerms(a, vector, tfidf);
    double[] lookupWeights = new double[lookup.size()];
    java.util.Arrays.fill(lookupWeights, 1.0);

    StoryState best = null;
    double bestScore = 0;
    StoryState second = null;
    double secondScore = 0;
    for (long id : index.candidates(lookup, lookupWeights, this::isOpen)) {
      StoryState s = open.get(id);
      if (s == null || !s.language.equals(a.language()) || s.centroid.isEmpty()) continue;
      double score = similarity(s, a, vector, tfidf, norm);
      if (score > bestScore) {
        second = best;
        secondScore = bestScore;
        best = s;
        bestScore = score;
      } else if (score > secondScore) {
        second = s;
        secondScore = score;
      }
    }
    if (best == null || bestScore < settings.threshold()) {
      StoryState s = new StoryState(nextId++, a.language());
      open.put(s.id, s);
      join(s, a, vector, 0);
      post(s, lookup);
      return new Placement(s.id, 0, true, List.of(), List.of(), false);
    }
    List<Long> merged = List.of();
    if (second != null
        && secondScore >= settings.threshold()
        && best.centroid.cosine(second.centroid, stats) >= settings.mergeThreshold()) {
      merged = List.of(second.id);
      merge(second, best);
    }
    join(best, a, vector, bestScore);
    post(best, lookup);
    List<Long> split = splitIfDrifted(best);
    long placed = storyOfKey.get(a.key()).id;
    return new Placement(placed, bestScore, false, merged, split, false);
  }

  /**
   * Marks a placed article as a repost of {@code original} (dedup found the original after it): it
   * stops counting for its story and moves to the original's story when that differs. Returns the
   * story it is in afterwards, or empty when the article is not open.
   */
  public synchronized Optional<Long> markRepost(String key, String original) {
    StoryState s = storyOfKey.get(key);
    if (s == null) return Optional.empty();
    StoryState.Member m = s.members.get(key);
    if (original.equals(m.article().repostOf())) return Optional.of(s.id);
    s.remove(key);
    StoryState target = storyOfKey.getOrDefault(original, s);
    if (target != s && s.members.isEmpty()) open.remove(s.id);
    join(target, m.article().asRepostOf(original), m.vector(), 1.0);
    return Optional.of(target.id);
  }

  /** Removes the article from its story (deleted); a story left empty closes. */
  public synchronized void remove(String key) {
    StoryState s = storyOfKey.remove(key);
    if (s == null) return;
    s.remove(key);
    if (s.members.isEmpty()) open.remove(s.id);
  }

  /** The open story {@code id}, summarised now. */
  public synchronized Optional<Story> story(long id) {
    StoryState s = open.get(id);
    return s == null ? Optional.empty() : Optional.of(s.summary(stats));
  }

  /** The open story holding {@code key}, if any. */
  public synchronized Optional<Long> storyOf(String key) {
    StoryState s = storyOfKey.get(key);
    return s == null ? Optional.empty() : Optional.of(s.id);
  }

  /** Every open story, summarised now. */
  public synchronized List<Story> openStories() {
    List<Story> out = new ArrayList<>(open.size());
    for (StoryState s : open.values()) out.add(s.summary(stats));
    return out;
  }

  /** Closes every open story (end of a batch), handing each to the close listener. */
  public synchronized void closeAll() {
    closeOlderThan(Long.MAX_VALUE);
  }

  public synchronized int openCount() {
    return open.size();
  }

  /** Terms the candidate index holds lists for: what its memory grows with. */
  synchronized int indexedTerms() {
    return index.terms();
  }

  private Placement update(StoryState s, StoryArticle a) {
    StoryState.Member old = s.remove(a.key());
    TermVector vector = TermVector.of(a.headTerms(), a.bodyTerms(), settings.bodyWeight(), stats);
    double[] tfidf = vector.tfidf(stats);
    double score =
        a.isRepost() || s.centroid.isEmpty()
            ? old.similarity()
            : similarity(s, a, vector, tfidf, TermVector.norm(tfidf));
    join(s, a, vector, score);
    post(s, lookupTerms(a, vector, tfidf));
    return new Placement(s.id, score, false, List.of(), List.of(), true);
  }

  private double similarity(
      StoryState s, StoryArticle a, TermVector v, double[] tfidf, double norm) {
    double cosine = s.centroid.cosine(v.terms, tfidf, norm, stats);
    double entities = settings.entityWeight() * s.entityOverlap(a);
    double decay = Math.exp(-s.gap(a.publishedMillis()) / (double) settings.timeScale().toMillis());
    return (cosine + entities) * decay;
  }

  private void join(StoryState s, StoryArticle a, TermVector v, double similarity) {
    // The body's lemmas live on in the vector; as a list they were most of a member's memory.
    s.add(new StoryState.Member(a.withoutBodyTerms(), v, similarity));
    storyOfKey.put(a.key(), s);
    // Most recently joined last: the oldest story to close is always first.
    open.remove(s.id);
    open.put(s.id, s);
  }

  private void merge(StoryState from, StoryState into) {
    for (StoryState.Member m : from.members.values()) {
      into.add(m);
      storyOfKey.put(m.article().key(), into);
    }
    open.remove(from.id);
    onClose.accept(from.summary(stats));
  }

  /**
   * Splits the story when it has drifted into two events: the smaller half becomes a new open
   * story, findable by its own terms. Returns the new story's id, if any.
   */
  private List<Long> splitIfDrifted(StoryState s) {
    if (!Drift.due(s)) return List.of();
    Set<String> moved = Drift.split(s, stats, settings.splitThreshold());
    if (moved.isEmpty()) return List.of();
    StoryState part = new StoryState(nextId++, s.language);
    for (String key : moved) {
      StoryState.Member m = s.remove(key);
      part.add(m);
      storyOfKey.put(key, part);
    }
    open.put(part.id, part);
    for (StoryState.Member m : part.members.values()) {
      if (m.article().isRepost()) continue;
      post(part, lookupTerms(m.article(), m.vector(), m.vector().tfidf(stats)));
    }
    return List.of(part.id);
  }

  private void post(StoryState s, List<String> lookup) {
    for (String t : lookup) index.post(t, s.id);
    index.sweep(this::isOpen);
  }

  private boolean isOpen(long id) {
    return open.containsKey(id);
  }

  /** The article's most distinctive title/lead terms, then its entities (prefixed). */
  private List<String> lookupTerms(StoryArticle a, TermVector v, double[] tfidf) {
    Map<Integer, String> names = new HashMap<>();
    for (String t : a.headTerms()) names.putIfAbsent(stats.id(t), t);
    List<String> out = new ArrayList<>(LOOKUP_TERMS + a.entities().size());
    for (int i : TermVector.top(tfidf, tfidf.length)) {
      String name = names.get(v.terms[i]);
      if (name != null) out.add(a.language() + ':' + name);
      if (out.size() == LOOKUP_TERMS) break;
    }
    for (String e : a.entities()) out.add("entity:" + e);
    return out;
  }

  private void closeOlderThan(long cutoff) {
    Iterator<StoryState> it = open.values().iterator();
    while (it.hasNext()) {
      StoryState s = it.next();
      if (s.last >= cutoff) break;
      it.remove();
      for (String key : s.members.keySet()) storyOfKey.remove(key, s);
      onClose.accept(s.summary(stats));
    }
  }
}
