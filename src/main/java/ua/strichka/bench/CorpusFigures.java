package ua.strichka.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.sampleweb.CorpusOutlet;
import ua.strichka.sampleweb.EntitySpan;
import ua.strichka.sampleweb.Rubric;

/** What the ground truth holds: the counts every later quality figure is a share of. */
public final class CorpusFigures {
  private CorpusFigures() {}

  /** A report headed by the corpus's size, with its composition tables. */
  public static QualityReport report(Corpus corpus) {
    List<CorpusArticle> articles = corpus.articles();
    long reposts = articles.stream().filter(a -> a.repostOf().isPresent()).count();
    QualityReport report =
        new QualityReport(
            "corpus: %d articles, %d outlets, %d events, %d reposts"
                .formatted(
                    articles.size(), corpus.outlets().size(), corpus.events().size(), reposts));

    List<List<String>> outlets = new ArrayList<>();
    for (CorpusOutlet o : corpus.outlets()) {
      List<CorpusArticle> mine =
          articles.stream().filter(a -> a.outlet().equals(o.slug())).toList();
      outlets.add(
          List.of(
              o.slug(),
              o.template(),
              String.valueOf(mine.size()),
              String.valueOf(mine.stream().filter(a -> a.repostOf().isPresent()).count()),
              String.valueOf(mine.stream().filter(a -> a.update().isPresent()).count()),
              String.valueOf(mine.stream().filter(a -> !a.news()).count())));
    }
    report.add(
        new QualityReport.Table(
            "per outlet",
            List.of("outlet", "template", "articles", "reposts", "updated", "non-news"),
            outlets));

    List<List<String>> sections = new ArrayList<>();
    for (Rubric r : Rubric.values()) {
      sections.add(
          List.of(
              r.slug(), String.valueOf(articles.stream().filter(a -> a.section() == r).count())));
    }
    report.add(new QualityReport.Table("per section", List.of("section", "articles"), sections));

    report.add(
        new QualityReport.Table(
            "per language", List.of("language", "articles", "stories"), languages(articles)));

    long news = articles.stream().filter(CorpusArticle::news).count();
    report.add(
        new QualityReport.Table(
            "news vs non-news",
            List.of("kind", "articles"),
            List.of(
                List.of("news", String.valueOf(news)),
                List.of("non-news", String.valueOf(articles.size() - news)))));

    report.add(
        new QualityReport.Table(
            "entity annotation", List.of("type", "mentions", "distinct"), entities(articles)));
    return report;
  }

  private static List<List<String>> languages(List<CorpusArticle> articles) {
    Map<String, List<CorpusArticle>> byLang =
        new TreeMap<>(articles.stream().collect(Collectors.groupingBy(CorpusArticle::language)));
    List<List<String>> rows = new ArrayList<>();
    byLang.forEach(
        (lang, list) ->
            rows.add(
                List.of(
                    lang,
                    String.valueOf(list.size()),
                    String.valueOf(
                        list.stream().flatMap(a -> a.storyId().stream()).distinct().count()))));
    return rows;
  }

  private static List<List<String>> entities(List<CorpusArticle> articles) {
    List<EntitySpan> spans = new ArrayList<>();
    long annotated = 0;
    for (CorpusArticle a : articles) {
      CorpusArticle.Version v = a.latest();
      if (!v.titleEntities().isEmpty() || !v.textEntities().isEmpty()) annotated++;
      spans.addAll(v.titleEntities());
      spans.addAll(v.textEntities());
    }
    Map<String, List<EntitySpan>> byType =
        new TreeMap<>(spans.stream().collect(Collectors.groupingBy(EntitySpan::type)));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("annotated articles", String.valueOf(annotated), ""));
    Function<List<EntitySpan>, String> distinct =
        l -> String.valueOf(l.stream().map(EntitySpan::canonical).distinct().count());
    byType.forEach(
        (type, list) -> rows.add(List.of(type, String.valueOf(list.size()), distinct.apply(list))));
    rows.add(List.of("all", String.valueOf(spans.size()), distinct.apply(spans)));
    return rows;
  }
}
