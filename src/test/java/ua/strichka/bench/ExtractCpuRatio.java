package ua.strichka.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import ua.strichka.extract.Extractor;
import ua.strichka.extract.FeedHints;

/**
 * Issue 5's speed work, measured the way that stays put on a shared machine: thread CPU time of our
 * extraction in units of jsoup's parse of the same padded pages ({@link LargePages}), in one JVM. A
 * quicker loop than {@link ExtractJmh} for before/after comparisons; JMH confirms at the end.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * ua.strichka.bench.ExtractCpuRatio [seconds-per-piece [ours]]}.
 */
public final class ExtractCpuRatio {
  private ExtractCpuRatio() {}

  public static void main(String[] args) throws IOException {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 30;
    List<ExtractBench.Page> pages =
        LargePages.from(ExtractBench.load(Path.of("src/test/resources/extract/pages")));
    Extractor extractor = new Extractor();
    Throughput.Work ours =
        new Throughput.Work(
            "strichka",
            p -> extractor.extract(p.html(), p.url(), FeedHints.NONE, ExtractBench.FIXTURE_NOW));
    // "ours" alone: for a profiler (JFR) that should see nothing but our extraction.
    boolean oursAlone = args.length > 1 && args[1].equals("ours");
    new Throughput(Throughput.Plan.of(seconds))
        .print(
            "extract, padded fixtures",
            pages,
            oursAlone ? List.of(ours) : List.of(Throughput.Work.jsoupParse(), ours),
            new PrintWriter(System.out, true));
  }
}
