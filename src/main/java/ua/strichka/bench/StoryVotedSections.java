package ua.strichka.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ua.strichka.classify.Section;
import ua.strichka.classify.SectionVote;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.story.Clusterer;
import ua.strichka.story.StoryDesk;

/**
 * Sections as the product shows them: the part's articles clustered into stories by Strichka's own
 * story stage (publication order, language detected, no corpus labels: no section, no event), each
 * story's section the vote of its articles' classifier shares ({@link SectionVote}), and an article
 * shown with its story's section when the vote is clear, else with its own.
 */
final class StoryVotedSections {
  private static final long HOUR = 3_600_000L;

  private StoryVotedSections() {}

  /** The section each article of {@code part} is shown with, by id. */
  static Map<String, Section> decide(
      Corpus corpus, List<CorpusArticle> part, Map<String, double[]> shares) {
    Map<String, Long> storyOf = new HashMap<>();
    Clusterer clusterer =
        new Clusterer(
            Clusterer.Settings.defaults(), s -> s.articles().forEach(k -> storyOf.put(k, s.id())));
    StoryDesk desk = new StoryDesk(clusterer, Duration.ofHours(72));
    List<CorpusArticle> ordered = new ArrayList<>(part);
    ordered.sort(Comparator.comparingDouble(CorpusArticle::hoursAgo).reversed());
    for (CorpusArticle a : ordered) {
      CorpusArticle.Version v = a.latest();
      desk.add(
          new StoryDesk.Incoming(
              a.id(),
              a.outlet(),
              corpus.outlet(a.outlet()).orElseThrow().domain(),
              corpus.outlet(a.outlet()).orElseThrow().weight(),
              Math.round(-a.hoursAgo() * HOUR),
              v.title(),
              v.lead(),
              v.body(),
              null,
              null,
              null,
              null));
    }
    clusterer.closeAll();
    Map<Long, SectionVote> votes = new HashMap<>();
    for (CorpusArticle a : part) {
      votes.computeIfAbsent(storyOf.get(a.id()), k -> new SectionVote()).add(shares.get(a.id()));
    }
    Map<String, Section> out = new HashMap<>();
    for (CorpusArticle a : part) {
      Section own = new SectionVote().add(shares.get(a.id())).leader().orElseThrow().section();
      out.put(a.id(), votes.get(storyOf.get(a.id())).forArticle(own));
    }
    return out;
  }
}
