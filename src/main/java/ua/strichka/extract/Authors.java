package ua.strichka.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author names as people: bylines split («А, Б та В»), labels («Автор:», «By»), URLs, e-mails,
 * newsroom placeholders («Редакція», «Editorial»), roles («Кореспондентка») and datelines
 * («Харків», {@link BylinePlaces}) removed.
 */
final class Authors {
  private static final Pattern LABEL =
      Pattern.compile(
          // Longer labels first: «Автор публікації:» must not leave «публікації:» behind «Автор».
          "(?iU)^(автор публікації|автор статті|автор матеріалу|автор тексту|автор статьи|"
              + "автор материала|автор публикации|автор текста|текст і фото|текст и фото|автори?|"
              + "авторка|текст|матеріал підготував|матеріал підготувала|підготував|підготувала|"
              + "підготували|подготовил|подготовила|подготовили|написав|написала|написали|"
              + "написал|репортер|кореспондент|author|authors|written by|by|від|posted by|"
              + "опубліковано|пише|пишет)\\s*[:\\-—–]?\\s+");
  private static final Pattern SPLIT =
      Pattern.compile(
          "\\s*(?:,|;|\\s+[|/•·]\\s+|\\s+та\\s+|\\s+і\\s+|\\s+й\\s+|\\s+и\\s+|\\s+and\\s+"
              + "|\\s*&\\s*)\\s*");
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "(?iU)^(редакція|редакция|редакція сайту|editorial|editorial staff|editor|editors|staff|"
              + "newsroom|admin|administrator|адмін|адміністратор|администратор|новини|новости|news|"
              + "служба новин|служба новостей|пресслужба|прес-служба|пресс-служба|"
              + "інформаційне агентство|информационное агентство|unknown|anonymous|guest|гість)$");

  /** The newsroom named as a whole («Редакція «Видання»», «За матеріалами …»): no person. */
  private static final Pattern NEWSROOM =
      Pattern.compile(
          "(?iU)^(редакція|редакция|редакції|редакции|the editors|editorial team|editorial board|"
              + "за матеріалами|по материалам|based on)\\b.*");

  private static final String PHOTO_WORDS =
      "(фото|photo|photos|фотограф|відео|видео|video|ілюстрація|иллюстрация|інфографіка|графіка)";

  private static final Pattern PHOTO = Pattern.compile("(?iU)^" + PHOTO_WORDS + "\\b");

  /**
   * A photo credit after the name: «Ірина Морозюк. Фото: Олег Петренко», «Ірина Морозюк (фото)».
   */
  private static final Pattern PHOTO_AFTER =
      Pattern.compile("(?iU)[\\s.,;(|/]+" + PHOTO_WORDS + "\\b.*$");

  /**
   * A name word: capitalised letters, parts joined by apostrophes or hyphens («Дерев’янко»,
   * «О'Браєн», «Анна-Марія»), or an initial.
   */
  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}(?:\\p{Ll}*(?:['’ʼ-]\\p{Lu}?\\p{Ll}+)+|\\p{Ll}+|\\.)");

  /** Job titles bylines print beside a name, in Ukrainian, Russian and English. */
  private static final String ROLES =
      "(?:головн(?:ий|а) редактор(?:ка)?|шеф-редактор(?:ка)?|випусков(?:ий|а) редактор(?:ка)?|"
          + "редактор(?:ка)?|журналіст(?:ка)?|фотокореспондент(?:ка)?|кореспондент(?:ка)?|власкор|"
          + "спецкор|оглядач(?:ка)?|колумніст(?:ка)?|аналітик(?:иня)?|фотограф(?:иня)?|"
          + "блогер(?:ка)?|ведуч(?:ий|а)|продюсер(?:ка)?|авторка|автор|"
          + "главн(?:ый|ая) редактор|журналист(?:ка)?|корреспондент(?:ка)?|"
          + "обозреватель(?:ница)?|колумнист(?:ка)?|аналитик|ведущ(?:ий|ая)|editor-in-chief|"
          + "(?:senior |chief |staff |contributing |special |foreign )?"
          + "(?:editor|reporter|correspondent|writer)|"
          + "journalist|columnist|contributor|photographer|producer|analyst)";

  /**
   * A role as a word of its own, or run into the name from a {@code <span>} of its own: an
   * element's text joins {@code <span>Ірина Морозюк</span><span>Кореспондентка</span>} with no
   * space.
   */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?U)(?:(?<=^|[\\s,;·•|(])|(?<=\\p{Ll})(?=\\p{Lu}))(?i:"
              + ROLES
              + ")(?=$|[^\\p{L}'’ʼ-]|\\p{Lu})");

  /** «Ірина Морозюк (Харків)», its «)» maybe stripped as trailing punctuation already. */
  private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*\\(([^()]*)\\)?\\s*$");

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

  /** The text without a byline label before it: «by Jane Doe» → «Jane Doe». */
  static String unlabelled(String s) {
    return LABEL.matcher(s.strip()).replaceFirst("").strip();
  }

  /** Clean, de-duplicated names from raw author strings; {@code siteName} never counts as one. */
  static List<String> clean(List<String> raw, String siteName) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String r : raw) {
      String s = PageFacts.blankToNull(r);
      if (s == null) continue;
      // The label first: «Текст і фото: …» holds a conjunction the split would cut at.
      String[] parts = SPLIT.split(LABEL.matcher(s).replaceFirst(""));
      for (int i = 0; i < parts.length; i++) {
        String name = one(parts[i], siteName);
        // «Ірина Морозюк, журналістка»: after a name, a word in lower case describes it.
        if (name == null || (i > 0 && Character.isLowerCase(name.codePointAt(0)))) continue;
        out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    return new ArrayList<>(out.values()).subList(0, Math.min(out.size(), 10));
  }

  /** Compiled once: {@code String.replaceAll} compiles its regex anew at every call. */
  static final Pattern LINKS = Pattern.compile("(?i)https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+");

  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\p{Punct}\\s«»“”]+|[\\p{Punct}\\s«»“”&&[^.]]+$");

  private static String one(String part, String siteName) {
    String s = PageFacts.blankToNull(part);
    if (s == null) return null;
    s = LABEL.matcher(s).replaceFirst("");
    // A label alone («By», «Автор:»), its name left empty or set elsewhere.
    if (LABEL.matcher(s + " ").matches()) return null;
    s = LINKS.matcher(s).replaceAll("").strip();
    s = EDGE_PUNCTUATION.matcher(s).replaceAll("").strip();
    if (s.isEmpty() || PHOTO.matcher(s).find()) return null;
    s = PHOTO_AFTER.matcher(s).replaceFirst("");
    s = withoutRoleOrPlace(s);
    if (s == null) return null;
    s = EDGE_PUNCTUATION.matcher(s).replaceAll("").strip();
    if (s.isEmpty() || PLACEHOLDER.matcher(s).matches() || NEWSROOM.matcher(s).matches()) {
      return null;
    }
    // Dates, times and reading times share bylines («Ірина Морозюк, 9 квітня 2025»); names have
    // no digits.
    if (s.codePoints().anyMatch(Character::isDigit)) return null;
    if (siteName != null && Titles.same(s, siteName)) return null;
    if (s.contains("/") || s.length() > 60 || s.split("\\s+").length > 5) return null;
    if (!s.codePoints().anyMatch(Character::isLetter) || uncapitalised(s)) return null;
    if (PHRASE_WORD.matcher(s).find()) return null;
    if (s.equals(s.toUpperCase(Locale.ROOT)) && s.length() > 3) s = capitalise(s);
    return s;
  }

  /**
   * The name without the role or place printed beside it: after it («Ірина Морозюк Кореспондентка»,
   * «Ірина МорозюкХарків», «Ірина Морозюк (Харків)») or a role before it («Кореспондентка Ірина
   * Морозюк»); null when no name is left («Харків», «Кореспондентка Укрінформу»). A place after a
   * space stays: «Сергей Николаев» is a person.
   */
  private static String withoutRoleOrPlace(String s) {
    if (BylinePlaces.is(s)) return null;
    Matcher bracketed = BRACKETED_TAIL.matcher(s);
    if (bracketed.find()) {
      String inside = bracketed.group(1);
      Matcher role = ROLE.matcher(inside);
      if (BylinePlaces.is(inside) || (role.find() && role.start() == 0)) {
        s = s.substring(0, bracketed.start());
      }
    }
    Matcher role = ROLE.matcher(s);
    if (role.find()) {
      if (role.start() > 0) return s.substring(0, role.start());
      String rest = s.substring(role.end()).strip();
      return looksLikeName(rest) ? rest : null;
    }
    for (int i = 1; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i - 1))
          && Character.isUpperCase(s.charAt(i))
          && BylinePlaces.is(s.substring(i))) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  /**
   * A preposition or article in lower case: what buttons and credits say («Follow on Twitter»,
   * «More from Josh», «Ariel Pierre-Louis at MSA Models», «Стежте за нами»), never a person's name,
   * whose particles are others («van», «de», «bin»).
   */
  private static final Pattern PHRASE_WORD =
      Pattern.compile(
          "(?U)(?<![\\p{L}'’ʼ-])(on|of|the|in|at|for|with|using|from|to|by|"
              + "на|за|для|про|від|из|через|с|со)(?![\\p{L}'’ʼ-])");

  /**
   * Words in lower case only («twitter», «facebook», «поділитися»): the buttons and labels a byline
   * box holds beside the name, never the name, which bylines capitalise. Scripts without case
   * (Chinese names) are not judged.
   */
  private static boolean uncapitalised(String s) {
    return s.codePoints().anyMatch(Character::isLowerCase)
        && s.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
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
