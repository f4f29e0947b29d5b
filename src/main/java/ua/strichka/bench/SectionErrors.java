package ua.strichka.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ua.strichka.classify.Section;
import ua.strichka.classify.SectionShares;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.text.Language;

/**
 * The section classifier's mistakes in event-grouped cross-validation on the dev part, event by
 * event, each with the words that pulled it to the wrong section: the error analysis that feature
 * choices are made from (never the held-out part's mistakes, which would tune to it). Mistakes come
 * in events (a whole story taken for world instead of politics), so they are listed by event.
 */
public final class SectionErrors {
  private SectionErrors() {}

  /** Prints each event with a mistaken article, its mistakes and up to {@code drivers} words. */
  public static void print(List<CorpusArticle> part, int folds, int drivers, PrintWriter out) {
    Map<String, List<String>> byEvent = new TreeMap<>();
    Map<String, Integer> sizes = new TreeMap<>();
    int wrong = 0;
    for (SectionQuality.Fold fold : SectionQuality.folds(part, folds)) {
      for (CorpusArticle a : fold.test()) {
        sizes.merge(SectionQuality.group(a), 1, Integer::sum);
        CorpusArticle.Version v = a.latest();
        Language language = Language.ofCode(a.language());
        double[] shares = fold.trained().shares(v.title(), v.text(), language);
        Section truth = SectionQuality.section(a);
        Section got = SectionShares.top(shares);
        if (got == truth) continue;
        wrong++;
        String why =
            fold.trained().drivers(v.title(), v.text(), language, truth, got, drivers).stream()
                .map(d -> "%s %.1f".formatted(d.feature(), d.pull()))
                .collect(Collectors.joining(", "));
        byEvent
            .computeIfAbsent(SectionQuality.group(a), k -> new ArrayList<>())
            .add(
                "  %s [%s] %s → %s (share %.2f) «%s»%n    pulled by: %s"
                    .formatted(
                        a.id(),
                        a.language(),
                        truth.slug(),
                        got.slug(),
                        shares[got.ordinal()],
                        v.title(),
                        why));
      }
    }
    out.printf(
        "section mistakes, %d-fold cross-validation over events: %d of %d articles, in %d events%n",
        folds, wrong, part.size(), byEvent.size());
    byEvent.forEach(
        (event, lines) -> {
          out.printf("%s: %d of %d articles%n", event, lines.size(), sizes.get(event));
          lines.forEach(out::println);
        });
    out.flush();
  }
}
