package ua.strichka.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.Extractor;
import ua.strichka.extract.FeedHints;

/**
 * Issue 5's speed figure, measured with JMH: pages/s of our extraction on one thread against
 * jsoup's parse alone, on the fixtures padded to 100–300 KB ({@link LargePages}). One operation is
 * one page; each call takes the next page, so a score is the mean over all the padded fixtures.
 *
 * <p>Run it (README, Benchmarks): {@code ./mvnw -B -q -Pjmh test-compile exec:exec}. It lives in
 * the tests and a Maven profile so that neither the jar nor the normal build carry JMH.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractJmh {
  private List<ExtractBench.Page> pages;
  private final Extractor extractor = new Extractor();
  private int next;

  @Setup
  public void load() throws IOException {
    pages = LargePages.from(ExtractBench.load(Path.of("src/test/resources/extract/pages")));
    if (pages.isEmpty()) throw new IllegalStateException("no fixture pages: run from the project");
  }

  private ExtractBench.Page page() {
    ExtractBench.Page p = pages.get(next);
    next = (next + 1) % pages.size();
    return p;
  }

  /** Our whole extraction: parse, metadata, main text, page kind. */
  @Benchmark
  public Extraction strichka() {
    ExtractBench.Page p = page();
    return extractor.extract(p.html(), p.url(), FeedHints.NONE, ExtractBench.FIXTURE_NOW);
  }

  /** The floor: jsoup's parse of the same page and nothing else. */
  @Benchmark
  public Document jsoupParse() {
    ExtractBench.Page p = page();
    return Jsoup.parse(p.html(), p.url() == null ? "" : p.url());
  }
}
