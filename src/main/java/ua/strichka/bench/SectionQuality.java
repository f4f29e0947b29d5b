package ua.strichka.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import ua.strichka.classify.NewsFilter;
import ua.strichka.classify.Section;
import ua.strichka.classify.SectionClassifier;
import ua.strichka.classify.SectionVote;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.text.Language;

/**
 * Section classification against the corpus's labels: per-section precision, recall and F1 and
 * their macro average, accuracy per language, the contest categories' macro-F1; and how well the
 * news filter tells news from other pages.
 */
public final class SectionQuality {
  private final int n = Section.values().length;
  private final int[][] confusion = new int[n][n];
  private final Map<String, int[]> byLanguage = new TreeMap<>();
  private final Map<String, int[][]> contest = new TreeMap<>();
  private int newsRight;
  private int newsAll;

  private SectionQuality() {}

  /** The corpus articles as training examples (title, lead and body; their labelled section). */
  public static List<SectionClassifier.Example> examples(List<CorpusArticle> articles) {
    List<SectionClassifier.Example> out = new ArrayList<>(articles.size());
    for (CorpusArticle a : articles) {
      CorpusArticle.Version v = a.latest();
      out.add(
          new SectionClassifier.Example(
              v.title(), v.text(), Language.ofCode(a.language()), section(a)));
    }
    return out;
  }

  static Section section(CorpusArticle a) {
    return Section.bySlug(a.section().slug()).orElseThrow();
  }

  /** Classifies every article by its words alone (no outlet label) and compares. */
  public static SectionQuality measure(SectionClassifier classifier, List<CorpusArticle> test) {
    return ofDecisions(test, leaders(shares(classifier, test)));
  }

  /** Each article's section with the largest share: the classifier's own decision. */
  static Map<String, Section> leaders(Map<String, double[]> shares) {
    Map<String, Section> out = new HashMap<>();
    shares.forEach(
        (id, s) -> out.put(id, new SectionVote().add(s).leader().orElseThrow().section()));
    return out;
  }

  /**
   * Event-grouped cross-validation on one part: each fold's articles are classified by a model
   * trained on the other folds (and the seed lexicon), and all folds' decisions are scored
   * together. Model choices are made by this on the dev part, so the held-out part is measured, not
   * tuned to. An event's articles share a fold (a story's wording never helps decide its own
   * articles); events go to folds in id order, round robin, non-news pages by their id.
   */
  public static SectionQuality crossValidated(List<CorpusArticle> part, int folds) {
    return ofDecisions(part, leaders(crossValidatedShares(part, folds)));
  }

  static String group(CorpusArticle a) {
    return a.event().orElse(a.id());
  }

  /**
   * Each article's section shares (by id) from event-grouped cross-validation on {@code part}: from
   * a model that never saw its event, as {@link #crossValidated} decides them.
   */
  public static Map<String, double[]> crossValidatedShares(List<CorpusArticle> part, int folds) {
    return crossValidatedShares(part, folds, 0);
  }

  /** One fold of the cross-validation: its articles and the model trained on the others. */
  record Fold(List<CorpusArticle> test, SectionClassifier trained) {}

  /** The folds of {@link #crossValidated}, each with its model. */
  static List<Fold> folds(List<CorpusArticle> part, int folds) {
    return folds(part, folds, 0);
  }

  /**
   * Each article's section shares from cross-validation with events assigned to folds by {@code
   * assignment}: 0 is id order ({@link #crossValidatedShares}), any other number a shuffle seeded
   * by it. With about fifty events the assignment alone moves macro-F1 by a few hundredths, so
   * choices are compared over several.
   */
  public static Map<String, double[]> crossValidatedShares(
      List<CorpusArticle> part, int folds, int assignment) {
    Map<String, double[]> out = new HashMap<>();
    for (Fold f : folds(part, folds, assignment)) out.putAll(shares(f.trained(), f.test()));
    return out;
  }

  private static List<Fold> folds(List<CorpusArticle> part, int folds, int assignment) {
    List<String> groups =
        new ArrayList<>(part.stream().map(SectionQuality::group).distinct().sorted().toList());
    if (assignment != 0) Collections.shuffle(groups, new Random(assignment));
    List<Fold> out = new ArrayList<>();
    for (int k = 0; k < folds; k++) {
      List<CorpusArticle> train = new ArrayList<>();
      List<CorpusArticle> test = new ArrayList<>();
      for (CorpusArticle a : part) {
        (groups.indexOf(group(a)) % folds == k ? test : train).add(a);
      }
      out.add(new Fold(test, SectionClassifier.train(examples(train))));
    }
    return out;
  }

  /** Each article's section shares (by id) from its words alone. */
  public static Map<String, double[]> shares(
      SectionClassifier classifier, List<CorpusArticle> test) {
    Map<String, double[]> out = new HashMap<>();
    for (CorpusArticle a : test) {
      CorpusArticle.Version v = a.latest();
      out.put(a.id(), classifier.shares(v.title(), v.text(), Language.ofCode(a.language())));
    }
    return out;
  }

