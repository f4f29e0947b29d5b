package ua.strichka.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import ua.strichka.fetch.PageCharset;

/**
 * Real pages labelled by another extractor, in the layout of Mozilla Readability's test pages: one
 * folder per page holding {@code source.html} (the page as served) and {@code expected.html} (the
 * article Readability extracted from it). The expected body is the visible text of expected.html,
 * one paragraph per block element.
 *
 * <p>The label is Readability's own output, so Readability4J (its Java port) is scored against
 * itself and its figure is flattered; the set is still the only one of real pages from many sites
 * that nobody on the team wrote or tuned to.
 */
public final class ReferencePages {
  static final String SOURCE = "source.html";
  static final String EXPECTED = "expected.html";

  /** Elements whose start and end break a paragraph (HTML's block-level and table elements). */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "figure",
          "figcaption",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "hr",
          "address",
          "details",
          "summary",
          "form",
          "fieldset",
          "center");

  /** Elements whose text is never shown. */
  private static final Set<String> HIDDEN =
      Set.of("script", "style", "noscript", "template", "head", "title", "svg", "math");

  private ReferencePages() {}

  /**
   * Every {@code <name>/source.html} + {@code <name>/expected.html} pair under {@code dir}, by
   * name; a folder without both files is skipped. Bytes are decoded by {@link PageCharset}.
   */
  public static List<ExtractBench.Page> load(Path dir) throws IOException {
    List<ExtractBench.Page> pages = new ArrayList<>();
    List<Path> folders;
    try (Stream<Path> list = Files.list(dir)) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      Path source = folder.resolve(SOURCE);
      Path expected = folder.resolve(EXPECTED);
      if (!Files.isRegularFile(source) || !Files.isRegularFile(expected)) continue;
      String html = PageCharset.decode(Files.readAllBytes(source), null).text();
      String label = PageCharset.decode(Files.readAllBytes(expected), null).text();
      pages.add(
          new ExtractBench.Page(
              folder.getFileName().toString(),
              "reference",
              html,
              List.of(),
              "https://example.org/" + folder.getFileName() + "/",
              null,
              null,
              null,
              paragraphs(label)));
    }
    return pages;
  }

  /**
   * The visible text of an HTML fragment: one paragraph per block, blank lines between them,
   * whitespace collapsed inside each; {@code <br>} breaks a line. The walk is iterative, so deep
   * nesting cannot overflow the stack.
   */
  public static String paragraphs(String html) {
    Element root = Jsoup.parseBodyFragment(html).body();
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          int hidden;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (HIDDEN.contains(tag) || hidden > 0) {
                hidden++;
              } else if (BLOCKS.contains(tag)) {
                flush(out, current);
              } else if (tag.equals("br")) {
                current.append('\n');
              }
            } else if (node instanceof TextNode t && hidden == 0) {
              current.append(t.getWholeText());
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            if (hidden > 0) {
              hidden--;
            } else if (BLOCKS.contains(e.normalName())) {
              flush(out, current);
            }
          }
        },
        root);
    flush(out, current);
    return String.join("\n\n", out);
  }

  private static void flush(List<String> out, StringBuilder current) {
    List<String> lines = new ArrayList<>();
    for (String line : current.toString().split("\n")) {
      String clean = line.replaceAll("[\\s\\u00a0]+", " ").strip();
      if (!clean.isEmpty()) lines.add(clean);
    }
    if (!lines.isEmpty()) out.add(String.join("\n", lines));
    current.setLength(0);
  }
}
