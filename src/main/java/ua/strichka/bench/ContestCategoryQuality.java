package ua.strichka.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ua.strichka.classify.ContestCategory;
import ua.strichka.classify.Section;
import ua.strichka.classify.SectionClassifier;
import ua.strichka.classify.SectionShares;
import ua.strichka.text.Language;

/**
 * The section classifier scored on anyone's labelled news in the contest's categories ({@code
 * society}, {@code economy}, … {@code other}): a file an operator gathers from real outlets, which
 * tells how the classifier carries to text our corpus never saw. Per category precision, recall and
 * F1, their macro average, accuracy and the confusion, over all rows and per language. A row's
 * category is decided as {@code strichka categories} decides it ({@link ContestCategory}: its
 * section's, or {@code other} for news none of the six fits): the figure an outside judge would
 * see.
 *
 * <p>The file is tab-separated text, one labelled article a line: {@code
 * language<tab>category<tab>title<tab>text}; {@code #} lines and blank lines are skipped. Plain TSV
 * (IANA text/tab-separated-values) has no quoting, so a split on tabs reads it whole and no CSV
 * library is needed.
 */
public final class ContestCategoryQuality {
  static final Set<String> LANGUAGES = Set.of("uk", "ru", "en");
  private static final String SHAPE = "language<tab>category<tab>title<tab>text";

  /** One labelled article of the file. */
  public record Row(String language, String category, String title, String text) {}

  private final List<String> cats = Section.CONTEST_CATEGORIES;
  private final int[][] confusion = new int[cats.size()][cats.size()];
  private final Map<String, ContestCategoryQuality> byLanguage = new TreeMap<>();

  private ContestCategoryQuality() {}

