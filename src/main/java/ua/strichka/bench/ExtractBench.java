package ua.strichka.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.dankito.readability4j.Readability4J;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.Extractor;
import ua.strichka.extract.FeedHints;
import ua.strichka.fetch.PageCharset;

/**
 * {@code strichka bench extract}: body precision/recall/F1 on 4-word shingles (averaged over
 * pages), exact bodies, title, date and author accuracy, and single-thread pages/s, for Strichka's
 * extractor beside Readability4J (Readability.js) and boilerpipe on the same labelled pages.
 */
public final class ExtractBench {
  /**
   * One labelled article: its page's HTML (and the HTML of its further pages, for articles split
   * over several), with what extraction should find.
   *
   * @param group what the quality table sums over besides all pages (the sample web's template)
   * @param date the expected publication instant, ISO-8601, or null
   * @param authors the expected authors, or null where the label says nothing of them
   */
  public record Page(
      String name,
      String group,
      String html,
      List<String> more,
      String url,
      String title,
      String date,
      List<String> authors,
      String body) {
    public Page {
      more = List.copyOf(more);
      authors = authors == null ? null : List.copyOf(authors);
    }

    Page withHtml(String other) {
      return new Page(name, group, other, more, url, title, date, authors, body);
    }

    long chars() {
      return html.length() + more.stream().mapToLong(String::length).sum();
    }
  }

  /** What an extractor returned for a page (fields it cannot give are null). */
  record Output(String body, String title, OffsetDateTime date, List<String> authors) {}

  /** One extractor under test; it reads a single page's HTML. */
  record Candidate(String name, Runner runner) {
    /** Runs on the first page and every further one; bodies are joined, the rest is page one's. */
    Output run(Page page, ZonedDateTime now) throws Exception {
      Output first = runner.run(page.html(), page.url(), now);
      if (page.more().isEmpty()) return first;
      StringBuilder body = new StringBuilder(first.body() == null ? "" : first.body());
      for (String html : page.more()) {
        String more = runner.run(html, page.url(), now).body();
        if (more != null && !more.isBlank()) body.append("\n\n").append(more);
      }
      return new Output(body.toString(), first.title(), first.date(), first.authors());
    }
  }

  @FunctionalInterface
  interface Runner {
    Output run(String html, String url, ZonedDateTime now) throws Exception;
  }

  /** Relative dates in the fixtures count from this moment, as in the fixture test. */
  public static final ZonedDateTime FIXTURE_NOW =
      ZonedDateTime.parse("2025-04-09T16:00:00+03:00[Europe/Kyiv]");

  /** A date counts as right within this much of the label (pages print minutes, not millis). */
  static final Duration DATE_SLACK = Duration.ofMinutes(1);

  private final List<Candidate> candidates;

