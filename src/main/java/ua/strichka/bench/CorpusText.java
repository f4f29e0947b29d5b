package ua.strichka.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import ua.strichka.text.Language;

/**
 * One labelled article of the sample corpus ({@code src/main/resources/sampleweb/corpus/*.yaml}),
 * as plain text: entity markup {@code [surface](TYPE:Canonical)} reduced to its surface.
 *
 * <p>Reads the YAML itself because it needs only four fields; when the sample web's corpus loader
 * lands, this should read through it instead.
 *
 * @param text title, lead and body separated by blank lines, as a reader sees the page
 */
public record CorpusText(String id, Language language, String title, String text) {
  private static final String FOLDER = "/sampleweb/corpus";
  private static final Pattern MARKUP = Pattern.compile("\\[([^\\]]+)]\\((?:PER|ORG|LOC):[^)]*\\)");

  /** Every article of the bundled corpus, in file and entry order. */
  public static List<CorpusText> load() {
    URL url = CorpusText.class.getResource(FOLDER);
    if (url == null) {
      throw new IllegalStateException("the sample corpus " + FOLDER + " is not on the class path");
    }
    try {
      URI folder = url.toURI();
      if (folder.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
          return read(jar.getPath(FOLDER));
        }
      }
      return read(Path.of(folder));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample corpus: " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad sample corpus location " + url, e);
    }
  }

  private static List<CorpusText> read(Path folder) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<CorpusText> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          for (JsonNode entry : yaml.readTree(in)) {
            String title = plain(entry.path("title").asText());
            String text =
                title
                    + "\n\n"
                    + plain(entry.path("lead").asText())
                    + "\n\n"
                    + plain(entry.path("body").asText());
            texts.add(
                new CorpusText(
                    entry.path("id").asText(),
                    Language.ofCode(entry.path("language").asText()),
                    title,
                    text.strip()));
          }
        }
      }
    }
    return texts;
  }

  /** «[Одесу](LOC:Одеса)» → «Одесу». */
  static String plain(String marked) {
    return MARKUP.matcher(marked).replaceAll("$1");
  }
}
