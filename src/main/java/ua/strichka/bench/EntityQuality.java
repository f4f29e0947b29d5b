package ua.strichka.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.strichka.entity.EntityTagger;
import ua.strichka.entity.EntityType;
import ua.strichka.entity.Mention;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.sampleweb.EntitySpan;
import ua.strichka.text.Language;

/**
 * Entity tagging against annotations: exact-span precision, recall and F1 per type (a mention
 * counts when its offsets and type both match), their micro average, and how many of the spans
 * found exactly carry the annotated canonical name. The annotations are the sample corpus's own or
 * any Brat folder ({@link BratCorpus}); a Brat folder has no canonical names, and its other names
 * (MISC) only excuse a tag on exactly their span.
 */
public final class EntityQuality {
  /** Counts for one type, or all types. */
  static final class Counts {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
  private final Counts all = new Counts();
  private int normalised;
  private int articles;
  private boolean named = true;
  private final List<String> errors = new ArrayList<>();

  private EntityQuality() {
    for (EntityType t : EntityType.values()) byType.put(t, new Counts());
  }

  /** Tags every annotated Ukrainian article and compares. */
  public static EntityQuality measure(List<CorpusArticle> part, EntityTagger tagger) {
    EntityQuality q = new EntityQuality();
    for (CorpusArticle a : part) {
      if (!a.language().equals("uk")) continue;
      CorpusArticle.Version v = a.latest();
      String text = v.title() + "\n\n" + v.text();
      List<EntitySpan> truth = new ArrayList<>(v.titleEntities());
      int shift = v.title().length() + 2;
      for (EntitySpan s : v.textEntities()) {
        truth.add(
            new EntitySpan(
                s.start() + shift, s.end() + shift, s.type(), s.surface(), s.canonical()));
      }
      q.articles++;
      q.compareSpans(a.id(), text, truth, tagger.tag(text, Language.UK));
    }
    return q;
  }

  /**
   * Tags every Brat document in {@code language} (or in its detected language when null) and
   * compares with its PER, ORG and LOC spans.
   */
  public static EntityQuality measure(
      List<BratCorpus.Document> documents, EntityTagger tagger, Language language) {
    EntityQuality q = new EntityQuality();
    q.named = false;
    for (BratCorpus.Document d : documents) {
      q.articles++;
      String text = d.text();
      List<Mention> found = language == null ? tagger.tag(text) : tagger.tag(text, language);
      q.compare(d.name(), text, d.spans(), found);
    }
    return q;
  }

  /** Scores one Brat document's tags, a tag exactly on a MISC span counting neither way. */
  void compare(String id, String text, List<BratCorpus.Span> spans, List<Mention> found) {
    List<EntitySpan> truth = new ArrayList<>();
    Set<Long> other = new HashSet<>();
    for (BratCorpus.Span s : spans) {
      if (s.kind() == BratCorpus.Kind.MISC) {
        other.add(key(s.start(), s.end()));
      } else {
        truth.add(new EntitySpan(s.start(), s.end(), s.kind().name(), s.text(), null));
      }
    }
    List<Mention> scored = new ArrayList<>();
    Set<Long> gold = new HashSet<>();
    truth.forEach(s -> gold.add(key(s.start(), s.end())));
    for (Mention m : found) {
      long k = key(m.start(), m.end());
      if (!other.contains(k) || gold.contains(k)) scored.add(m);
    }
    compareSpans(id, text, truth, scored);
  }

  private void compareSpans(String id, String text, List<EntitySpan> truth, List<Mention> found) {
    Map<Long, EntitySpan> expected = new HashMap<>();
    for (EntitySpan s : truth) expected.put(key(s.start(), s.end()), s);
    Map<Long, Mention> got = new HashMap<>();
    for (Mention m : found) got.put(key(m.start(), m.end()), m);
    for (Mention m : found) {
      EntitySpan s = expected.get(key(m.start(), m.end()));
      if (s != null && s.type().equals(m.type().name())) {
        count(m.type()).truePositives++;
        all.truePositives++;
        if (s.canonical() == null) continue;
        if (s.canonical().equals(m.lemma())) {
          normalised++;
        } else {
          errors.add(id + "\tNAME\t" + m.text() + "\t" + m.lemma() + "\t≠ " + s.canonical());
        }
      } else {
        count(m.type()).falsePositives++;
        all.falsePositives++;
        errors.add(
            id
                + "\tFP "
                + m.type()
                + "\t"
                + m.text()
                + "\t"
                + (s == null ? context(text, m.start(), m.end()) : "is " + s.type()));
      }
    }
    for (EntitySpan s : truth) {
      Mention m = got.get(key(s.start(), s.end()));
      if (m == null || !m.type().name().equals(s.type())) {
        count(EntityType.valueOf(s.type())).falseNegatives++;
        all.falseNegatives++;
        errors.add(
            id
                + "\tFN "
                + s.type()
                + "\t"
                + s.surface()
                + "\t"
                + context(text, s.start(), s.end()));
      }
    }
  }

  private static String context(String text, int start, int end) {
    return (text.substring(Math.max(0, start - 30), start)
            + "["
            + text.substring(start, end)
            + "]"
            + text.substring(end, Math.min(text.length(), end + 30)))
        .replace('\n', ' ');
  }

  /** The counts of one type. */
  Counts count(EntityType t) {
    return byType.get(t);
  }

  /** The counts of all three types together. */
  Counts all() {
    return all;
  }

  private static long key(int start, int end) {
    return (long) start << 32 | end;
  }

  static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Micro-averaged exact-span F1 over the three types. */
  public double microF1() {
    return all.f1();
  }

  /** Share of exactly found spans whose canonical name is the annotated one. */
  public double normalisation() {
    return ratio(normalised, all.truePositives);
  }

  /** The table for {@code bench quality}. */
  public QualityReport.Table table(String title) {
    List<List<String>> rows = new ArrayList<>();
    for (EntityType t : EntityType.values()) rows.add(row(t.name(), byType.get(t)));
    rows.add(row("micro", all));
    if (!named) {
      return new QualityReport.Table(
          title + " (" + articles + " documents)",
          List.of("type", "precision", "recall", "F1", "found/expected"),
          rows);
    }
    rows.add(
        List.of(
            "normalised",
            "",
            "",
            "%.3f".formatted(normalisation()),
            normalised + "/" + all.truePositives));
    return new QualityReport.Table(
        title + " (" + articles + " Ukrainian articles)",
        List.of("type", "precision", "recall", "F1", "found/expected"),
        rows);
  }

  private static List<String> row(String label, Counts c) {
    return List.of(
        label,
        "%.3f".formatted(c.precision()),
        "%.3f".formatted(c.recall()),
        "%.3f".formatted(c.f1()),
        c.truePositives + "/" + (c.truePositives + c.falseNegatives));
  }

  /** Every false positive, false negative and wrong name, one per line. */
  public void printErrors(PrintWriter out, int limit) {
    errors.stream().limit(limit).forEach(out::println);
    out.flush();
  }
}
