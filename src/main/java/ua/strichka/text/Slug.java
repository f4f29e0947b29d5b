package ua.strichka.text;

import java.text.Normalizer;

/**
 * URL slugs: lower-case ASCII words joined by hyphens, Ukrainian transliterated by the official
 * system of the Cabinet of Ministers' resolution No. 55 of 27 January 2010 (Київ → kyiv, Згорани →
 * zghorany, Юрій → yurii), which is also the BGN/PCGN standard for Ukrainian since 2019.
 *
 * <p>Hand-written: the table is 33 letters and four position rules, while the libraries that
 * transliterate (ICU4J, 14 MB) implement older or generic systems, not resolution 55. Russian text
 * goes through a simple passport-style table (г → g, и → i, ы → y, э → e, ё → yo, х → kh);
 * Russian-only letters met in Ukrainian mode use it too. Latin letters lose their diacritics (é →
 * e, ł → l, ß → ss); other scripts are dropped.
 */
public final class Slug {
  private Slug() {}

  /** The slug of Ukrainian (or Latin) text: «Харківська область» → {@code kharkivska-oblast}. */
  public static String of(String text) {
    return of(text, Language.UK, Integer.MAX_VALUE);
  }

  /** The slug of text in a language: Russian uses the Russian table, others the Ukrainian one. */
  public static String of(String text, Language language) {
    return of(text, language, Integer.MAX_VALUE);
  }

  /**
   * The slug, cut at a word boundary to at most {@code maxLength} chars (a single longer word is
   * cut inside). Empty when the text has no letters or digits to keep.
   */
  public static String of(String text, Language language, int maxLength) {
    if (maxLength < 1) throw new IllegalArgumentException("maxLength must be positive");
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length() + 8);
    boolean russian = language == Language.RU;
    boolean inWord = false;
    char previous = 0;
    for (int i = 0; i < nfc.length(); i++) {
      char c = Character.toLowerCase(nfc.charAt(i));
      if (Tokens.isApostrophe(c) || c == 'ь' || c == 'ъ' || Tokens.isInvisible(c)) {
        continue; // dropped, and the word goes on: «Мар'їне» → marine
      }
      String latin = russian ? russian(c) : ukrainian(c, inWord, previous);
      if (latin == null) latin = latin(c);
      if (latin.isEmpty()) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '-') out.append('-');
        inWord = false;
      } else {
        out.append(latin);
        inWord = true;
      }
      previous = c;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') end--;
    String slug = out.substring(0, end);
    if (slug.length() <= maxLength) return slug;
    int cut = slug.lastIndexOf('-', maxLength);
    return cut > 0 ? slug.substring(0, cut) : slug.substring(0, maxLength);
  }

  /**
   * Resolution 55's table where it differs from the Russian one; the letters both write alike (а →
   * a, ш → sh…) come from {@link #russian}. {@code null} for a char that is not a Cyrillic letter.
   */
  private static String ukrainian(char c, boolean inWord, char previous) {
    return switch (c) {
      case 'г' -> previous == 'з' ? "gh" : "h";
      case 'є' -> inWord ? "ie" : "ye";
      case 'и' -> "y";
      case 'ї' -> inWord ? "i" : "yi";
      case 'й' -> inWord ? "i" : "y";
      case 'ю' -> inWord ? "iu" : "yu";
      case 'я' -> inWord ? "ia" : "ya";
      default -> russian(c);
    };
  }

  private static String russian(char c) {
    return switch (c) {
      case 'а' -> "a";
      case 'б' -> "b";
      case 'в' -> "v";
      case 'г' -> "g";
      case 'д' -> "d";
      case 'е' -> "e";
      case 'ё' -> "yo";
      case 'ж' -> "zh";
      case 'з' -> "z";
      case 'и' -> "i";
      case 'й' -> "y";
      case 'к' -> "k";
      case 'л' -> "l";
      case 'м' -> "m";
      case 'н' -> "n";
      case 'о' -> "o";
      case 'п' -> "p";
      case 'р' -> "r";
      case 'с' -> "s";
      case 'т' -> "t";
      case 'у' -> "u";
      case 'ф' -> "f";
      case 'х' -> "kh";
      case 'ц' -> "ts";
      case 'ч' -> "ch";
      case 'ш' -> "sh";
      case 'щ' -> "shch";
      case 'ы' -> "y";
      case 'э' -> "e";
      case 'ю' -> "yu";
      case 'я' -> "ya";
      case 'і' -> "i";
      case 'ї' -> "yi";
      case 'є' -> "ye";
      case 'ґ' -> "g";
      case 'ў' -> "u";
      default -> null;
    };
  }

  /** ASCII letters and digits as they are, Latin letters without diacritics, the rest "". */
  private static String latin(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return String.valueOf(c);
    if (c < 0x80 || !Character.isLetterOrDigit(c)) return "";
    return switch (c) {
      case 'ß' -> "ss";
      case 'æ' -> "ae";
      case 'œ' -> "oe";
      case 'ø' -> "o";
      case 'ł' -> "l";
      case 'đ' -> "d";
      case 'þ' -> "th";
      case 'ı' -> "i";
      default -> {
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char first = base.charAt(0);
        yield first < 0x80 && Character.isLetterOrDigit(first) ? String.valueOf(first) : "";
      }
    };
  }
}
