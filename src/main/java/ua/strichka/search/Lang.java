package ua.strichka.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The languages the index analyses, each with its own text fields ({@code body.uk}, {@code
 * body.ru}, …) so every field has one analyzer and its own BM25 statistics. Articles in any other
 * language, or in none recorded, go through the Ukrainian chain: for an unknown language it is a
 * plain lower-casing tokenizer, and the product is Ukrainian first.
 */
enum Lang {
  UK,
  RU,
  EN;

  final String code = name().toLowerCase(Locale.ROOT);

  /** The language whose fields hold an article in language {@code code} (may be null). */
  static Lang of(String code) {
    if (code == null) return UK;
    return switch (code.toLowerCase(Locale.ROOT)) {
      case "ru" -> RU;
      case "en" -> EN;
      default -> UK;
    };
  }

  Analyzer newAnalyzer() {
    return switch (this) {
      case UK -> new UkrainianLemmaAnalyzer();
      case RU -> new RussianStemAnalyzer();
      case EN -> new EnglishAnalyzer();
    };
  }
}
