package ua.strichka.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;

/**
 * The sample corpus split for honest figures: rules and models are tuned on the dev part and
 * measured on the held-out part. The split is by event, so the held-out articles report events the
 * dev part never saw (their names, places and wording): every third event in id order, and every
 * third non-news page.
 */
public final class CorpusSplit {
  private final Set<String> heldOut = new HashSet<>();

  public CorpusSplit(Corpus corpus) {
    List<String> events = corpus.events();
    for (int i = 0; i < events.size(); i++) {
      if (i % 3 == 2) heldOut.add(events.get(i));
    }
    List<String> pages = new ArrayList<>();
    for (CorpusArticle a : corpus.articles()) if (a.event().isEmpty()) pages.add(a.id());
    pages.sort(null);
    for (int i = 0; i < pages.size(); i++) {
      if (i % 3 == 2) heldOut.add(pages.get(i));
    }
  }

  public boolean heldOut(CorpusArticle a) {
    return heldOut.contains(a.event().orElse(a.id()));
  }

  /** The part an option names: {@code held-out}, {@code dev} or {@code all}. */
  public List<CorpusArticle> part(Corpus corpus, String name) {
    return switch (name) {
      case "held-out" -> corpus.articles().stream().filter(this::heldOut).toList();
      case "dev" -> corpus.articles().stream().filter(a -> !heldOut(a)).toList();
      case "all" -> corpus.articles();
      default ->
          throw new IllegalArgumentException(
              "unknown part '" + name + "': expected held-out, dev or all");
    };
  }
}
