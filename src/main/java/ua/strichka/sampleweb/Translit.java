package ua.strichka.sampleweb;

import java.util.Locale;
import java.util.Map;

/**
 * URL slugs from Cyrillic headlines in the official Ukrainian romanisation (KMU 2010), as Ukrainian
 * CMS plugins make them; Russian letters without a Ukrainian counterpart get the usual forms. Kept
 * apart from the product's {@code text.Slug} on purpose: the sample web stands for the outside
 * world, and sharing code with what it tests would let one bug hide on both sides.
 */
final class Translit {
  private static final Map<Character, String> LETTERS =
      Map.ofEntries(
          Map.entry('а', "a"),
          Map.entry('б', "b"),
          Map.entry('в', "v"),
          Map.entry('г', "h"),
          Map.entry('ґ', "g"),
          Map.entry('д', "d"),
          Map.entry('е', "e"),
          Map.entry('є', "ie"),
          Map.entry('ж', "zh"),
          Map.entry('з', "z"),
          Map.entry('и', "y"),
          Map.entry('і', "i"),
          Map.entry('ї', "i"),
          Map.entry('й', "i"),
          Map.entry('к', "k"),
          Map.entry('л', "l"),
          Map.entry('м', "m"),
          Map.entry('н', "n"),
          Map.entry('о', "o"),
          Map.entry('п', "p"),
          Map.entry('р', "r"),
          Map.entry('с', "s"),
          Map.entry('т', "t"),
          Map.entry('у', "u"),
          Map.entry('ф', "f"),
          Map.entry('х', "kh"),
          Map.entry('ц', "ts"),
          Map.entry('ч', "ch"),
          Map.entry('ш', "sh"),
          Map.entry('щ', "shch"),
          Map.entry('ь', ""),
          Map.entry('ю', "iu"),
          Map.entry('я', "ia"),
          Map.entry('ы', "y"),
          Map.entry('э', "e"),
          Map.entry('ё', "io"),
          Map.entry('ъ', ""),
          Map.entry('\'', ""),
          Map.entry('’', ""),
          Map.entry('ʼ', ""));

  private Translit() {}

  /** At most {@code words} words of {@code title}, romanised, lower case, joined by dashes. */
  static String slug(String title, int words) {
    StringBuilder b = new StringBuilder();
    for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
      String r = LETTERS.get(c);
      if (r != null) b.append(r);
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
      else b.append(' ');
    }
    String[] parts = b.toString().strip().split("\\s+");
    StringBuilder slug = new StringBuilder();
    for (int i = 0; i < Math.min(words, parts.length); i++) {
      if (parts[i].isEmpty()) continue;
      if (!slug.isEmpty()) slug.append('-');
      slug.append(parts[i]);
    }
    return slug.isEmpty() ? "news" : slug.toString();
  }
}