  /** The rows of a labelled file; a malformed line stops the reading with its file and line. */
  public static List<Row> read(Path file) {
    List<String> lines;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      lines = in.lines().toList();
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no such file: " + file);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new IllegalArgumentException(file + ": not UTF-8 text");
      }
      throw e;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      String where = file + ":" + (i + 1) + ": ";
      if (c.length != 4) {
        throw new IllegalArgumentException(where + "expected " + SHAPE + ", got " + c.length);
      }
      String language = c[0].strip().toLowerCase(Locale.ROOT);
      String category = c[1].strip().toLowerCase(Locale.ROOT);
      if (!LANGUAGES.contains(language)) {
        throw new IllegalArgumentException(where + "language is not uk, ru or en: " + c[0]);
      }
      if (!Section.CONTEST_CATEGORIES.contains(category)) {
        throw new IllegalArgumentException(
            where + "category is not one of " + Section.CONTEST_CATEGORIES + ": " + c[1]);
      }
      rows.add(new Row(language, category, c[2], c[3]));
    }
    if (rows.isEmpty()) throw new IllegalArgumentException(file + ": no labelled rows");
    return rows;
  }

  /** Classifies every row by its words and compares with its label. */
  public static ContestCategoryQuality measure(SectionClassifier classifier, List<Row> rows) {
    ContestCategoryQuality all = new ContestCategoryQuality();
    for (Row r : rows) {
      Language language = Language.ofCode(r.language());
      Section s = classifier.classify(r.title(), r.text(), language).section();
      String decided = ContestCategory.of(r.title(), r.text(), language, s);
      all.add(r.category(), decided);
      all.byLanguage
          .computeIfAbsent(r.language(), k -> new ContestCategoryQuality())
          .add(r.category(), decided);
    }
    return all;
  }

  /**
   * Prints each row the classifier decides wrong: its label, the category decided, its title, and
   * up to {@code drivers} words that pulled it from its label's likeliest section to the one
   * decided. For error analysis on an operator's dev part, never on the part that judges.
   */
  public static void printMistakes(
      SectionClassifier classifier, List<Row> rows, int drivers, PrintWriter out) {
    int wrong = 0;
    for (Row r : rows) {
      Language language = Language.ofCode(r.language());
      double[] shares = classifier.shares(r.title(), r.text(), language);
      Section got = SectionShares.top(shares);
      String decided = ContestCategory.of(r.title(), r.text(), language, got);
      if (decided.equals(r.category())) continue;
      wrong++;
      out.printf(
          "[%s] %s → %s/%s «%s»%n", r.language(), r.category(), decided, got.slug(), r.title());
      if (decided.equals(ContestCategory.OTHER)) {
        continue; // the headline or the news filter decided, not the words
      }
      Section from = null;
      for (Section s : Section.values()) {
        if (s.contestCategory().equals(r.category())
            && (from == null || shares[s.ordinal()] > shares[from.ordinal()])) {
          from = s;
        }
      }
      if (from == null) continue; // "other": no section to be pulled from
      out.println(
          "    pulled from "
              + from.slug()
              + " by: "
              + classifier.drivers(r.title(), r.text(), language, from, got, drivers).stream()
                  .map(d -> "%s %.1f".formatted(d.feature(), d.pull()))
                  .collect(Collectors.joining(", ")));
    }
    out.printf("%d of %d rows decided wrong%n", wrong, rows.size());
    out.flush();
  }

  private void add(String truth, String decided) {
    confusion[cats.indexOf(truth)][cats.indexOf(decided)]++;
  }

  /** Macro-averaged F1 over the categories the file labels at least one row with. */
  public double macroF1() {
    double sum = 0;
    int classes = 0;
    for (int c = 0; c < cats.size(); c++) {
      if (support(c) == 0) continue;
      sum += f1(c);
      classes++;
    }
    return classes == 0 ? 0 : sum / classes;
  }

  public double accuracy() {
    int right = 0;
    int all = 0;
    for (int t = 0; t < cats.size(); t++) {
      right += confusion[t][t];
      all += support(t);
    }
    return EntityQuality.ratio(right, all);
  }

  /** The figures of one language's rows, if the file has any. */
  public Optional<ContestCategoryQuality> language(String code) {
    return Optional.ofNullable(byLanguage.get(code));
  }

  private int support(int c) {
    int sum = 0;
    for (int k = 0; k < cats.size(); k++) sum += confusion[c][k];
    return sum;
  }

  private int predicted(int c) {
    int sum = 0;
    for (int t = 0; t < cats.size(); t++) sum += confusion[t][c];
    return sum;
  }

  private double precision(int c) {
    return EntityQuality.ratio(confusion[c][c], predicted(c));
  }

  private double recall(int c) {
    return EntityQuality.ratio(confusion[c][c], support(c));
  }

  private double f1(int c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The tables: every row's figures and confusion, then one line of figures per language. */
  public List<QualityReport.Table> tables(String title) {
    List<QualityReport.Table> out = new ArrayList<>();
    out.add(categoryTable(title));
    out.add(confusionTable(title));
    List<List<String>> langs = new ArrayList<>();
    byLanguage.forEach(
        (lang, q) ->
            langs.add(
                List.of(
                    lang,
                    "%.3f".formatted(q.macroF1()),
                    "%.3f".formatted(q.accuracy()),
                    String.valueOf(q.rows()))));
    out.add(
        new QualityReport.Table(
            title + ": by language", List.of("language", "macro-F1", "accuracy", "rows"), langs));
    return out;
  }

  private int rows() {
    int all = 0;
    for (int c = 0; c < cats.size(); c++) all += support(c);
    return all;
  }

  private QualityReport.Table categoryTable(String title) {
    List<List<String>> rows = new ArrayList<>();
    for (int c = 0; c < cats.size(); c++) {
      rows.add(
          List.of(
              cats.get(c),
              "%.3f".formatted(precision(c)),
              "%.3f".formatted(recall(c)),
              "%.3f".formatted(f1(c)),
              String.valueOf(support(c))));
    }
    rows.add(List.of("macro", "", "", "%.3f".formatted(macroF1()), ""));
    rows.add(List.of("accuracy", "", "", "%.3f".formatted(accuracy()), String.valueOf(rows())));
    return new QualityReport.Table(
        title, List.of("category", "precision", "recall", "F1", "rows"), rows);
  }

  /** A row per labelled category, a column per decided one. */
  private QualityReport.Table confusionTable(String title) {
    List<String> header = new ArrayList<>();
    header.add("truth / decided");
    header.addAll(cats);
    List<List<String>> rows = new ArrayList<>();
    for (int t = 0; t < cats.size(); t++) {
      List<String> row = new ArrayList<>();
      row.add(cats.get(t));
      for (int g = 0; g < cats.size(); g++) row.add(String.valueOf(confusion[t][g]));
      rows.add(row);
    }
    return new QualityReport.Table(title + ": confusion", header, rows);
  }
}
