package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules that decide, line by line and element by element, what is text: checked against what
 * they stand for (jsoup's own text, the regexes they replace) and on the lines they must tell
 * apart.
 */
class TextRulesTest {
  static final String SENTENCE =
      "Рятувальники працювали до ранку, а міська влада відкрила пункт обігріву для мешканців.";

  static List<String> keep(String line, int linkChars) {
    List<BodyText.Block> blocks =
        List.of(
            new BodyText.Block(SENTENCE, 0, null, "p"),
            new BodyText.Block(line, linkChars, linkChars > 0 ? "https://x.example/a" : null, "p"),
            new BodyText.Block(SENTENCE + " Ще одне речення.", 0, null, "p"));
    return Paragraphs.keep(
        blocks, "Заголовок", List.of(), MetadataTest.NOW, new Paragraphs.Findings());
  }

  @ParameterizedTest(name = "{0} (link chars {1}) → kept {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Читайте також: Уряд ухвалив нові правила оренди | 36 | false",
        "Читайте також | 0 | false",
        "Read also: | 0 | false",
        "Related stories | 0 | false",
        "[Read: Senate passes the budget bill] | 29 | false",
        "Read: Senate passes the budget bill | 29 | false",
        "(Related: Senate passes the budget bill) | 29 | false",
        "Also read: Senate passes the budget bill | 29 | false",
        "More: Senate passes the budget bill | 29 | false",
        "Читайте: Уряд ухвалив нові правила оренди | 36 | false",
        "Lire aussi : Les critiques contre le projet de loi | 41 | false",
        "Lire : Que sont ces valises qui espionnent les téléphones ? | 50 | false",
        "Lesen Sie auch: Bundestag beschließt den Haushalt | 34 | false",
        "Leggi anche: Il governo approva la manovra | 30 | false",
        "Lire la suite du rapport, publié lundi, sur le site du ministère. | 0 | true",
        "Read the full report on the ministry's website, published on Monday. | 0 | true",
        "More than 300 people were evacuated overnight, officials said. | 0 | true",
        "Read: the ministry has not published the full text of the report yet. | 0 | true",
        "Читайте також: як харківські спортивні школи працюють під час тривог. | 0 | true",
        "Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини | 0 | false",
        "Більше новин — у нашому телеграм-каналі | 0 | false",
        "«Рятувальники деблокували трьох людей», — написав Дяченко у своєму телеграм-каналі."
            + " | 0 | true",
        "Він погодився поділитися спогадами про ті дні. | 0 | true",
        "Поділитися: | 0 | false",
        "Facebook • Telegram • Viber | 0 | false",
        "Продовження на наступній сторінці | 0 | false",
        "Sign up for our daily newsletter | 0 | false",
        "Get the latest news delivered to your inbox. | 0 | false",
        "Join our WhatsApp channel for the latest updates. | 0 | false",
        "Download our app to get breaking news alerts. | 0 | false",
        "Стежте за нами в Telegram | 0 | false",
        "Підписатися на розсилку | 0 | false",
        "Image copyright Getty Images | 0 | false",
        "Click here to read more. | 0 | false",
        "Thousands sign up for the army each month, officials said on Monday. | 0 | true",
        "Громадяни можуть підписатися на петицію до кінця тижня, повідомили в ОВА. | 0 | true",
        "Дивіться відео | 0 | false",
        "Дивіться відео: рятувальники витягли кота з колодязя | 0 | false",
        "Watch the video: | 0 | false",
        "Дивіться, як рятувальники витягли кота з колодязя біля школи в центрі міста. | 0 | true",
        "Story continues below advertisement | 0 | false",
        "Article continues below | 0 | false",
        "Continue reading the main story | 0 | false",
        "Scroll to continue with content | 0 | false",
        "ADVERTISEMENT - CONTINUE READING BELOW | 0 | false",
        "Продовження нижче | 0 | false",
        "Текст продовжується нижче | 0 | false",
        "Students who continue reading after school do better in tests. | 0 | true",
        "The story continues below the fold in the print edition of Monday. | 0 | true",
        "Помітили помилку? Виділіть її та натисніть Ctrl+Enter | 0 | false",
        "Автор: | 0 | false",
        "Фото — | 0 | false",
        "By | 0 | false",
        "Фотографії з місця події оприлюднила поліція. | 0 | true",
        "Відео з місця події оприлюднила пресслужба Національної поліції. | 0 | true",
        "Фото зруйнованого будинку поширили місцеві мешканці в соцмережах. | 0 | true",
        "Автор петиції вимагає перейменувати вулицю на честь загиблого героя. | 0 | true",
        "Текст законопроєкту опублікували на сайті Верховної Ради. | 0 | true",
        "By the end of the day, rescuers had pulled twelve people from the rubble. | 0 | true",
        "By Monday, rescuers had pulled twelve people from the rubble. | 0 | true",
        "Reuters reported that the talks would resume on Monday in Geneva. | 0 | true",
        "Фото: Сергій Нужненко / Радіо Свобода. | 0 | false",
        "Photo by John Smith for The Guardian. | 0 | false",
        "Фото з відкритих джерел | 0 | false",
        "Фото УНІАН | 0 | false",
        "AFP/Getty Images | 0 | false",
        "Reuters | 0 | false",
        "By John Smith | 0 | false",
        "Автор Ірина Морозюк | 0 | false",
        "Джерело пожежі встановлюють слідчі. | 0 | true",
        "Subscribe to our newsletter for the day's news | 0 | false",
        "Click here to subscribe | 0 | false",
        "Subscribers can store their own photos, video and music in the cloud. | 0 | true",
        "December 21, 2016 By Robert Gehl | 0 | false",
        "09.04.2025 · Автор: Ірина Морозюк | 0 | false",
        "9 квітня 2025 року, автор Ірина Морозюк | 0 | false",
        "9 квітня 2025 року, як пише автор книги, місто святкувало. | 0 | true",
        "У 2016 році by the way він переїхав до Києва. | 0 | true",
      })
  void linesInsideTheText(String line, int linkChars, boolean kept) {
    assertThat(keep(line, linkChars).contains(line)).isEqualTo(kept);
  }

  /** A sentence that opens with a byline's word gives no names; a byline does. */
  @ParameterizedTest(name = "{0} → bylines {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "By the end of the day, rescuers had pulled twelve people from the rubble. | ''",
        "Автор петиції вимагає перейменувати вулицю на честь загиблого героя. | ''",
        "By John Smith | John Smith",
        "Автор: Ірина Морозюк | Ірина Морозюк",
      })
  void aSentenceOpeningWithABylinesWordNamesNoAuthor(String line, String names) {
    Paragraphs.Findings findings = new Paragraphs.Findings();
    Paragraphs.keep(
        List.of(new BodyText.Block(line, 0, null, "p"), new BodyText.Block(SENTENCE, 0, null, "p")),
        "Заголовок",
        List.of(),
        MetadataTest.NOW,
        findings);
    if (names.isEmpty()) assertThat(findings.bylines).isEmpty();
    else assertThat(findings.bylines).singleElement().asString().contains(names);
  }

  /** A date line that runs on into a byline gives the byline's names, as a byline alone does. */
  @Test
  void aDatedBylineGivesItsNames() {
    Paragraphs.Findings findings = new Paragraphs.Findings();
    Paragraphs.keep(
        List.of(
            new BodyText.Block("December 21, 2016 By Robert Gehl", 0, null, "p"),
            new BodyText.Block(SENTENCE, 0, null, "p")),
        "Заголовок",
        List.of(),
        MetadataTest.NOW,
        findings);
    assertThat(findings.bylines).containsExactly("Robert Gehl");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "  plain text  ",
        "a\u00a0\u00a0b",
        "\u200bzero\u00adwidth\u200b",
        " \t\n ",
        "",
        "\u2003em spaces\u2003",
        "x \u3000 y",
        "line\r\nbreaks\fand\ttabs",
        "\u00a0\u2003",
        "emoji 👍 and 𝕏",
      })
  void shownLengthIsTheLengthOfJsoupsText(String s) {
    TextNode t = new TextNode(s);
    String shown = t.text();
    assertThat(TextStats.shownLength(s)).isEqualTo(shown.isBlank() ? 0 : shown.strip().length());
  }

  /**
   * A title or paragraph normalised for comparison keeps letters and digits of any script (as
   * {@code \\p{L}} and {@code \\p{N}} define them) and one space for each run of anything else.
   */
  @Test
  void normalTextIsItsLettersAndDigitsSeparatedBySingleSpaces() {
    String[] pieces = {
      "Слово", "ЇЖАК", "word", "Ä", "ß", "İ", "ґ", "Ё", "٣", "Ⅻ", "½", "𝕏", "👍", "2025", " ", "—",
      "«", "»", ",", "'", "’", "\u00a0", "\u0301", "ǅ", "中文", "\n"
    };
    Pattern gaps = Pattern.compile("[^\\p{L}\\p{N}]+");
    Random random = new Random(7);
    for (int k = 0; k < 5_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int j = random.nextInt(10); j > 0; j--) b.append(pieces[random.nextInt(pieces.length)]);
      String s = b.toString();
      assertThat(Titles.normal(s))
          .as(s)
          .isEqualTo(gaps.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
    }
  }

  /**
   * Random mixes of words, every kind of whitespace the loop treats apart and invisible characters:
   * the shown length is what jsoup's text gives, whatever the order.
   */
  @Test
  void shownLengthIsTheLengthOfJsoupsTextForAnyMix() {
    String[] pieces = {
      "слово", "word", " ", "  ", "\t", "\n", "\r\n", "\f", "\u000b", "\u00a0", "\u00ad", "\u200b",
      "\u2003", "\u3000", "«", "»", "\u00ab", "\u1680", "👍", "x", "\u001f", "\u0085", "—"
    };
    Random random = new Random(5);
    for (int k = 0; k < 5_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) b.append(pieces[random.nextInt(pieces.length)]);
      String s = b.toString();
      String shown = new TextNode(s).text();
      assertThat(TextStats.shownLength(s))
          .as("%s", s.codePoints().mapToObj(c -> Integer.toHexString(c)).toList())
          .isEqualTo(shown.isBlank() ? 0 : shown.strip().length());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "  plain   text  ",
        "a\u00a0\u00a0b",
        "\u00a0 lead\u00a0",
        " \t\n ",
        "",
        "\u2003em spaces\u2003",
        "x \u3000 y",
        "line\r\nbreaks\fand\ttabs\u000Bvt",
        "\u001ccontrol\u001f",
        "emoji 👍 and 𝕏",
      })
  void squeezedIsTheRegexChainItReplaces(String s) {
    assertThat(TextStats.squeezed(s))
        .isEqualTo(s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip());
    assertThat(TextStats.squeezed(new StringBuilder(s))).isEqualTo(TextStats.squeezed(s));
  }

  @Test
  void statsMeasureTextLinksCommasAndInlineParagraphBreaks() {
    Element body =
        Jsoup.parse(
                "<div id=d><p>Один, два, три.</p><a href=x>посилання</a>"
                    + "<font id=f>Перший абзац.<br><br>Другий абзац.</font>"
                    + "<span id=s>рядок<br>рядок</span><div itemprop=articleBody id=ab>т</div>"
                    + "</div>")
            .body();
    TextStats stats = new TextStats(body);
    TextStats.Of d = stats.of(body.getElementById("d"));
    int[] nodes = {"Один, два, три.".length(), 9, 13, 13, 5, 5, 1};
    assertThat(d.text).isEqualTo(java.util.Arrays.stream(nodes).sum());
    assertThat(d.links).isEqualTo("посилання".length());
    assertThat(d.commas).isEqualTo(2);
    assertThat(d.articleBody).isTrue();
    assertThat(stats.of(body.getElementById("f")).paragraphBreaks).isTrue();
    assertThat(stats.of(body.getElementById("s")).paragraphBreaks).isFalse();
    // The <font> with paragraphs is a block: its text is not the div's own.
    assertThat(d.direct).isEqualTo("посилання".length() + "рядокрядок".length());
    assertThat(TextStats.longerThan(body.getElementById("d"), 20)).isTrue();
    assertThat(TextStats.longerThan(body.getElementById("f"), 40)).isFalse();
  }

  @ParameterizedTest(name = "{0} → link characters {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "<a href='/news/1'>Що відомо</a> | 9",
        "<a href='#chto'>Що відомо</a> | 9",
        "<a name='chto' href='#chto'>Що відомо</a> | 9",
        "<a>Що відомо</a> | 9",
        "<a name='chto'>Що відомо</a> | 0",
        "<a id='chto'>Що відомо</a> | 0",
      })
  void aNamedAnchorIsNoLink(String heading, int links) {
    Element body = Jsoup.parse("<div><h4 id=h>" + heading + "</h4><p>Текст.</p></div>").body();
    Element h = body.getElementById("h");
    assertThat(new TextStats(body).of(h).links).isEqualTo(links);
    assertThat(BodyText.render(List.of(h)).getFirst().linkChars()).isEqualTo(links);
    assertThat(HeadlineLinks.headline(h.selectFirst("a"), body)).isEqualTo(links > 0);
  }

  /**
   * Subheadings wrapped in named anchors for a table of contents: plain text to the reader, and the
   * text's subheadings, not teasers' headlines.
   */
  @Test
  void subheadingsInNamedAnchorsAreTheTexts() {
    String article =
        "<p>"
            + ChosenBlocksTest.PARAGRAPHS.get(0)
            + "</p><h4><a name='Shcho_vidomo'>Що відомо</a></h4><p>"
            + ChosenBlocksTest.PARAGRAPHS.get(1)
            + "</p><p>"
            + ChosenBlocksTest.PARAGRAPHS.get(2)
            + "</p><h4><a name='Shcho_dali'>Що далі</a></h4><p>"
            + ChosenBlocksTest.PARAGRAPHS.get(3)
            + "</p>";
    String body = ChosenBlocksTest.body(ChosenBlocksTest.page(article));
    assertThat(body.split("\n\n")).contains("Що відомо", "Що далі").hasSize(6);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "article-body | 25",
        "post-content entry-content | 25",
        "article-tags | -25",
        "sidebar-layout | -25",
        "entry-content comments-area | -25",
        "readMore | -25",
        "mainText | 25",
        "MainText | 25",
        "SIDEBAR | -25",
        "news-item | 0",
        "author-bio | -25",
        "article-author | -25",
        "byline-text | 25",
        "post-body-bio | -25",
        "entry-content-meta | -25",
        "article-body-caption | -25",
        "story-text-byline | -25",
        "content-card | 25",
        "body-note | 25",
        "bio-body | 25",
        "author-biography | -25",
        "wp-biographia-container-top | -25",
        "biography-text | 25",
        "js:text | 25",
        "twitter-tweet tw-align-center | -25",
        "instagram-media | -25",
        "tiktok-embed | -25",
        "tweetstorm-analysis | 0",
        "x | 0",
      })
  void classNames(String cls, int weight) {
    Element e = Jsoup.parse("<div class='" + cls + "'></div>").selectFirst("div");
    assertThat(Hints.weight(e)).isEqualTo(weight);
  }

  @Test
  void hintsWeighIdsRolesAndItemprop() {
    assertThat(Hints.weight(div("id=sidebar"))).isEqualTo(-25);
    assertThat(Hints.weight(div("role=navigation"))).isEqualTo(-50);
    assertThat(Hints.weight(div("role=Main"))).isEqualTo(25);
    assertThat(Hints.weight(div("itemprop=articleBody class=content"))).isEqualTo(75);
  }

  static Element div(String attributes) {
    return Jsoup.parse("<div " + attributes + "></div>").selectFirst("div");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ПІДПИСУЙТЕСЬ НА НАС",
        "Читайте нас у Google News",
        "просто текст без закликів",
        "İstanbul sübscribe",
        "натисніть CTRL+ENTER",
        "Follow Us",
        "",
      })
  void phrasesFindWhatACaseInsensitiveUnicodeRegexFinds(String text) {
    String[] words = {"підписуйтес", "google news", "subscribe", "ctrl+enter", "follow us"};
    Pattern regex =
        Pattern.compile(
            "(?iU)(" + Stream.of(words).map(Pattern::quote).collect(Collectors.joining("|")) + ")");
    assertThat(new Phrases(words).in(text)).isEqualTo(regex.matcher(text).find());
  }

  /**
   * A short article in a page whose root is named like boilerplate (Next.js: {@code <div
   * id="__next">}, "next" as in pagination) under a long menu: the root holds the whole page, more
   * than 30% of it links, and was dropped with the article in it ("no main text found" on ~10% of
   * the sample web's scale-mode pages of that layout).
   */
  @Test
  void aBoilerplateNamedRootThatHoldsThePageStays() {
    StringBuilder menu = new StringBuilder("<header><nav><ul>");
    for (int i = 0; i < 12; i++) {
      menu.append("<li><a href='/s").append(i).append("/'>Розділ номер ").append(i).append("</a>");
    }
    menu.append("</ul></nav></header>");
    String body =
        "<p>Людина з пультом не встигає, а сигнал глушить ворожа РЕБ, розповів керівник мережі.</p>"
            + "<p>Міллс підвівся на рахунок «сім» і дотягнув до гонгу, але потім оборонявся.</p>"
            + "<p>Як повідомив міський голова, директора підприємства відсторонено від посади.</p>";
    StringBuilder related = new StringBuilder("<section class=related><h2>Читайте також</h2><ul>");
    for (int i = 0; i < 4; i++) {
      related.append("<li><a href='/n").append(i).append("'>Інша новина дня під номером ");
      related.append(i).append(" про події в країні</a>");
    }
    related.append("</ul></section>");
    String html =
        "<html><body><div id=__next>"
            + menu
            + "<main><article><h1>Заголовок новини</h1><div class=body>"
            + body
            + "</div></article>"
            + related
            + "</main></div></body></html>";

    Extraction got = new Extractor().extract(html, "https://example.com/news/1");

    assertThat(got).isInstanceOf(Extraction.Found.class);
    String text = ((Extraction.Found) got).article().articleBody();
    assertThat(text).startsWith("Людина з пультом").contains("Міллс").endsWith("від посади.");
    assertThat(text).doesNotContain("Розділ номер").doesNotContain("Інша новина");
  }

  /**
   * A paragraph that comes twice in a row (a standfirst repeated as the text's first line, perhaps
   * past a date line) or a text printed twice is layout and is kept once; a paragraph that comes
   * back after other text or a heading is the author's (a refrain, a question asked again) and is
   * kept each time. A, B, C = paragraphs, H = a heading, D = a date line that goes. R = A with a
   * word changed (a summary box printing an earlier draft of the first paragraph), kept once, as
   * the later copy has it; E, F = two examples of one formula, the same words in another order; N,
   * M = two slides of a numbered gallery, the same words after their numbers.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "A A, A",
    "A D A, A",
    "A A A, A",
    "A B A, A B A",
    "A H A, A H A",
    "A H A H A, A H A H A",
    "A A B A, A B A",
    "A B B A, A B A",
    "A B C A B C, A B C A",
    "A B C B A, A B C B A",
    "A H B C A H B C, A H B C A H",
    "R A, A",
    "A R, R",
    "R D A, A",
    "R H A, R H A",
    "R B A, R B A",
    "E F, E F",
    "N M, N M",
  })
  void aRepeatedParagraphGoesOnlyWhenLayoutDoubledIt(String layout, String expected) {
    Map<String, String> texts =
        Map.of(
            "A", "Уряд виділив кошти на ремонт шкіл і лікарень у прифронтових громадах країни.",
            "B", SENTENCE,
            "C", "Міська рада проголосувала за новий бюджет, де більше грошей на укриття у школах.",
            "H", "Що далі",
            "D", "09 квітня 2025 р. 07:03",
            "R", "Уряд виділив кошти на ремонт шкіл і лікарень у прифронтових громадах області.",
            "E", "Example 1: 110^010 = 100 (Binary) 6 ^ 2 = 4 (Decimal)",
            "F", "Example 2: 100^010 = 110 (Binary) 4 ^ 2 = 6 (Decimal)",
            "N", "1. Господарі квартири довго шукали меблі, які б пасували до старого паркету.",
            "M", "2. Господарі квартири довго шукали меблі, які б пасували до старого паркету.");
    List<BodyText.Block> blocks = new ArrayList<>();
    for (String part : layout.split(" ")) {
      blocks.add(new BodyText.Block(texts.get(part), 0, null, part.equals("H") ? "h2" : "p"));
    }
    List<String> kept =
        Paragraphs.keep(
            blocks, "Заголовок", List.of(), MetadataTest.NOW, new Paragraphs.Findings());
    Map<String, String> letters = new HashMap<>();
    texts.forEach((letter, text) -> letters.put(text, letter));
    assertThat(kept.stream().map(letters::get).collect(Collectors.joining(" ")))
        .isEqualTo(expected);
  }

  /**
   * A paragraph set twice side by side in one container, the same element both times (filler text,
   * a refrain), is the page's and kept each time; the same words in another box or another dress (a
   * lead box, a {@code lead} class, a bold first line) are layout doubling a standfirst, and go; so
   * does a summary box that has it with a word changed, while paragraphs alike but for a word in
   * one container are the page's.
   */
  @ParameterizedTest(name = "{0} → {2} copies")
  @CsvSource(
      delimiter = '|',
      value = {
        "twins | <div class=body>{A}{A}{A}</div> | 3",
        "ten twins | <div class=body>{A}{A}{A}{A}{A}{A}{A}{A}{A}{A}</div> | 10",
        "a generated run | <div class=body>{A}{A}{A}{A}{A}{A}{A}{A}{A}{A}{A}</div> | 1",
        "twins past a picture | <div class=body>{A}<img src=a.jpg>{A}</div> | 2",
        "twins past a like box | <div class=body>{A}<div class='sharedaddy sd-like'><h3>Like"
            + " this:</h3><span>Like</span> <span>Loading...</span></div>{A}</div> | 2",
        "lead box | <div class=lead>{A}</div><div class=body>{A}</div> | 1",
        "lead class | <div class=body><p class=lead>{T}</p>{A}</div> | 1",
        "bold lead | <div class=body><p><strong>{T}</strong></p>{A}</div> | 1",
        "a line between | <div class=body>{A}<p>Фото: Олена Петренко</p>{A}</div> | 1",
        "a summary box reworded | <div class=summary>{R}</div><div class=body>{A}</div> | 1",
        "templated paragraphs | <div class=body><p id=first>{R}</p><p id=second>{T}</p></div> | 2",
      })
  void twinParagraphsStayAndLayoutDoublesGo(String name, String body, int copies) {
    String a = "Уряд виділив кошти на ремонт шкіл і лікарень у прифронтових громадах країни.";
    String html =
        "<html><body><article><h1>Ремонт шкіл</h1>"
            + body.replace("{A}", "<p>" + a + "</p>")
                .replace("{T}", a)
                .replace("{R}", a.replace("країни", "області"))
            + "<p>"
            + SENTENCE
            + "</p></article></body></html>";

    Extraction got = new Extractor().extract(html, "https://example.com/news/3");

    String text = ((Extraction.Found) got).article().articleBody();
    assertThat(text.split("Уряд виділив", -1)).hasSize(copies + 1);
    assertThat(text).contains("Рятувальники");
  }

  /**
   * Old pages set text with {@code <br>}s and subheadings in bold on lines of their own: a bold
   * line ends its paragraph as a full stop does. A bold lead-in with its sentence on the same line,
   * or a bold line that runs on into the next, does not.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bold heading | <b>Що відомо</b><br>{S} | Що відомо¶{S}",
        "strong heading | <strong>Що відомо </strong> <br>{S} | Що відомо¶{S}",
        "break inside the bold | <b>Що відомо<br></b>{S} | Що відомо¶{S}",
        "bold lead-in | <b>Важливо:</b> не вмикайте обігрівачі<br>{S} | Важливо: не вмикайте"
            + " обігрівачі {S}",
        "bold inside a line | Як <b>сказав</b> він<br>{S} | Як сказав він {S}",
        "plain line | Що відомо<br>{S} | Що відомо {S}",
      })
  void aBoldLineEndsItsParagraph(String name, String line, String expected) {
    String said = "Як повідомив міський голова, директора підприємства відсторонено від посади.";
    String html =
        "<html><body><article><h1>Аварія на тепломережі</h1><div class=text>"
            + SENTENCE
            + "<br><br>"
            + line.replace("{S}", said)
            + "<br><br>"
            + SENTENCE.replace("ранку", "вечора")
            + "</div></article></body></html>";

    Extraction got = new Extractor().extract(html, "https://example.com/news/4");

    String text = ((Extraction.Found) got).article().articleBody();
    assertThat(text.split("\\n\\n")).containsSequence(expected.replace("{S}", said).split("¶"));
  }

  /** A Chinese news text: paragraphs of two sentences each, their stops 。 and ？. */
  private static final List<String> CHINESE =
      List.of(
          "北京时间昨天晚上，国家队在主场以二比一战胜对手。比赛开始后，双方都非常谨慎。",
          "上半场第三十分钟，客队率先进球。谁能想到主队会在下半场完成逆转？",
          "下半场主队连进两球，完成逆转。主教练在赛后表示，队员们表现得很好。",
          "下一场比赛将在下周三举行，届时主队将前往客场挑战排名第一的球队。",
          "据统计，本场比赛现场观众超过五万人，创下了本赛季的最高纪录。许多球迷从外地专程赶来观看比赛。");

  private static String chinesePage(String content) {
    return "<html><head><title>国家队逆转取胜</title></head><body><nav><a href=/1>新闻</a>"
        + " <a href=/2>体育</a></nav><div class=main><h1>国家队逆转取胜</h1>"
        + content
        + "</div><div class=footer>版权所有 © 2015 新闻网</div></body></html>";
  }

  private static String chineseBody(String content) {
    Extraction got = new Extractor().extract(chinesePage(content), "https://example.cn/news/1");
    assertThat(got).isInstanceOf(Extraction.Found.class);
    return ((Extraction.Found) got).article().articleBody();
  }

  /**
   * Chinese and Japanese end sentences with 。！？ (Arabic with ؟, Hindi with ।): a paragraph of their
   * text set with single {@code <br>}s parts where a sentence ends, as after a full stop.
   */
  @Test
  void aLineBreakAfterAChineseFullStopPartsParagraphs() {
    String text = chineseBody("<div class=content>" + String.join("<br>", CHINESE) + "</div>");

    assertThat(text.split("\n\n")).containsExactlyElementsOf(CHINESE);
  }

  /**
   * A short paragraph that ends in 。 is a sentence, not a fragment without one: thirteen Chinese
   * characters say what thirty Latin letters do.
   */
  @Test
  void aShortChineseSentenceInABlockOfItsOwnStays() {
    String last = "球迷们久久不愿离去。";
    StringBuilder divs = new StringBuilder("<div class=content>");
    for (String p : CHINESE) divs.append("<div>").append(p).append("</div>");
    divs.append("<div>").append(last).append("</div></div>");

    String text = chineseBody(divs.toString());

    assertThat(text.split("\n\n")).startsWith(CHINESE.getFirst()).endsWith(last);
  }

  @Test
  void sectionsThatRepeatAParagraphKeepEveryCopy() {
    String p =
        "<p>Рятувальники працювали до ранку, а міська влада відкрила пункт обігріву для"
            + " мешканців сусідніх будинків, де немає світла.</p>";
    String html =
        "<html><body><article><h1>Ніч у місті</h1>"
            + p
            + "<h2>Що відомо</h2>"
            + p
            + "<h2>Що далі</h2>"
            + p
            + "</article></body></html>";

    Extraction got = new Extractor().extract(html, "https://example.com/news/2");

    String text = ((Extraction.Found) got).article().articleBody();
    assertThat(text.split("Рятувальники", -1)).hasSize(4);
    assertThat(text).contains("Що відомо").contains("Що далі");
  }

  /**
   * A social post embedded in the text as the platforms' embed codes set it (a blockquote, alone or
   * in a wrapper named after it) is a post the article quotes, kept as a plain quotation is; blocks
   * named after a platform that quote nothing (a card of text, a box with more than the post) go,
   * and so does a post in a box a strong word names (a widget, sharing).
   */
  @ParameterizedTest(name = "{0} → kept {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "tweet | <blockquote class='twitter-tweet'><p>Вибухи в центрі міста, всі в укриття.</p>"
            + "— Новини (@news) 9 квітня 2025</blockquote> | true",
        "twitter video | <blockquote class='twitter-video'><p>Вибухи в центрі міста, всі в"
            + " укриття.</p>— Новини (@news) 9 квітня 2025</blockquote> | true",
        "instagram | <blockquote class='instagram-media' data-instgrm-version='14'>"
            + "<p>Вибухи в центрі міста, всі в укриття.</p></blockquote> | true",
        "tiktok | <blockquote class='tiktok-embed'><section>"
            + "<p>Вибухи в центрі міста, всі в укриття.</p></section></blockquote> | true",
        "a theme's wrapper of a tweet | <div class='twitter-wrapper'><div><blockquote"
            + " class='twitter-tweet'><p>Вибухи в центрі міста, всі в укриття.</p>— Новини (@news)"
            + " 9 квітня 2025</blockquote></div></div> | true",
        "a WordPress embed block | <figure class='wp-block-embed is-type-rich"
            + " is-provider-twitter wp-block-embed-twitter'><div class='wp-block-embed__wrapper'>"
            + "<blockquote class='twitter-tweet'><p>Вибухи в центрі міста, всі в укриття.</p>"
            + "— Новини (@news) 9 квітня 2025</blockquote><script async"
            + " src='https://platform.twitter.com/widgets.js'></script></div></figure> | true",
        "facebook post | <div class='fb-post' data-href='https://www.facebook.com/n/posts/1'>"
            + "<blockquote cite='https://www.facebook.com/n/posts/1' class='fb-xfbml-parse-ignore'>"
            + "<p>Вибухи в центрі міста, всі в укриття.</p>Posted by <a"
            + " href='https://www.facebook.com/n'>Новини</a> on <a"
            + " href='https://www.facebook.com/n/posts/1'>Wednesday, April 9, 2025</a></blockquote>"
            + "</div> | true",
        "facebook video | <div class='fb-video' data-href='https://www.facebook.com/n/videos/1'>"
            + "<blockquote cite='https://www.facebook.com/n/videos/1'"
            + " class='fb-xfbml-parse-ignore'><p>Вибухи в центрі міста, всі в укриття.</p>"
            + "</blockquote></div> | true",
        "bluesky | <blockquote class='bluesky-embed' data-bluesky-uri='at://did:plc:x/post/1'>"
            + "<p lang='uk'>Вибухи в центрі міста, всі в укриття.</p>&mdash; Новини (@news)"
            + " <a href='https://bsky.app/profile/news/post/1'>9 квітня 2025</a></blockquote> |"
            + " true",
        "reddit | <blockquote class='reddit-embed-bq' style='height:500px'><p>Вибухи в центрі"
            + " міста, всі в укриття.</p> by <a href='https://www.reddit.com/user/y/'>u/y</a> in"
            + " <a href='https://www.reddit.com/r/x/'>r/x</a></blockquote> | true",
        "text pasted with Google's kno-fb-ctx spans | <p><span class='kno-fb-ctx'>Вибухи в"
            + " центрі міста,</span><span class='kno-fb-ctx'> всі в укриття.</span></p> | true",
        "quotation | <blockquote><p>Вибухи в центрі міста, всі в укриття.</p></blockquote> | true",
        "a tweet in a widget | <div class='widget widget_tweet'><blockquote class='twitter-tweet'>"
            + "<p>Вибухи в центрі міста, всі в укриття.</p></blockquote></div> | false",
        "a tweet in a share box | <blockquote class='twitter-tweet share'><p>Вибухи в центрі"
            + " міста, всі в укриття.</p></blockquote> | false",
        "a wrapper with more than the post | <div class='twitter-box'><p>Наш твітер: вибухи в"
            + " центрі міста, всі в укриття.</p><blockquote class='twitter-tweet'><p>Підписуйтеся"
            + " на нас.</p></blockquote></div> | false",
        "a card named tweet | <div class='tweet-card'><p>Вибухи в центрі міста, всі в"
            + " укриття.</p></div> | false",
      })
  void embeddedSocialPostsAreQuoted(String kind, String embed, boolean kept) {
    String text = bodyAround(embed);
    assertThat(text).startsWith("Рятувальники").contains("відсторонено").endsWith("оборонявся.");
    assertThat(text.contains("всі в укриття")).isEqualTo(kept);
  }

  /** The body extracted from a news page of three paragraphs with {@code block} after the first. */
  private static String bodyAround(String block) {
    String html =
        "<html><body><article><h1>Заголовок новини</h1>"
            + "<p>Рятувальники працювали до ранку, а міська влада відкрила пункт обігріву.</p>"
            + block
            + "<p>Як повідомив міський голова, директора підприємства відсторонено від посади.</p>"
            + "<p>Міллс підвівся на рахунок «сім» і дотягнув до гонгу, але потім оборонявся.</p>"
            + "</article></body></html>";
    Extraction got = new Extractor().extract(html, "https://example.com/news/1");
    return ((Extraction.Found) got).article().articleBody();
  }

  /**
   * A listicle's item named after the post it shows ({@code video_instagram}) holds the article's
   * own heading: the item stays, with the post it quotes. A block named after a post without a
   * heading of its own, holding no quoted post, is the platform's box and goes.
   */
  @ParameterizedTest(name = "{0} → heading kept {2}, post kept {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "an item named after its post | <div class='item item-video video_instagram'><h2>1. Художник"
            + " намалював співачку русалкою.</h2><blockquote class='instagram-media'><p>Вибухи в центрі"
            + " міста, всі в укриття.</p></blockquote></div> | true | true",
        "an item named tweet | <section class=tweet-item><h3>1. Художник намалював співачку"
            + " русалкою.</h3><blockquote class='twitter-tweet'><p>Вибухи в центрі міста, всі в"
            + " укриття.</p></blockquote></section> | true | true",
        "an item named for sharing too | <div class='item tweet share'><h2>1. Художник намалював"
            + " співачку русалкою.</h2><blockquote class='instagram-media'><p>Вибухи в центрі"
            + " міста, всі в укриття.</p></blockquote></div> | false | false",
        "a themed tweet card | <div class=tweet-card><p>1. Художник намалював співачку"
            + " русалкою.</p><p>Вибухи в центрі міста, всі в укриття.</p></div> | false | false",
      })
  void itemsNamedAfterTheirEmbeddedPostsStay(
      String kind, String item, boolean headingKept, boolean postKept) {
    String text = bodyAround(item);
    assertThat(text).startsWith("Рятувальники").contains("відсторонено").endsWith("оборонявся.");
    assertThat(text.contains("Художник намалював")).isEqualTo(headingKept);
    assertThat(text.contains("всі в укриття")).isEqualTo(postKept);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<div class='item video_instagram'><h2>Заголовок</h2></div> | 0",
        "<div class='item video_instagram'><p>Допис</p></div> | -25",
        "<div class='tweet-caption'><h2>Заголовок</h2></div> | -25",
        "<div class='tweet' role=complementary><h2>Заголовок</h2></div> | -75",
        "<div class='post tweet'><h2>Заголовок</h2></div> | 0",
      })
  void anEmbedsNameWeighsNothingOnABlockWithAHeading(String html, int weight) {
    Element e = Jsoup.parseBodyFragment(html).body().child(0);
    assertThat(Hints.weight(e)).isEqualTo(weight);
  }

  @Test
  void neverTextTagsAndHiddenElementsGo() {
    List<String> gone = new ArrayList<>();
    for (Element e :
        Jsoup.parse(
                "<nav id=a></nav><div id=b hidden></div><div id=c aria-hidden=' TRUE '></div>"
                    + "<div id=d style='Display : None'></div><div id=e role=Alert></div>"
                    + "<div id=f class='x sr-only'></div><div id=g style='color:red'></div>"
                    + "<p id=h>текст</p>")
            .body()
            .children()) {
      if (MainText.neverText(e)) gone.add(e.id());
    }
    assertThat(gone).containsExactly("a", "b", "c", "d", "e", "f");
  }

  @ParameterizedTest(name = "{0} → dropped")
  @ValueSource(
      strings = {
        "<div>[Read: <a href='/n/2'>Senate passes the budget bill</a>]</div>",
        "<p><i>[<a href='/n/2'>Senate passes the budget bill</a>]</i></p>",
        "<p><b>Related:</b> <a href='/n/2'>Senate passes the budget bill</a></p>",
        "<p>(See also: <a href='/n/2'>Senate passes the budget bill</a>)</p>",
        "<div>Lesen Sie auch: <a href='/n/2'>Bundestag beschließt den Haushalt</a></div>",
      })
  void teaserLinesBetweenParagraphs(String teaser) {
    String body =
        ChosenBlocksTest.body(
            ChosenBlocksTest.page(
                "<p>"
                    + BlockRunsTest.LEAD
                    + "</p>"
                    + teaser
                    + "<p>"
                    + BlockRunsTest.INTRO
                    + "</p>"));
    assertThat(body).startsWith(BlockRunsTest.LEAD).endsWith(BlockRunsTest.INTRO);
    assertThat(body).doesNotContain(Jsoup.parseBodyFragment(teaser).selectFirst("a").text());
  }

  @ParameterizedTest(name = "<div class={0}> after the text → kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "post-body-bio | false",
        "entry-content-meta | false",
        "story-body-byline | false",
        "wp-biographia-container-top | false",
        "post-body | true",
        "byline-text | true",
      })
  void aPartNamedAfterTheTextBox(String cls, boolean kept) {
    String part = "Олена Коваль — кореспондентка видання в Києві, раніше писала про економіку.";
    String body =
        ChosenBlocksTest.body(
            ChosenBlocksTest.page(
                "<div class=article-body><p>"
                    + BlockRunsTest.LEAD
                    + "</p><p>"
                    + BlockRunsTest.INTRO
                    + "</p></div><div class='"
                    + cls
                    + "'>"
                    + part
                    + "</div>"));
    assertThat(body).startsWith(BlockRunsTest.LEAD);
    assertThat(body.contains(part)).isEqualTo(kept);
  }
}
