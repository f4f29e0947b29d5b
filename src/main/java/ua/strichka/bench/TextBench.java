package ua.strichka.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;
import ua.strichka.sampleweb.Corpus;
import ua.strichka.sampleweb.CorpusArticle;
import ua.strichka.text.Language;
import ua.strichka.text.LanguageDetector;
import ua.strichka.text.Lemmatizer;
import ua.strichka.text.Token;
import ua.strichka.text.Tokens;

/**
 * Speed of the language layer on the sample corpus, one thread: tokens, language detection, lemmas
 * with and without the cache, and all of it per article; then language accuracy.
 */
public final class TextBench {
  private static volatile long sink;

  private TextBench() {}

  /** Runs every measure for about {@code each} (after as long again of warm-up) and prints. */
  public static void run(Duration each, PrintWriter out) {
    long t0 = System.nanoTime();
    Lemmatizer uk = Lemmatizer.of(Language.UK);
    uk.lemma("Київ");
    double loadMs = (System.nanoTime() - t0) / 1e6;

    List<CorpusArticle> corpus = Corpus.load().articles();
    List<String> texts = corpus.stream().map(LanguageAccuracy::fullText).toList();
    List<String> titles = corpus.stream().map(a -> a.original().title()).toList();
    List<List<Token>> tokenised = texts.stream().map(Tokens::of).toList();
    int words = tokenised.stream().mapToInt(List::size).sum();
    long chars = texts.stream().mapToLong(String::length).sum();
    List<String> ukWords = words(corpus, tokenised, Language.UK);
    List<String> ruWords = words(corpus, tokenised, Language.RU);
    List<String> enWords = words(corpus, tokenised, Language.EN);
    out.printf(
        Locale.ROOT,
        "text benchmark: %d sample articles, %d words (%d per article), one thread, %s of CPU per measure%n",
        corpus.size(),
        words,
        words / corpus.size(),
        each);
    out.printf(Locale.ROOT, "  dictionary load (first use)     %8.0f ms%n", loadMs);

    double articles = rate(each, () -> forEach(texts, t -> Tokens.of(t).size()));
    out.printf(
        Locale.ROOT,
        "  tokens                          %8.2f M tokens/s  (%.0f MB/s of UTF-16 text)%n",
        articles * words / corpus.size() / 1e6,
        articles * chars * 2 / corpus.size() / 1e6);

    double full = rate(each, () -> forEach(texts, t -> LanguageDetector.detect(t).ordinal()));
    double title = rate(each, () -> forEach(titles, t -> LanguageDetector.detect(t).ordinal()));
    out.printf(
        Locale.ROOT,
        "  language, article from its text %8.0f articles/s  (%.1f µs each, tokens included)%n",
        full,
        1e6 / full);
    out.printf(
        Locale.ROOT,
        "  language, title                 %8.0f titles/s    (%.1f µs each)%n",
        title,
        1e6 / title);

    Lemmatizer cold = Lemmatizer.uncached(Language.UK);
    double cached = rate(each, () -> lemmas(uk, ukWords));
    double uncached = rate(each, () -> lemmas(cold, ukWords));
    double ru = rate(each, () -> lemmas(Lemmatizer.of(Language.RU), ruWords));
    double en = rate(each, () -> lemmas(Lemmatizer.of(Language.EN), enWords));
    out.printf(
        Locale.ROOT,
        "  lemmas uk, cache of hot words   %8.2f M words/s  (%.2f µs each)%n",
        cached / 1e6,
        1e6 / cached);
    out.printf(
        Locale.ROOT,
        "  lemmas uk, dictionary alone     %8.2f M words/s  (%.2f µs each)%n",
        uncached / 1e6,
        1e6 / uncached);
    out.printf(
        Locale.ROOT,
        "  stems ru / en                   %8.2f / %.2f M words/s%n",
        ru / 1e6,
        en / 1e6);

    double analysed = rate(each, () -> forEach(texts, TextBench::analyse));
    double per300 = analysed * words / corpus.size() / 300;
    out.printf(
        Locale.ROOT,
        "  tokens + language + lemmas      %8.0f articles/s of 300 words  (%.0f µs each)%n",
        per300,
        1e6 / per300);

    out.println("  language accuracy, whole article  " + LanguageAccuracy.ofFullTexts(corpus));
    out.println("  language accuracy, title          " + LanguageAccuracy.ofTitles(corpus));
    LanguageAccuracy sentences = LanguageAccuracy.ofSentences(corpus);
    out.println("  language accuracy, sentence       " + sentences);
    if (!sentences.misses().isEmpty()) {
      out.println("    misses: " + String.join(", ", sentences.misses()));
    }
    out.flush();
  }

  /** The full per-article analysis the pipeline does: tokens, language, a lemma per word. */
  private static int analyse(String text) {
    List<Token> tokens = Tokens.of(text);
    Lemmatizer lemmatizer = Lemmatizer.of(LanguageDetector.detect(tokens));
    int n = 0;
    for (Token t : tokens) {
      if (t.kind() != Token.Kind.NUMBER) n += lemmatizer.lemma(t).length();
    }
    return n;
  }

  private static List<String> words(
      List<CorpusArticle> corpus, List<List<Token>> tokenised, Language language) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      if (LanguageAccuracy.language(corpus.get(i)) != language) continue;
      for (Token t : tokenised.get(i)) {
        if (t.kind() != Token.Kind.NUMBER) words.add(t.text());
      }
    }
    return words;
  }

  private static int forEach(List<String> texts, ToIntFunction<String> f) {
    long s = 0;
    for (String t : texts) s += f.applyAsInt(t);
    sink += s;
    return texts.size();
  }

  private static int lemmas(Lemmatizer lemmatizer, List<String> words) {
    long s = 0;
    for (String w : words) s += lemmatizer.lemma(w).length();
    sink += s;
    return words.size();
  }

  /**
   * Units per second of {@code op} (which returns the units it did), after a warm-up, by this
   * thread's CPU time: the machine is shared, and wall time would measure the neighbours.
   */
  static double rate(Duration each, IntSupplier op) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long warm = cpu.getCurrentThreadCpuTime() + each.toNanos();
    while (cpu.getCurrentThreadCpuTime() < warm) op.getAsInt();
    long units = 0;
    long start = cpu.getCurrentThreadCpuTime();
    long end = start + each.toNanos();
    long now;
    do {
      units += op.getAsInt();
      now = cpu.getCurrentThreadCpuTime();
    } while (now < end);
    return units * 1e9 / (now - start);
  }
}
