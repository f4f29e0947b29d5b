package ua.strichka.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import ua.strichka.classify.NewsFilter;
import ua.strichka.classify.SectionClassifier;
import ua.strichka.entity.EntityTagger;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.text.Language;
import ua.strichka.text.LanguageDetector;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * Speed of the analysis an article gets after extraction, on one thread and in CPU time: news or
 * not, its section, its entities; each alone and all together, over the sample corpus.
 */
public final class AnalysisBench {
  /** One corpus article as a reader sees it: title, lead and body separated by blank lines. */
  private record CorpusText(Language language, String title, String text) {
    static List<CorpusText> load() {
      return Corpus.load().articles().stream()
          .map(
              a ->
                  new CorpusText(
                      Language.ofCode(a.language()),
                      a.original().title(),
                      (a.original().title() + "\n\n" + a.original().text()).strip()))
          .toList();
    }
  }

  private AnalysisBench() {}

  public static void run(Duration each, PrintWriter out) {
    List<CorpusText> corpus = CorpusText.load();
    SectionClassifier sections = SectionClassifier.bundled();
    EntityTagger tagger = new EntityTagger();
    long chars = corpus.stream().mapToLong(t -> t.text().length()).sum();
    out.printf(
        Locale.ROOT,
        "analysis benchmark: %d sample articles (%d chars each), one thread, %s of CPU per measure%n",
        corpus.size(),
        chars / corpus.size(),
        each);
    double classify =
        TextBench.rate(
            each,
            () -> {
              int n = 0;
              for (CorpusText t : corpus) {
                n +=
                    sections.classify(t.title(), t.text(), t.language()).section().ordinal() >= 0
                        ? 1
                        : 0;
              }
              return n;
            });
    double entities =
        TextBench.rate(
            each,
            () -> {
              int n = 0;
              for (CorpusText t : corpus) n += tagger.tag(t.text(), t.language()).isEmpty() ? 1 : 1;
              return n;
            });
    double both =
        TextBench.rate(
            each,
            () -> {
              int n = 0;
              for (CorpusText t : corpus) {
                List<Token> tokens = Tokens.of(t.text());
                sections.classify(t.title(), tokens, t.language());
                n += tagger.tag(t.text(), tokens, t.language()).isEmpty() ? 1 : 1;
              }
              return n;
            });
    double all = TextBench.rate(each, () -> analyseAll(corpus, sections, tagger));
    out.printf(
        Locale.ROOT,
        "  section classification   %8.0f articles/s  (%.0f µs each)%n",
        classify,
        1e6 / classify);
    out.printf(
        Locale.ROOT,
        "  entity tagging           %8.0f articles/s  (%.0f µs each)%n",
        entities,
        1e6 / entities);
    out.printf(
        Locale.ROOT,
        "  section + entities, one tokenisation  %8.0f articles/s  (%.0f µs each)%n",
        both,
        1e6 / both);
    out.printf(
        Locale.ROOT,
        "  language + news + section + entities  %8.0f articles/s  (%.0f µs each)%n",
        all,
        1e6 / all);
    out.flush();
  }

  /** The lead: the first paragraph after the title. */
  private static String lead(CorpusText a) {
    String text = a.text();
    int start = text.indexOf("\n\n");
    if (start < 0) return text;
    int end = text.indexOf("\n\n", start + 2);
    return end < 0 ? text.substring(start + 2) : text.substring(start + 2, end);
  }

  private static int analyseAll(List<CorpusText> corpus, SectionClassifier s, EntityTagger t) {
    int n = 0;
    for (CorpusText a : corpus) {
      List<Token> tokens = Tokens.of(a.text());
      Language lang = LanguageDetector.detect(tokens);
      boolean news = NewsFilter.isNews(a.title(), lead(a));
      s.classify(a.title(), tokens, lang);
      t.tag(a.text(), tokens, lang);
      n += news ? 1 : 1;
    }
    return n;
  }
}
