package ua.strichka.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How important a story is now:
 *
 * <pre>
 * score = (Σ weights of the distinct outlets that reported it + velocityWeight · ln(1 + reports
 *          in the last velocity window)) · 2^(−age / halfLife)</pre>
 *
 * where age is the time since its latest original report. Distinct weighted outlets measure how
 * widely it is covered (reposts never count: they are copies, not coverage), velocity rewards a
 * story that is breaking right now, and the half-life (default 8 h, {@code story.half-life}) lets
 * yesterday's big story give way unless news keeps joining it.
 */
public final class Ranker {
  /**
   * @param halfLife time in which a story's score halves without new reports
   * @param velocityWindow how far back reports count as velocity
   * @param velocityWeight weight of velocity against outlet coverage
   */
  public record Settings(Duration halfLife, Duration velocityWindow, double velocityWeight) {
    public static Settings defaults() {
      return new Settings(Duration.ofHours(8), Duration.ofHours(3), 0.5);
    }
  }

  /** A story with its score. */
  public record Ranked(Story story, double score) {}

  private final Settings settings;

  public Ranker(Settings settings) {
    this.settings = settings;
  }

  public double score(Story s, long nowMillis) {
    double coverage = 0;
    for (double w : s.outletWeights().values()) coverage += w;
    long since = nowMillis - settings.velocityWindow().toMillis();
    int recent = 0;
    long latest = s.lastPublishedMillis();
    if (!s.reportTimes().isEmpty()) latest = s.reportTimes().getLast();
    for (long t : s.reportTimes()) if (t >= since && t <= nowMillis) recent++;
    double age = Math.max(0, nowMillis - latest);
    double freshness = Math.pow(2, -age / settings.halfLife().toMillis());
    return (coverage + settings.velocityWeight() * Math.log1p(recent)) * freshness;
  }

  /** The {@code limit} most important stories, best first. */
  public List<Ranked> top(Collection<Story> stories, long nowMillis, int limit) {
    List<Ranked> ranked = new ArrayList<>(stories.size());
    for (Story s : stories) ranked.add(new Ranked(s, score(s, nowMillis)));
    ranked.sort(
        Comparator.comparingDouble(Ranked::score)
            .reversed()
            .thenComparing(r -> -r.story().lastPublishedMillis()));
    return List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
  }

  /** The top stories of each section (stories without a section are left out), sections sorted. */
  public Map<String, List<Ranked>> topBySection(
      Collection<Story> stories, long nowMillis, int limit) {
    Map<String, List<Story>> bySection = new java.util.TreeMap<>();
    for (Story s : stories) {
      if (s.section() != null)
        bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s);
    }
    Map<String, List<Ranked>> out = new LinkedHashMap<>();
    bySection.forEach((section, list) -> out.put(section, top(list, nowMillis, limit)));
    return out;
  }
}
