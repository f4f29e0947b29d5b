package ua.strichka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ua.strichka.bench.ExtractBench;
import ua.strichka.bench.ReferencePages;
import ua.strichka.bench.SampleWebPages;
import ua.strichka.bench.Throughput;
import ua.strichka.extract.UkrainianDates;
import ua.strichka.sampleweb.SampleWeb;
import ua.strichka.sampleweb.SampleWebOptions;

/**
 * {@code strichka bench extract}: extraction quality and speed beside Readability4J and boilerpipe,
 * on the fixture pages and on every article of the sample web.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Article extraction against labelled pages: shingle precision/recall/F1, exact bodies, title,"
          + " date and author accuracy, pages/s; beside Readability4J and boilerpipe, with"
          + " jsoup's parse alone as the baseline of speed.",
      "Runs on the fixture pages (NAME.html + NAME.json, padded to typical page sizes for speed)"
          + " and on every article page of the sample web, fetched over loopback."
    })
final class BenchExtract implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--pages",
      paramLabel = "DIR",
      description = "Labelled pages (default: the fixtures, src/test/resources/extract/pages).")
  Path pages = Path.of("src/test/resources/extract/pages");

  @Option(
      names = "--seconds",
      description =
          "Measuring time per extractor and page set: a fifth warm-up, the rest in five rounds"
              + " (default: ${DEFAULT-VALUE}).")
  double seconds = 10;

  @Option(
      names = "--reference-pages",
      paramLabel = "DIR",
      description =
          "Also score real pages in Mozilla Readability's test-page layout (DIR/NAME/source.html"
              + " + DIR/NAME/expected.html; the expected text is Readability's own output, which"
              + " flatters readability4j): means and the worst pages, quality only.")
  Path referencePages;

  @Option(
      names = "--worst",
      description =
          "Pages listed by our lowest F1 with --reference-pages (default: ${DEFAULT-VALUE}).")
  int worst = 10;

  @Option(names = "--no-sample-web", description = "Skip the sample web's pages.")
  boolean noSampleWeb;

  @Option(names = "--no-fixtures", description = "Skip the fixture pages.")
  boolean noFixtures;

  @Override
  public Integer call() throws IOException {
    if (seconds <= 0) throw new IllegalArgumentException("--seconds must be > 0");
    if (worst < 0) throw new IllegalArgumentException("--worst must be >= 0");
    PrintWriter out = spec.commandLine().getOut();
    ExtractBench bench = new ExtractBench();
    Throughput.Plan plan = Throughput.Plan.of(seconds);
    if (referencePages != null) {
      if (!Files.isDirectory(referencePages)) {
        throw new IOException("no reference pages at " + referencePages);
      }
      List<ExtractBench.Page> real = ReferencePages.load(referencePages);
      if (real.isEmpty()) {
        throw new IOException(
            "no NAME/source.html + NAME/expected.html folders in " + referencePages);
      }
      bench.reference(
          referencePages.toString(), real, ZonedDateTime.now(UkrainianDates.KYIV), worst, out);
      if (!noFixtures || !noSampleWeb) out.println();
    }
    if (!noFixtures) {
      if (!Files.isDirectory(pages)) {
        throw new IOException("no labelled pages at " + pages + " (use --pages DIR)");
      }
      List<ExtractBench.Page> labelled = ExtractBench.load(pages);
      if (labelled.isEmpty()) throw new IOException("no NAME.html + NAME.json pairs in " + pages);
      bench.quality("fixtures", labelled, ExtractBench.FIXTURE_NOW, out);
      bench.throughput(
          "fixtures padded to 100–300 KB",
          ExtractBench.large(labelled),
          ExtractBench.FIXTURE_NOW,
          plan,
          out);
    }
    if (!noSampleWeb) {
      if (!noFixtures) out.println();
      try (SampleWeb web = SampleWeb.start(SampleWebOptions.defaults())) {
        ZonedDateTime now = ZonedDateTime.now(UkrainianDates.KYIV);
        List<ExtractBench.Page> articles = SampleWebPages.fetch(web);
        bench.quality("sample web", articles, now, out);
        bench.throughput("sample web", articles, now, plan, out);
      }
    }
    return Main.OK;
  }
}