  public ExtractBench() {
    Extractor extractor = new Extractor();
    candidates =
        List.of(
            new Candidate(
                "strichka",
                (html, url, now) -> {
                  Extraction x = extractor.extract(html, url, FeedHints.NONE, now);
                  if (x instanceof Extraction.Found f) {
                    var a = f.article();
                    return new Output(a.articleBody(), a.title(), a.datePublished(), a.authors());
                  }
                  return new Output("", null, null, null);
                }),
            new Candidate(
                "readability4j",
                (html, url, now) -> {
                  var a = new Readability4J(url, html).parse();
                  return new Output(a.getTextContent(), a.getTitle(), null, null);
                }),
            new Candidate(
                "boilerpipe",
                (html, url, now) ->
                    new Output(ArticleExtractor.INSTANCE.getText(html), null, null, null)));
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
        List<String> authors = null;
        if (t.has("authors")) {
          authors = new ArrayList<>();
          for (JsonNode a : t.get("authors")) authors.add(a.asText());
        }
        pages.add(
            new Page(
                name,
                "fixtures",
                text,
                List.of(),
                t.path("url").asText(null),
                t.path("title").asText(null),
                t.path("datePublished").asText(null),
                authors,
                t.path("articleBody").asText("")));
      }
    }
    return pages;
  }

  /** The quality table of {@code pages}: all of them, then each group with more than one. */
  public void quality(String title, List<Page> pages, ZonedDateTime now, PrintWriter out) {
    Map<String, List<Page>> groups = new LinkedHashMap<>();
    for (Page p : pages) groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
    out.printf(
        "%s: extraction quality on %d labelled pages (4-word shingles)%n", title, pages.size());
    header(out);
    Map<String, List<Output>> outputs = outputs(pages, now);
    printRows("all", pages, outputs, out);
    if (groups.size() > 1) {
      for (Map.Entry<String, List<Page>> g : groups.entrySet()) {
        Map<String, List<Output>> sub = new LinkedHashMap<>();
        for (Map.Entry<String, List<Output>> o : outputs.entrySet()) {
          List<Output> mine = new ArrayList<>();
          for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).group().equals(g.getKey())) mine.add(o.getValue().get(i));
          }
          sub.put(o.getKey(), mine);
        }
        printRows(g.getKey() + " (" + g.getValue().size() + ")", g.getValue(), sub, out);
      }
    }
    out.flush();
  }

  /**
   * Body figures on real pages labelled by another extractor ({@link ReferencePages}): the means,
   * then the {@code worst} pages by our F1 with every extractor's F1 beside ours.
   */
  public void reference(
      String title, List<Page> pages, ZonedDateTime now, int worst, PrintWriter out) {
    out.printf("%s: body quality on %d real pages (4-word shingles)%n", title, pages.size());
    out.println(
        "note: the expected text is Readability's own output, so readability4j's figure is"
            + " flattered");
    header(out);
    Map<String, List<Output>> outputs = outputs(pages, now);
    printRows("all", pages, outputs, out);
    List<String> names = List.copyOf(outputs.keySet());
    List<List<ShingleScore>> scores = new ArrayList<>();
    for (List<Output> o : outputs.values()) {
      List<ShingleScore> mine = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        String body = o.get(i) == null ? "" : o.get(i).body();
        mine.add(ShingleScore.of(pages.get(i).body(), body));
      }
      scores.add(mine);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) order.add(i);
    order.sort(Comparator.comparingDouble(i -> scores.get(0).get(i).f1()));
    out.printf("worst %d pages by %s F1:%n", Math.min(worst, pages.size()), names.get(0));
    out.printf("%-30s %6s %6s", "page", "prec.", "recall");
    for (String n : names) out.printf(" %14s", n + " F1");
    out.println();
    for (int i : order.subList(0, Math.min(worst, order.size()))) {
      ShingleScore ours = scores.get(0).get(i);
      out.printf("%-30s %6.3f %6.3f", pages.get(i).name(), ours.precision(), ours.recall());
      for (List<ShingleScore> s : scores) out.printf(" %14.3f", s.get(i).f1());
      out.println();
    }
    out.flush();
  }

  private static void header(PrintWriter out) {
    out.printf(
        "%-22s %-14s %6s %6s %6s %7s %7s %7s %7s %6s%n",
        "pages",
        "extractor",
        "prec.",
        "recall",
        "F1",
        "exact",
        "title",
        "date",
        "authors",
        "errors");
  }

  private Map<String, List<Output>> outputs(List<Page> pages, ZonedDateTime now) {
    Map<String, List<Output>> outputs = new LinkedHashMap<>();
    for (Candidate c : candidates) outputs.put(c.name(), outputs(c, pages, now));
    return outputs;
  }

  /** Outputs in page order; a failure is an empty output (and counted as an error). */
  private static List<Output> outputs(Candidate c, List<Page> pages, ZonedDateTime now) {
    List<Output> out = new ArrayList<>();
    for (Page page : pages) {
      try {
        out.add(c.run(page, now));
      } catch (Exception | StackOverflowError e) {
        out.add(null);
      }
    }
    return out;
  }

  private static void printRows(
      String label, List<Page> pages, Map<String, List<Output>> outputs, PrintWriter out) {
    for (Map.Entry<String, List<Output>> e : outputs.entrySet()) {
      Score s = Score.of(pages, e.getValue());
      out.printf(
          "%-22s %-14s %6.3f %6.3f %6.3f %7s %7s %7s %7s %6d%n",
          label,
          e.getKey(),
          s.precision,
          s.recall,
          s.f1(),
          s.share(s.exact),
          s.hasTitle ? s.share(s.titles) : "n/a",
          s.hasDate ? s.share(s.dates) : "n/a",
          s.hasAuthors ? s.share(s.authors) : "n/a",
          s.errors);
      label = "";
    }
  }

  /** Sums of one extractor's outputs over a set of pages. */
  private static final class Score {
    double precision;
    double recall;
    int n;
    int exact;
    int titles;
    int dates;
    int authors;
    int errors;
    boolean hasTitle;
    boolean hasDate;
    boolean hasAuthors;

    static Score of(List<Page> pages, List<Output> outputs) {
      Score s = new Score();
      s.n = pages.size();
      for (int i = 0; i < pages.size(); i++) {
        Page page = pages.get(i);
        Output o = outputs.get(i);
        if (o == null) {
          s.errors++;
          o = new Output("", null, null, null);
        }
        ShingleScore sh = ShingleScore.of(page.body(), o.body());
        s.precision += sh.precision();
        s.recall += sh.recall();
        if (normal(page.body()).equals(normal(o.body()))) s.exact++;
        // A column is shown only where an extractor gives the field and the label has it.
        s.hasTitle |= o.title() != null && page.title() != null;
        s.hasDate |= o.date() != null && page.date() != null;
        s.hasAuthors |= o.authors() != null && page.authors() != null;
        if (page.title() != null && page.title().equals(o.title())) s.titles++;
        if (page.date() != null && o.date() != null && near(page.date(), o.date())) s.dates++;
        if (page.authors() != null && page.authors().equals(o.authors())) s.authors++;
      }
      s.precision /= Math.max(1, s.n);
      s.recall /= Math.max(1, s.n);
      return s;
    }

    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    String share(int k) {
      return k + "/" + n;
    }
  }

  private static boolean near(String expected, OffsetDateTime got) {
    Instant want = OffsetDateTime.parse(expected).toInstant();
    return Duration.between(want, got.toInstant()).abs().compareTo(DATE_SLACK) < 0;
  }

  /** Throughput of every extractor beside jsoup's parse alone, on {@code pages}. */
  public void throughput(
      String title, List<Page> pages, ZonedDateTime now, Throughput.Plan plan, PrintWriter out) {
    List<Throughput.Work> work = new ArrayList<>();
    work.add(Throughput.Work.jsoupParse());
    for (Candidate c : candidates) {
      work.add(
          new Throughput.Work(
              c.name(),
              p -> {
                try {
                  c.run(p, now);
                } catch (Exception e) {
                  // Counted in the quality table; throughput only measures time.
                }
              }));
    }
    new Throughput(plan).print(title, pages, work, out);
  }

  /** Typical-size versions of {@code pages} for throughput (see {@link LargePages}). */
  public static List<Page> large(List<Page> pages) {
    return LargePages.from(pages);
  }

  static String normal(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
