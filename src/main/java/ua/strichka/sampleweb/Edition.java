package ua.strichka.sampleweb;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This run's publication schedule: every corpus article with its number, path and times.
 *
 * <p>Times count back from the start ({@code published = start − hoursAgo}) so the demo always
 * looks fresh. In live mode the newest ~15% of publications and updates are held back and released
 * one every {@code pace}, oldest first, so a running crawler keeps finding news.
 */
final class Edition {
  static final double LIVE_SHARE = 0.15;

  private final Instant start;
  private final Map<String, List<Post>> byOutlet = new LinkedHashMap<>();
  private final Map<String, Post> byId = new HashMap<>();
  private final Map<String, CorpusOutlet> outlets = new LinkedHashMap<>();

  Edition(Corpus corpus, SampleWebOptions options, Instant start) {
    this.start = start;
    Map<String, Instant> published = new HashMap<>();
    Map<String, Instant> updated = new HashMap<>();
    for (CorpusArticle a : corpus.articles()) {
      published.put(a.id(), at(a.hoursAgo()));
      a.update().ifPresent(u -> updated.put(a.id(), at(u.hoursAgo())));
    }
    if (options.live()) holdBack(corpus, options.pace(), published, updated);
    List<CorpusOutlet> outlets = corpus.outlets();
    for (CorpusOutlet o : outlets) {
      byOutlet.put(o.slug(), new ArrayList<>());
      this.outlets.put(o.slug(), o);
    }
    int index = 0;
    for (CorpusArticle a : corpus.articles()) {
      CorpusOutlet outlet = corpus.outlet(a.outlet()).orElseThrow();
      int number = 58_000 + index++ * 3 + outlets.indexOf(outlet);
      Template template = Templates.of(outlet.template());
      Instant at = published.get(a.id());
      String path = template.articlePath(a, number, Translit.slug(a.original().title(), 8), at);
      Post post = new Post(a, number, path, at, Optional.ofNullable(updated.get(a.id())), false);
      byOutlet.get(a.outlet()).add(post);
      byId.put(a.id(), post);
    }
    byOutlet.values().forEach(l -> l.sort(NEWEST_FIRST));
  }

  static final Comparator<Post> NEWEST_FIRST =
      Comparator.comparing(Post::published).reversed().thenComparing(Post::path);

  private Instant at(double hoursAgo) {
    return start.minusMillis(Math.round(hoursAgo * 3_600_000));
  }

  /**
   * Publications and updates are one timeline; its newest {@link #LIVE_SHARE} is held back and
   * released oldest first, one per {@code pace} after the start.
   */
  private void holdBack(
      Corpus corpus, Duration pace, Map<String, Instant> published, Map<String, Instant> updated) {
    record Event(String id, boolean update, double hoursAgo) {}
    List<Event> events = new ArrayList<>();
    for (CorpusArticle a : corpus.articles()) {
      events.add(new Event(a.id(), false, a.hoursAgo()));
      a.update().ifPresent(u -> events.add(new Event(a.id(), true, u.hoursAgo())));
    }
    events.sort(Comparator.comparingDouble(Event::hoursAgo).thenComparing(Event::id));
    int held = (int) Math.round(events.size() * LIVE_SHARE);
    List<Event> newest = new ArrayList<>(events.subList(0, held));
    newest.sort(Comparator.comparingDouble(Event::hoursAgo).reversed());
    for (int i = 0; i < newest.size(); i++) {
      Event e = newest.get(i);
      Instant release = start.plus(pace.multipliedBy(i + 1));
      (e.update() ? updated : published).put(e.id(), release);
    }
  }

  Instant start() {
    return start;
  }

  List<Post> posts(String outlet) {
    return byOutlet.getOrDefault(outlet, List.of());
  }

  CorpusOutlet outlet(String slug) {
    return outlets.get(slug);
  }

  Optional<Post> post(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The release time of the last held-back publication or update (the start when none). */
  Instant lastRelease() {
    return byId.values().stream()
        .flatMap(
            p ->
                java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(p.published()), p.updated().stream()))
        .max(Comparator.naturalOrder())
        .filter(t -> t.isAfter(start))
        .orElse(start);
  }
}
