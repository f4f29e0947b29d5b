package ua.strichka.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Author names as people: bylines split («А, Б та В»), labels («Автор:», «By»), URLs, e-mails and
 * newsroom placeholders («Редакція», «Editorial») removed.
 */
final class Authors {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iU)^(автори?|авторка|автор матеріалу|текст|матеріал підготував|матеріал підготувала|"
              + "підготував|підготувала|підготували|репортер|кореспондент|author|authors|written by|"
              + "by|від|posted by|опубліковано|пише|пишет|автор текста)\\s*[:\\-—–]?\\s+");
  private static final Pattern SPLIT =
      Pattern.compile(
          "\\s*(?:,|;|\\s+та\\s+|\\s+і\\s+|\\s+й\\s+|\\s+и\\s+|\\s+and\\s+|\\s*&\\s*)\\s*");
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?iU)^(редакція|редакция|редакція сайту|editorial|editorial staff|editor|editors|staff|"
              + "newsroom|admin|administrator|адмін|адміністратор|администратор|новини|новости|news|"
              + "служба новин|служба новостей|пресслужба|прес-служба|пресс-служба|"
              + "інформаційне агентство|информационное агентство|unknown|anonymous|guest|гість)$");
  private static final Pattern PHOTO =
      Pattern.compile("(?iU)^(фото|photo|фотограф|відео|video)\\b");

  /** A name word: capitalised, letters (an apostrophe or hyphen inside), or an initial. */
  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}(?:\\p{Ll}+(?:['’ʼ-]\\p{Lu}?\\p{Ll}+)?|\\.)");

  /** Capitalised words of headings and buttons that two or three of make no name. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "Read",
          "More",
          "Most",
          "Top",
          "Latest",
          "News",
          "Share",
          "Follow",
          "Related",
          "Comments",
          "Popular",
          "Home",
          "Main",
          "Page",
          "Next",
          "Previous",
          "Читайте",
          "Дивіться",
          "Новини",
          "Головна",
          "Головне",
          "Популярне",
          "Останні",
          "Всі",
          "Усі",
          "Новости",
          "Главная",
          "Читать",
          "Далее",
          "Далі",
          "Більше");

  private Authors() {}

  /**
   * True when a line is a person's name and nothing else: two or three capitalised words (an
   * initial may stand for a first name), as bylines and signatures print it.
   */
  static boolean looksLikeName(String line) {
    String t = PageFacts.blankToNull(line);
    if (t == null || t.length() > 40) return false;
    String[] words = t.split(" ");
    if (words.length < 2 || words.length > 3) return false;
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches() || NOT_NAMES.contains(w)) return false;
    }
    return !words[words.length - 1].endsWith(".");
  }

  /** Clean, de-duplicated names from raw author strings; {@code siteName} never counts as one. */
  static List<String> clean(List<String> raw, String siteName) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String r : raw) {
      String s = PageFacts.blankToNull(r);
      if (s == null) continue;
      for (String part : SPLIT.split(s)) {
        String name = one(part, siteName);
        if (name != null) out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    return new ArrayList<>(out.values()).subList(0, Math.min(out.size(), 10));
  }

  private static String one(String part, String siteName) {
    String s = PageFacts.blankToNull(part);
    if (s == null) return null;
    s = LABEL.matcher(s).replaceFirst("");
    s = s.replaceAll("(?i)https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+", "").strip();
    s = s.replaceAll("^[\\p{Punct}\\s«»“”]+|[\\p{Punct}\\s«»“”&&[^.]]+$", "").strip();
    if (s.isEmpty() || PHOTO.matcher(s).find()) return null;
    if (PLACEHOLDER.matcher(s).matches()) return null;
    if (siteName != null && Titles.same(s, siteName)) return null;
    if (s.contains("/") || s.length() > 60 || s.split("\\s+").length > 5) return null;
    if (!s.codePoints().anyMatch(Character::isLetter)) return null;
    if (s.equals(s.toUpperCase(Locale.ROOT)) && s.length() > 3) s = capitalise(s);
    return s;
  }

  /** «ІРИНА МОРОЗЮК» → «Ірина Морозюк»: bylines in capitals are typography, not the name. */
  private static String capitalise(String s) {
    StringBuilder b = new StringBuilder();
    boolean start = true;
    for (char c : s.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c) && c != '\'' && c != '’';
    }
    return b.toString();
  }
}
