package ua.strichka.extract;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the lines that sit inside article containers without being the article: «Читайте також»
 * teasers, link-only teasers, the closing «Джерело: outlet» attribution (kept as metadata; see
 * {@link Credits}), photo credits, bylines and signatures, date lines, share and subscribe prompts,
 * tag lists, the repeated headline.
 */
final class Paragraphs {
  static final Pattern CREDIT =
      Pattern.compile(
          "(?iU)^(?:джерело|джерела|источник|source|першоджерело|оригінал|оригинал)\\s*[:\\-—–]\\s*"
              + "(.+?)\\s*(?:\\(([^()]{1,60})\\))?\\s*\\.?$");
  private static final Pattern PHOTO =
      Pattern.compile(
          "(?iU)^(фото|фото і відео|фото та відео|відео|photo|photos|video|фотографія|ілюстрація|"
              + "ілюстративне фото|иллюстрация|колаж|коллаж|скриншот|скріншот|getty images|"
              + "reuters|ap photo|afp|epa|depositphotos|shutterstock|unsplash|"
              // The label of a video or gallery the page embedded (gone with its player).
              + "дивіться відео|дивіться фото|смотрите видео|смотрите фото|watch the video|"
              + "watch video)\\b.{0,120}$");
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?iU)^(автор|авторка|автори|author|by|текст|редактор|editor|written by)\\s*[:\\-—–]?\\s+"
              + "\\S.{0,80}$");

  /**
   * A date line that runs on into a byline on the same line («December 21, 2016 By Robert Gehl»,
   * «09.04.2025 | Автор: Ірина Морозюк»): themes print the post's date and author as one meta line.
   * The date before the byline is checked as a date line ({@link #isDateLine}) and the words after
   * it as names ({@link #names}), so a sentence that names a date and then an author («9 квітня
   * 2025 року, як пише автор книги, місто…») stays text.
   */
  private static final Pattern DATED_BYLINE =
      Pattern.compile(
          "(?iU)^(.{6,60}?)\\s*[|·•—–,-]?\\s*\\b(?:автор|авторка|author|by|written by|текст)"
              + "\\s*[:\\-—–]?\\s+(\\S.{0,60})$");

  /**
   * Calls to subscribe, follow or share, error-report hints and page-turn markers: anywhere in a
   * short line. Only calls: «написав у своєму телеграм-каналі» reports, it does not prompt, and
   * neither does a call the text quotes someone making ({@link #isPrompt}).
   */
  private static final Phrases PROMPT =
      new Phrases(
          "підписуйтес",
          "підпишіться",
          "подписывайтес",
          "подпишитесь",
          // The verb, not the word's stem: "subscribers", "subscription" report.
          "subscribe ",
          "subscribe:",
          "subscribe!",
          "subscribe.",
          "to subscribe",
          "приєднуйтес",
          "присоединяйтес",
          "слідкуйте за нами",
          "следите за нами",
          "follow us",
          "поділіться",
          "share this",
          "share on",
          "долучайтеся",
          "читайте нас",
          "читайте наші новини",
          "наш телеграм",
          "наш telegram",
          "нашому телеграм",
          "нашому telegram",
          "нашого телеграм",
          "нашого telegram",
          "нашем телеграм",
          "нашем telegram",
          "нашего телеграм",
          "нашего telegram",
          "google news",
          "помітили помилку",
          "заметили ошибку",
          "ctrl+enter",
          "виділіть її",
          "выделите ее",
          "продовження на наступній сторінці",
          "продолжение на следующей странице",
          "continued on next page",
          "continued on page",
          // Calls to sign up, join or download: the site's own channels («our», a columnist's
          // «his» or «her» newsletter), not a report.
          "sign up for our",
          "sign up to our",
          "sign up for his",
          "sign up for her",
          "delivered to your inbox",
          "join our",
          "download our app",
          "стежте за нами",
          "підписатися на розсилку",
          "підписатися на наш",
          "подписаться на рассылку",
          "подписаться на наш",
          "image copyright",
          "click here to",
          // Calls to fund the site: Ukrainian outlets close their stories with them since 2022,
          // and they link to a payment page, which OffSiteLists would keep as the text's list.
          "підтримайте нас",
          "підтримайте редакцію",
          "підтримайте незалежн",
          "підтримайте наш",
          "підтримайте проєкт",
          "підтримайте проект",
          "підтримати редакцію",
          "підтримати нашу роботу",
          "задонатьте",
          "поддержите нас",
          "поддержите редакцию",
          "поддержите независим",
          "поддержать редакцию",
          "support our journalism",
          "support independent journalism",
          "support us on",
          "become a patron",
          "buy us a coffee",
          "buy me a coffee");

  /**
   * An ad break's marker, a line of its own where the text goes on past an advertisement: «Story
   * continues below advertisement», «Article continues below», «Continue reading the main story»,
   * «Scroll to continue with content», «Продовження нижче», «Текст продовжується нижче». Only the
   * whole line: "continue reading" inside a sentence is the sentence's.
   */
  private static final Pattern AD_BREAK =
      Pattern.compile(
          "(?iU)^\\W*(?:advertisement\\W+)?(?:(?:the\\s+)?(?:story|article|text|content)\\s+"
              + "continues\\s+(?:below|after|under)(?:\\s+(?:the\\s+)?(?:advertisement|advert|ad|"
              + "video|gallery|photos?))?|continue\\s+reading(?:\\s+the(?:\\s+main)?\\s+"
              + "(?:story|article))?(?:\\s+below)?|scroll\\s+(?:down\\s+)?to\\s+continue(?:\\s+"
              + "(?:reading|with\\s+content))?|(?:продовження|продолжение)\\s+(?:нижче|ниже)|"
              + "(?:текст|матеріал|статья|материал)\\s+(?:продовжується|продолжается)\\s+"
              + "(?:нижче|ниже))\\W*$");

  /** The longest line taken for an ad break's marker. */
  private static final int AD_BREAK_LENGTH = 80;

  /**
   * A byline, photo or source label left alone on its line: the name or credit after it was an
   * inline element whose class ("author", "credit") took it out with the boilerplate.
   */
  private static final Pattern LABEL_ONLY =
      Pattern.compile(
          "(?iU)^(автор|авторка|автори|автор фото|фото|photo|by|текст|редактор|editor|written by|"
              + "джерело|источник|source|credit|credits)\\s*[:\\-—–]?\\s*$");

  private static final Pattern TAGS =
      Pattern.compile(
          "(?iU)^(теги|теґи|тэги|tags|мітки|ключові слова|ключевые слова|теми|темы|topics)\\s*:.*");
  private static final Pattern SOCIAL_ONLY =
      Pattern.compile(
          "(?iU)^([\\s|•·,:]*(facebook|twitter|x|telegram|viber|whatsapp|linkedin|email|e-mail|"
              + "pinterest|reddit|copy link|копіювати посилання|друк|печать|print|share|"
              + "поділитися|поделиться|в закладки|коментарі|комментарии|comments?))+[\\s|•·,:]*$");

  /** Headings part a text's sections: a paragraph repeated across one is the author's. */
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private Paragraphs() {}

  /** What {@link #keep} learned besides the text. */
  static final class Findings {
    SourceCredit credit;

    /** Names from a byline line inside the text («By Andrii Levchenko»). */
    final List<String> bylines = new ArrayList<>();
  }

  static List<String> keep(
      List<BodyText.Block> blocks,
      String title,
      List<String> authors,
      ZonedDateTime now,
      Findings findings) {
    return keep(blocks, title, authors, now, findings, null);
  }

  /**
   * The text's paragraphs of {@code blocks}; {@code site}: the page's host ({@link
   * OffSiteLists#site}), null when unknown.
   */
  static List<String> keep(
      List<BodyText.Block> blocks,
      String title,
      List<String> authors,
      ZonedDateTime now,
      Findings findings,
      String site) {
    List<String> out = new ArrayList<>();
    String normalTitle = title == null ? null : Titles.normal(title);
    Repeats repeats = new Repeats();
    SourceCredit lastCredit = null;
    int lastCreditAt = -1;
    boolean[] vouched = CitingLists.vouched(blocks);
    boolean[] listed = OffSiteLists.listed(blocks, site);
    // The normal form of the last paragraph kept, for Repeats#reworded.
    String lastNormal = null;
    boolean[] twins = Repeats.twins(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      BodyText.Block b = blocks.get(i);
      String t = b.text();
      if (!t.codePoints().anyMatch(Character::isLetterOrDigit)) continue;
      int len = t.length();
      String normal = Titles.normal(t);
      if (normalTitle != null && normal.equals(normalTitle)) continue;
      if (repeats.isDouble(normal, twins[i])) continue;
      if (normal.length() >= Repeats.LONG
          && lastCreditAt != out.size() - 1
          && !b.sibling()
          && lastNormal != null
          && Repeats.reworded(lastNormal, normal)) {
        // The later copy is the text's own; the earlier one, a box printed over it.
        out.set(out.size() - 1, t);
        lastNormal = normal;
        continue;
      }
      if (len < 200) {
        String href = b.firstHref() == null || b.firstHref().isEmpty() ? null : b.firstHref();
        SourceCredit credit = Credits.of(t, href);
        if (credit != null) {
          // Kept for now: only the text's last line is the page's attribution.
          lastCredit = credit;
          lastCreditAt = out.size();
          out.add(t);
          lastNormal = normal;
          continue;
        }
      }
      // A teaser links to what it teases, or heads a list of links; a sentence without a link
      // («Читайте також: як школи працюють під час тривог.») is the text's own.
      if (MainText.TEASER.matcher(t).matches()
          && (b.linkChars() > 0 ? len < 400 || b.linkDensity() > 0.3 : !isSentence(t))
          && !textHeading(blocks, i, out)) {
        continue;
      }
      if (b.linkDensity() >= 0.8 && len < 300 && !vouched[i] && !listed[i]) continue;
      if (len < 150 && PHOTO.matcher(t).matches() && !openedSentence(t, PHOTO, false)) continue;
      Matcher byline = BYLINE.matcher(t);
      if (len < 100 && byline.matches() && !openedSentence(t, BYLINE, true)) {
        findings.bylines.add(t.substring(byline.end(1)));
        continue;
      }
      if (len < 100) {
        Matcher dated = DATED_BYLINE.matcher(t);
        if (dated.matches() && names(dated.group(2)) && isDateLine(dated.group(1), now)) {
          findings.bylines.add(dated.group(2));
          continue;
        }
      }
      if (len < 30 && LABEL_ONLY.matcher(t).matches()) continue;
      if (len <= LegalLines.LONGEST && LegalLines.is(t)) continue;
      if (len < 250 && isPrompt(t, b)) continue;
      if (len < AD_BREAK_LENGTH && AD_BREAK.matcher(t).matches()) continue;
      if (len < 300 && TAGS.matcher(t).matches()) continue;
      if (len < 120 && SOCIAL_ONLY.matcher(t).matches()) continue;
      if (len < 60 && isAuthorLine(t, authors)) continue;
      if (len < 60 && isDateLine(t, now)) continue;
      out.add(t);
      lastNormal = normal;
      repeats.kept(normal, HEADINGS.contains(b.tag()));
    }
    if (lastCredit != null && lastCreditAt == out.size() - 1) {
      out.remove(lastCreditAt);
      findings.credit = lastCredit;
    }
    // A name alone on the text's last line is the author's signature.
    if (authors.isEmpty() && out.size() > 1 && Authors.looksLikeName(out.getLast())) {
      findings.bylines.add(out.removeLast());
    }
    return out;
  }

  /**
   * A heading with no link between paragraphs of the text, whose teaser word opens a phrase of its
   * own ({@link MainText#ownHeading}): the text's subheading («Рекомендуємо мешканцям», "Related
   * risks for the grid"), not a teaser, which links to what it teases or heads a list of links.
   */
  private static boolean textHeading(List<BodyText.Block> blocks, int i, List<String> kept) {
    BodyText.Block b = blocks.get(i);
    if (!HEADINGS.contains(b.tag()) || b.linkChars() > 0 || kept.isEmpty()) return false;
    if (i + 1 >= blocks.size()) return false;
    BodyText.Block next = blocks.get(i + 1);
    return next.linkDensity() < 0.3
        && isSentence(next.text())
        && !MainText.TEASER.matcher(next.text()).matches()
        && MainText.ownHeading(b.text());
  }

  /**
   * What stands after a credit's or a byline's label in a labelled line: a separator («Фото: …»,
   * "Photo — …", "AFP/Getty") or "by" ("Photo by …").
   */
  private static final Pattern LABELLED = Pattern.compile("(?iU)^\\s*([:\\-—–/|©]|by\\b)");

  /**
   * Whether a line that opens with a credit's or a byline's label word ({@code label}: {@link
   * #PHOTO}, {@link #BYLINE}) is a sentence that opens with that word: «Відео з місця події
   * оприлюднила поліція.», «Автор петиції вимагає…», "By the end of the day, rescuers…", "Reuters
   * reported that…". The words are common first words of sentences in every language: such a line
   * is no credit, and its words after the label are no byline's names. A label with a separator
   * after it is a credit whatever follows; otherwise a whole sentence (five words and a full stop:
   * {@link #isSentence}) is text, and for a byline so are words that go on in lower case (names are
   * capitalised: "By John Smith", «Автор Ірина Морозюк»).
   */
  private static boolean openedSentence(String t, Pattern label, boolean names) {
    Matcher m = label.matcher(t);
    if (!m.matches()) return false;
    String rest = t.substring(m.end(1));
    if (LABELLED.matcher(rest).find()) return false;
    if (isSentence(t)) return true;
    String words = rest.stripLeading();
    return names && !words.isEmpty() && Character.isLowerCase(words.codePointAt(0));
  }

  /** Five words or more ending with a full stop, a question or an exclamation: prose. */
  static boolean isSentence(String t) {
    String s = t.strip();
    int end = s.length();
    while (end > 0 && "»\"”)".indexOf(s.charAt(end - 1)) >= 0) end--;
    if (end == 0 || ".!?…".indexOf(s.charAt(end - 1)) < 0) return false;
    return s.split("\\s+").length >= 5;
  }

  /**
   * A call to subscribe, follow or share ({@link #PROMPT}) that is the site's own, addressed to the
   * reader: not words the text reports someone saying («"Join our fight," the mayor said.», {@link
   * ReportedSpeech}). A line that is mostly a link is the site's call whatever it says.
   */
  static boolean isPrompt(String t, BodyText.Block b) {
    int at = PROMPT.indexIn(t);
    if (at < 0 || !oneLine(t)) return false;
    return b.linkDensity() >= 0.5 || !ReportedSpeech.reports(t, at);
  }

  /** No line terminator in the text: what {@code .*} around a prompt would require. */
  private static boolean oneLine(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return false;
    }
    return true;
  }

  private static boolean isAuthorLine(String t, List<String> authors) {
    String n = Titles.normal(t);
    for (String a : authors) if (n.equals(Titles.normal(a))) return true;
    return false;
  }

  /** A line that is a date and little else: «09 квітня 2025 р. 07:03», «Сьогодні, 14:20». */
  /**
   * Words that can be a byline's names: a capital first, a letter last (no sentence's full stop),
   * at most six words.
   */
  private static boolean names(String t) {
    String s = t.strip();
    return !s.isEmpty()
        && Character.isUpperCase(s.codePointAt(0))
        && Character.isLetter(s.codePointBefore(s.length()))
        && s.split("\\s+").length <= 6;
  }

  private static boolean isDateLine(String t, ZonedDateTime now) {
    if (UkrainianDates.parse(t, now).isEmpty()) return false;
    String rest =
        t.toLowerCase(Locale.ROOT)
            .replaceAll("[\\d:.,/\\-|]", " ")
            .replaceAll(
                "(?U)\\b(р|г|року|года|о|в|at|оновлено|обновлено|updated|опубліковано|"
                    + "опубликовано|published|сьогодні|сегодня|вчора|вчера|today|yesterday|"
                    + "тому|назад|ago|хвилин\\p{L}*|годин\\p{L}*|минут\\p{L}*|час\\p{L}*)\\b",
                " ");
    // Whatever is left besides month and weekday names: a line of text, not a date line.
    return rest.strip().split("\\s+").length <= 3;
  }
}
