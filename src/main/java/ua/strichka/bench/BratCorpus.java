package ua.strichka.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder of Brat standoff annotations, as public NER corpora ship them: each text {@code X.txt}
 * (or the tokenised {@code X.tok.txt}) beside its annotations {@code X.ann} ({@code X.tok.ann}),
 * one text-bound annotation a line: {@code T1<TAB>PERS 11 23<TAB>Ігор Поліщук}, offsets in
 * characters of the text. Relations, notes and events are skipped: only named spans are scored.
 *
 * <p>Hand-written because Brat's text-bound line is three tab-separated fields and no Java library
 * on Maven Central reads the format; the reader checks each span's text against the text so a
 * folder whose two files drifted apart fails loudly instead of scoring nonsense.
 */
public final class BratCorpus {
  /** Texts larger than this are refused: no annotated document comes near it. */
  static final long MAX_TEXT_BYTES = 16L << 20;

  /** The kinds a corpus annotates, whatever the label its annotators used. */
  public enum Kind {
    PER,
    ORG,
    LOC,
    /**
     * Other names (works, laws, brands): our tags matching one exactly are neither right nor wrong.
     */
    MISC;

    /**
     * The kind of a Brat label: ner-uk's English ({@code PERS}) and Ukrainian ({@code ПЕРС}, {@code
     * ЛОК}, {@code ОРГ}, {@code РІЗН}) labels and CoNLL's ({@code PER}, {@code LOC}); anything else
     * is {@code MISC}.
     */
    static Kind of(String label) {
      return switch (label.toUpperCase(Locale.ROOT)) {
        case "PERS", "PER", "PERSON", "ПЕРС" -> PER;
        case "ORG", "ORGANIZATION", "ОРГ" -> ORG;
        case "LOC", "LOCATION", "GPE", "ЛОК" -> LOC;
        default -> MISC;
      };
    }
  }

  /** One annotated span: {@code start..end} (end exclusive) of the document's text. */
  public record Span(int start, int end, Kind kind, String text) {}

  /** One annotated text. */
  public record Document(String name, String text, List<Span> spans) {
    public Document {
      spans = List.copyOf(spans);
    }
  }

  private BratCorpus() {}

  /** Every annotated text in {@code dir} (not its subfolders), by file name. */
  public static List<Document> read(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a folder of Brat files: " + dir);
    }
    List<Document> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
        String base = ann.getFileName().toString();
        base = base.substring(0, base.length() - ".ann".length());
        Path txt = ann.resolveSibling(base + ".txt");
        if (!Files.isRegularFile(txt)) {
          throw new IllegalArgumentException(ann + " has no text beside it (" + txt + ")");
        }
        documents.add(document(base, txt, ann));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir + ": " + e.getMessage(), e);
    }
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("no .ann files with their .txt in " + dir);
    }
    return documents;
  }

  private static Document document(String name, Path txt, Path ann) throws IOException {
    String text = utf8(txt);
    List<Span> spans = new ArrayList<>();
    String[] lines = utf8(ann).split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].startsWith("T")) continue;
      spans.add(span(lines[i], text, ann + ":" + (i + 1)));
    }
    return new Document(name, text, spans);
  }

  /**
   * One {@code T} line. A discontinuous span ({@code 10 15;20 25}) is scored as its outer extent;
   * offsets count Unicode code points as Brat does, turned into Java's UTF-16 indices here.
   */
  static Span span(String line, String text, String where) {
    String[] fields = line.split("\t", -1);
    if (fields.length < 2) throw bad(where, "expected ID<TAB>TYPE START END<TAB>TEXT");
    String[] meta = fields[1].trim().split("[ ;]+");
    if (meta.length < 3) throw bad(where, "expected TYPE START END, got «" + fields[1] + "»");
    int start;
    int end;
    try {
      start = Integer.parseInt(meta[1]);
      end = Integer.parseInt(meta[meta.length - 1]);
    } catch (NumberFormatException e) {
      throw bad(where, "offsets are not numbers: «" + fields[1] + "»");
    }
    int points = text.codePointCount(0, text.length());
    if (start < 0 || end <= start || end > points) {
      throw bad(where, "offsets " + start + ".." + end + " outside the text (" + points + ")");
    }
    int from = text.offsetByCodePoints(0, start);
    int to = text.offsetByCodePoints(from, end - start);
    String covered = text.substring(from, to);
    if (fields.length > 2 && meta.length == 3 && !covered.equals(fields[2])) {
      throw bad(where, "span text «" + fields[2] + "» is «" + covered + "» in the text");
    }
    return new Span(from, to, Kind.of(meta[0]), covered);
  }

  private static IllegalArgumentException bad(String where, String why) {
    return new IllegalArgumentException(where + ": " + why);
  }

  private static String utf8(Path file) throws IOException {
    if (Files.size(file) > MAX_TEXT_BYTES) {
      throw new IllegalArgumentException(file + " is larger than " + MAX_TEXT_BYTES + " bytes");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + " is not UTF-8 text", e);
    }
  }
}
