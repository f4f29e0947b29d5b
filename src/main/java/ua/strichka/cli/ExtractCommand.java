package ua.strichka.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import ua.strichka.extract.Article;
import ua.strichka.extract.Extraction;
import ua.strichka.extract.ExtractionException;
import ua.strichka.extract.ExtractionRules;
import ua.strichka.extract.Extractor;
import ua.strichka.extract.FeedHints;
import ua.strichka.extract.UkrainianDates;
import ua.strichka.fetch.FetchSettings;
import ua.strichka.fetch.Fetcher;

/** {@code strichka extract}: pages (files or URLs) to article JSON. */
@Command(
    name = "extract",
    description = {
      "Extract articles from HTML files or URLs and print them as JSON.",
      "One input prints one object, several print an array; --input-dir maps file names to"
          + " articles."
    })
final class ExtractCommand implements Callable<Integer> {
  private static final Logger log = LoggerFactory.getLogger(ExtractCommand.class);

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Parameters(paramLabel = "FILE-or-URL", arity = "0..*", description = "Pages to extract.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--input-dir", paramLabel = "DIR", description = "Extract every *.html/*.htm.")
  Path inputDir;

  @Option(names = "--output", paramLabel = "OUT.json", description = "Write JSON here.")
  Path output;

  @Option(names = "--rules", paramLabel = "RULES.json", description = "Per-outlet selectors.")
  Path rulesFile;

  @Override
  public Integer call() throws IOException {
    if (inputDir == null && inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give FILE-or-URL… or --input-dir DIR");
    }
    if (inputDir != null && !inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give either inputs or --input-dir");
    }
    Extractor extractor =
        new Extractor(rulesFile == null ? ExtractionRules.none() : ExtractionRules.load(rulesFile));
    ZonedDateTime now = ZonedDateTime.now(UkrainianDates.KYIV);
    Object result;
    boolean failed = false;
    if (inputDir != null) {
      if (!Files.isDirectory(inputDir)) throw new IOException("not a directory: " + inputDir);
      Map<String, Object> byName = new LinkedHashMap<>();
      for (Path file : htmlFiles(inputDir)) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        try {
          byName.put(name, json(extractFile(extractor, file, now)));
        } catch (ExtractionException | IOException e) {
          log.warn("{}: {}", file, e.getMessage());
          failed = true;
        }
      }
      result = byName;
    } else {
      List<Object> all = new ArrayList<>();
      try (Fetcher fetcher = fetcherIfNeeded()) {
        for (String input : inputs) {
          try {
            Extraction x =
                PageSource.isUrl(input)
                    ? PageSource.fetch(fetcher, extractor, input, now)
                    : extractFile(extractor, Path.of(input), now);
            all.add(json(x));
          } catch (ExtractionException | IOException e) {
            if (inputs.size() == 1) throw new IOException(input + ": " + e.getMessage(), e);
            log.warn("{}: {}", input, e.getMessage());
            failed = true;
          }
        }
      }
      result = all.size() == 1 && inputs.size() == 1 ? all.get(0) : all;
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    if (output != null) {
      mapper.writeValue(output.toFile(), result);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.println(mapper.writeValueAsString(result));
      out.flush();
    }
    return failed && inputDir == null ? Main.FAILURE : Main.OK;
  }

  /** The crawler's fetcher, configured from {@code fetch.*}, when some input is a URL. */
  private Fetcher fetcherIfNeeded() {
    if (inputs.stream().noneMatch(PageSource::isUrl)) return null;
    return new Fetcher(FetchSettings.from(main.config(Map.of())), new SimpleMeterRegistry());
  }

  private static List<Path> htmlFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(
              p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".html") || n.endsWith(".htm");
              })
          .sorted()
          .toList();
    }
  }

  static Extraction extractFile(Extractor extractor, Path file, ZonedDateTime now)
      throws IOException {
    long size = Files.size(file);
    if (size > Extractor.MAX_CHARS) {
      throw new ExtractionException(
          String.format(
              "page too large: %.1f MB, the limit is %d MB",
              size / 1048576.0, Extractor.MAX_CHARS >> 20));
    }
    byte[] bytes = Files.readAllBytes(file);
    return extractor.extract(bytes, null, null, FeedHints.NONE, now);
  }

  /**
   * The JSON of one result: the article fields named as in the architecture note, dates as ISO-8601
   * with offset; a page that is no article says what it is instead.
   */
  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private static String iso(OffsetDateTime t) {
    return t == null ? null : ISO.format(t);
  }

  static Map<String, Object> json(Extraction x) {
    Map<String, Object> m = new LinkedHashMap<>();
    switch (x) {
      case Extraction.Found f -> {
        Article a = f.article();
        m.put("url", a.url());
        m.put("title", a.title());
        m.put("articleBody", a.articleBody());
        m.put("description", a.description());
        m.put("datePublished", iso(a.datePublished()));
        m.put("dateModified", iso(a.dateModified()));
        m.put("authors", a.authors());
        m.put("image", a.image());
        m.put("section", a.section());
        m.put("language", a.language());
        m.put("siteName", a.siteName());
        m.put("canonicalUrl", a.canonicalUrl());
        if (a.credit() != null) {
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("outlet", a.credit().outlet());
          c.put("section", a.credit().section());
          c.put("url", a.credit().url());
          m.put("sourceCredit", c);
        }
      }
      case Extraction.NotArticle n -> {
        m.put("url", n.url());
        m.put("notArticle", n.kind().name().toLowerCase(Locale.ROOT));
        m.put("reason", n.reason());
      }
    }
    return m;
  }
}
