package ua.strichka.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.Extractor;
import ua.strichka.extract.FeedHints;
import ua.strichka.fetch.PageCharset;

/**
 * {@code strichka bench extract}: body precision/recall/F1 on 4-word shingles (averaged over
 * pages), exact bodies, title and date accuracy, and single-thread pages/s, for Strichka's
 * extractor beside Readability4J (Readability.js) and boilerpipe on the same labelled pages.
 */
public final class ExtractBench {
  /** One labelled page: {@code NAME.html} with {@code NAME.json} (url, title, date, body). */
  public record Page(
      String name, String html, String url, String title, String date, String body) {}

  /** What an extractor returned for a page (fields it cannot give are null). */
  record Output(String body, String title, OffsetDateTime date) {}

  interface Candidate {
    String name();

    Output run(Page page, ZonedDateTime now) throws Exception;
  }

  /** Relative dates in the fixtures count from this moment, as in the fixture test. */
  public static final ZonedDateTime FIXTURE_NOW =
      ZonedDateTime.parse("2025-04-09T16:00:00+03:00[Europe/Kyiv]");

  private final List<Candidate> candidates;

  public ExtractBench() {
    Extractor extractor = new Extractor();
    candidates =
        List.of(
            new Named(
                "strichka",
                (p, now) -> {
                  Extraction x = extractor.extract(p.html(), p.url(), FeedHints.NONE, now);
                  if (x instanceof Extraction.Found f) {
                    var a = f.article();
                    return new Output(a.articleBody(), a.title(), a.datePublished());
                  }
                  return new Output("", null, null);
                }),
            new Named(
                "readability4j",
                (p, now) -> {
                  var a = new Readability4J(p.url(), p.html()).parse();
                  return new Output(a.getTextContent(), a.getTitle(), null);
                }),
            new Named("boilerpipe", (p, now) -> new Output(boilerpipe(p.html()), null, null)));
  }

  private static String boilerpipe(String html) throws BoilerpipeProcessingException {
    return ArticleExtractor.INSTANCE.getText(html);
  }

  private record Named(String name, Runner runner) implements Candidate {
    @Override
    public Output run(Page page, ZonedDateTime now) throws Exception {
      return runner.run(page, now);
    }
  }

  @FunctionalInterface
  private interface Runner {
    Output run(Page page, ZonedDateTime now) throws Exception;
  }

  /** Reads {@code NAME.html} + {@code NAME.json} pairs; HTML through {@link PageCharset}. */
  public static List<Page> load(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path html : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        Path truth = Path.of(html.toString().replaceFirst("\\.html$", ".json"));
        if (!Files.exists(truth)) continue;
        JsonNode t = json.readTree(truth.toFile());
        String text = PageCharset.decode(Files.readAllBytes(html), null).text();
        String name = html.getFileName().toString().replaceFirst("\\.html$", "");
        pages.add(
            new Page(
                name,
                text,
                t.path("url").asText(null),
                t.path("title").asText(null),
                t.path("datePublished").asText(null),
                t.path("articleBody").asText("")));
      }
    }
    return pages;
  }

  /** Prints the quality table for {@code pages}, then the throughput table. */
  public void run(List<Page> pages, ZonedDateTime now, double seconds, PrintWriter out) {
    out.printf("Extraction quality on %d labelled pages (4-word shingles)%n", pages.size());
    out.printf(
        "%-14s %9s %9s %9s %11s %9s %9s %8s%n",
        "extractor", "precision", "recall", "F1", "exact body", "title", "date", "errors");
    for (Candidate c : candidates) {
      double p = 0;
      double r = 0;
      int exact = 0;
      int titles = 0;
      int dates = 0;
      int errors = 0;
      boolean hasTitle = false;
      boolean hasDate = false;
      for (Page page : pages) {
        Output o;
        try {
          o = c.run(page, now);
        } catch (Exception | StackOverflowError e) {
          errors++;
          o = new Output("", null, null);
        }
        ShingleScore s = ShingleScore.of(page.body(), o.body());
        p += s.precision();
        r += s.recall();
        if (normal(page.body()).equals(normal(o.body()))) exact++;
        if (o.title() != null) hasTitle = true;
        if (o.date() != null) hasDate = true;
        if (page.title() != null && page.title().equals(o.title())) titles++;
        if (page.date() != null
            && o.date() != null
            && OffsetDateTime.parse(page.date()).isEqual(o.date())) {
          dates++;
        }
      }
      int n = Math.max(1, pages.size());
      double ap = p / n;
      double ar = r / n;
      double f1 = ap + ar == 0 ? 0 : 2 * ap * ar / (ap + ar);
      out.printf(
          "%-14s %9.3f %9.3f %9.3f %11s %9s %9s %8d%n",
          c.name(),
          ap,
          ar,
          f1,
          share(exact, n),
          hasTitle ? share(titles, n) : "n/a",
          hasDate ? share(dates, n) : "n/a",
          errors);
    }
    List<Page> big = LargePages.from(pages);
    long bytes = big.stream().mapToLong(pg -> pg.html().length()).sum();
    out.printf(
        "%nThroughput, one thread, %d pages of %d–%d KB (avg %d KB), %.0f s each%n",
        big.size(),
        big.stream().mapToInt(pg -> pg.html().length()).min().orElse(0) / 1024,
        big.stream().mapToInt(pg -> pg.html().length()).max().orElse(0) / 1024,
        bytes / Math.max(1, big.size()) / 1024,
        seconds);
    out.printf("%-14s %10s %10s%n", "extractor", "pages/s", "MB/s");
    for (Candidate c : candidates) {
      double[] rate = throughput(c, big, now, seconds);
      out.printf("%-14s %10.1f %10.2f%n", c.name(), rate[0], rate[1]);
    }
    out.flush();
  }

  private static double[] throughput(
      Candidate c, List<Page> pages, ZonedDateTime now, double seconds) {
    long warmupEnd = System.nanoTime() + (long) (seconds * 0.3e9);
    int i = 0;
    while (System.nanoTime() < warmupEnd) call(c, pages.get(i++ % pages.size()), now);
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    long count = 0;
    long chars = 0;
    while (System.nanoTime() < end) {
      Page p = pages.get((int) (count % pages.size()));
      call(c, p, now);
      count++;
      chars += p.html().length();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new double[] {count / elapsed, chars / elapsed / 1e6};
  }

  private static void call(Candidate c, Page p, ZonedDateTime now) {
    try {
      c.run(p, now);
    } catch (Exception e) {
      // Counted in the quality table; throughput only measures time.
    }
  }

  private static String share(int k, int n) {
    return String.format("%d/%d", k, n);
  }

  private static String normal(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
