package ua.strichka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The input of batch mode (Telegram Data Clustering Contest): a folder of HTML pages with OpenGraph
 * meta ({@code og:title}, {@code og:description}, {@code og:url}, {@code og:site_name}, {@code
 * article:published_time}) and the text in the body. These pages are simple, so jsoup reads them
 * directly: the meta, and the paragraphs of the body.
 */
final class ContestPages {
  /** Larger files are not articles; refusing them keeps memory bounded. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  /**
   * One page.
   *
   * @param file the file name, as the contest's output names articles
   * @param publishedMillis {@code article:published_time}, or 0 when absent or unreadable
   */
  record Page(
      String file,
      String title,
      String description,
      String url,
      String siteName,
      long publishedMillis,
      String text) {}

  private ContestPages() {}

  /** The {@code *.html}/{@code *.htm} files under {@code dir}, in subfolders too, sorted. */
  static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--input-dir " + dir + " is not a directory");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(ContestPages::isHtml).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Every readable page, in parallel; each bad file is reported on {@code err} and skipped. */
  static List<Page> read(List<Path> files, PrintWriter err) {
    return files.parallelStream().map(f -> readOrReport(f, err)).filter(Objects::nonNull).toList();
  }

  static boolean isHtml(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  private static Page readOrReport(Path file, PrintWriter err) {
    try {
      return read(file);
    } catch (IOException | RuntimeException e) {
      synchronized (err) {
        err.println("strichka: skipped " + file + ": " + e.getMessage());
        err.flush();
      }
      return null;
    }
  }

  static Page read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) throw new IOException("larger than " + MAX_BYTES + " bytes");
    if (size == 0) throw new IOException("empty file");
    Document doc = Jsoup.parse(file.toFile(), "UTF-8");
    String title = meta(doc, "og:title");
    if (title.isEmpty()) title = doc.title();
    StringBuilder text = new StringBuilder();
    for (Element p : doc.body().select("p")) {
      String t = p.text().strip();
      if (t.isEmpty()) continue;
      if (!text.isEmpty()) text.append("\n\n");
      text.append(t);
    }
    if (text.isEmpty()) text.append(doc.body().text());
    if (title.isBlank() && text.isEmpty()) throw new IOException("no title and no text");
    return new Page(
        file.getFileName().toString(),
        title.strip(),
        meta(doc, "og:description").strip(),
        meta(doc, "og:url"),
        meta(doc, "og:site_name"),
        published(meta(doc, "article:published_time")),
        text.toString());
  }

  private static String meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? "" : e.attr("content");
  }

  private static long published(String iso) {
    if (iso.isBlank()) return 0;
    try {
      return OffsetDateTime.parse(iso.strip()).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return 0;
    }
  }
}