  /** Scores sections decided elsewhere (by article id) against the corpus's labels. */
  public static SectionQuality ofDecisions(List<CorpusArticle> test, Map<String, Section> decided) {
    SectionQuality q = new SectionQuality();
    for (CorpusArticle a : test) q.add(a, decided.get(a.id()));
    return q;
  }

  private void add(CorpusArticle a, Section got) {
    CorpusArticle.Version v = a.latest();
    Section truth = section(a);
    confusion[truth.ordinal()][got.ordinal()]++;
    int[] lang = byLanguage.computeIfAbsent(a.language(), k -> new int[2]);
    lang[0] += truth == got ? 1 : 0;
    lang[1]++;
    boolean news = NewsFilter.isNews(v.title(), v.lead());
    newsRight += news == a.news() ? 1 : 0;
    newsAll++;
  }

  /** Macro-averaged F1 over the ten sections. */
  public double macroF1() {
    double sum = 0;
    int classes = 0;
    for (int s = 0; s < n; s++) {
      if (support(s) == 0) continue;
      sum += f1(s);
      classes++;
    }
    return classes == 0 ? 0 : sum / classes;
  }

  /** Macro-averaged F1 over the contest categories these sections map to. */
  public double contestMacroF1() {
    List<String> cats = Section.CONTEST_CATEGORIES;
    int[][] m = new int[cats.size()][cats.size()];
    for (Section t : Section.values()) {
      for (Section g : Section.values()) {
        m[cats.indexOf(t.contestCategory())][cats.indexOf(g.contestCategory())] +=
            confusion[t.ordinal()][g.ordinal()];
      }
    }
    double sum = 0;
    int classes = 0;
    for (int c = 0; c < cats.size(); c++) {
      int tp = m[c][c];
      int support = 0;
      int predicted = 0;
      for (int k = 0; k < cats.size(); k++) {
        support += m[c][k];
        predicted += m[k][c];
      }
      if (support == 0) continue;
      sum += f1(tp, predicted, support);
      classes++;
    }
    return classes == 0 ? 0 : sum / classes;
  }

  public double accuracy() {
    int right = 0;
    int all = 0;
    for (int t = 0; t < n; t++) {
      for (int g = 0; g < n; g++) {
        all += confusion[t][g];
        if (t == g) right += confusion[t][g];
      }
    }
    return EntityQuality.ratio(right, all);
  }

  private int support(int s) {
    int sum = 0;
    for (int g = 0; g < n; g++) sum += confusion[s][g];
    return sum;
  }

  private double f1(int s) {
    int predicted = 0;
    for (int t = 0; t < n; t++) predicted += confusion[t][s];
    return f1(confusion[s][s], predicted, support(s));
  }

  private static double f1(int tp, int predicted, int support) {
    double p = EntityQuality.ratio(tp, predicted);
    double r = EntityQuality.ratio(tp, support);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The tables for {@code bench quality}. */
  public List<QualityReport.Table> tables(String title) {
    List<List<String>> rows = new ArrayList<>();
    for (Section s : Section.values()) {
      int i = s.ordinal();
      int predicted = 0;
      for (int t = 0; t < n; t++) predicted += confusion[t][i];
      rows.add(
          List.of(
              s.slug(),
              "%.3f".formatted(EntityQuality.ratio(confusion[i][i], predicted)),
              "%.3f".formatted(EntityQuality.ratio(confusion[i][i], support(i))),
              "%.3f".formatted(f1(i)),
              String.valueOf(support(i))));
    }
    rows.add(List.of("macro", "", "", "%.3f".formatted(macroF1()), ""));
    rows.add(List.of("accuracy", "", "", "%.3f".formatted(accuracy()), ""));
    rows.add(List.of("contest categories", "", "", "%.3f".formatted(contestMacroF1()), ""));
    List<List<String>> langs = new ArrayList<>();
    byLanguage.forEach(
        (lang, c) ->
            langs.add(
                List.of(
                    lang, "%.3f".formatted(EntityQuality.ratio(c[0], c[1])), c[0] + "/" + c[1])));
    langs.add(
        List.of(
            "news vs not-news",
            "%.3f".formatted(EntityQuality.ratio(newsRight, newsAll)),
            newsRight + "/" + newsAll));
    return List.of(
        new QualityReport.Table(
            title, List.of("section", "precision", "recall", "F1", "articles"), rows),
        confusionTable(title),
        new QualityReport.Table(
            title + ": accuracy by language", List.of("language", "accuracy", "right/all"), langs));
  }

  /** Which sections are taken for which: a row per true section, a column per decided one. */
  private QualityReport.Table confusionTable(String title) {
    List<String> header = new ArrayList<>();
    header.add("truth / decided");
    for (Section s : Section.values()) header.add(s.slug());
    List<List<String>> rows = new ArrayList<>();
    for (Section t : Section.values()) {
      List<String> row = new ArrayList<>();
      row.add(t.slug());
      for (int g = 0; g < n; g++) row.add(String.valueOf(confusion[t.ordinal()][g]));
      rows.add(row);
    }
    return new QualityReport.Table(title + ": confusion", header, rows);
  }
}
