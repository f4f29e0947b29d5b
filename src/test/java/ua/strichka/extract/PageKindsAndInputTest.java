package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages that are not articles, hostile input, and per-outlet rules. */
class PageKindsAndInputTest {
  static final ZonedDateTime NOW = MetadataTest.NOW;
  final Extractor extractor = new Extractor();

  static String teasers(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("<div class=\"news-card\"><h3><a href=\"/news/")
          .append(i)
          .append("\">Новина номер ")
          .append(i)
          .append(": уряд ухвалив рішення про підтримку громад</a></h3><span>10:0")
          .append(i % 10)
          .append("</span></div>");
    }
    return b.toString();
  }

  Extraction run(String html, String url) {
    return extractor.extract(html, url, FeedHints.NONE, NOW);
  }

  @Test
  void frontPageIsHome() {
    Extraction x =
        run(
            "<html><head><meta property=\"og:type\" content=\"website\"></head><body>"
                + teasers(20)
                + "</body></html>",
            "https://news.example/");
    assertThat(x)
        .isInstanceOfSatisfying(
            Extraction.NotArticle.class, n -> assertThat(n.kind()).isEqualTo(PageKind.HOME));
  }

  @Test
  void tagPageIsListing() {
    Extraction x =
        run(
            "<html><body><h1>Тег: уряд</h1>" + teasers(15) + "</body></html>",
            "https://news.example/tag/uriad/");
    assertThat(x)
        .isInstanceOfSatisfying(
            Extraction.NotArticle.class, n -> assertThat(n.kind()).isEqualTo(PageKind.LISTING));
  }

  @ParameterizedTest(name = "an article at {0} → listing {1}")
  @CsvSource({
    "https://news.example/tag/uriad/, true",
    "https://news.example/topics/viina, true",
    "https://news.example/rubric/economy/page/3/, true",
    "https://news.example/search?q=uriad, true",
    "https://news.example/category/polityka/uriad-uhvalyv-rishennia-1234.html, false",
    "https://news.example/section/news/2024/05/uriad-uhvalyv-rishennia/, false",
    "https://news.example/news/2024/05/tag-i-rubryka/, false",
  })
  void aListingIsKnownByItsOwnPathNotByAPathItIsFiledUnder(String url, boolean listing) {
    String p =
        "<p>Уряд ухвалив рішення про підтримку громад, що прийняли переселенців, і виділив кошти"
            + " на ремонт гуртожитків, шкіл та лікарень у прифронтових областях країни.</p>";
    Extraction x = run("<html><body><article><h1>Уряд ухвалив рішення</h1>" + p.repeat(4), url);
    if (listing) {
      assertThat(x)
          .isInstanceOfSatisfying(
              Extraction.NotArticle.class, n -> assertThat(n.kind()).isEqualTo(PageKind.LISTING));
    } else {
      assertThat(x).isInstanceOf(Extraction.Found.class);
    }
  }

  @Test
  void sectionPageWithoutUrlHintIsListingByShape() {
    Extraction x =
        run(
            "<html><body><h1>Економіка</h1>" + teasers(12) + "</body></html>",
            "https://news.example/x/economy-all");
    assertThat(x)
        .isInstanceOfSatisfying(
            Extraction.NotArticle.class, n -> assertThat(n.kind()).isEqualTo(PageKind.LISTING));
  }

  @ParameterizedTest(name = "{0} → article {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<meta property=\"og:type\" content=\"article\"> | true",
        "<meta name=\"og:type\" value=\"article\"> | true",
        "<meta name=\"og:type\" value=\"website\"> | false",
        "| false",
      })
  void aOneParagraphStoryAmongTeasersIsAnArticleWhereThePageSaysSo(String head, boolean article) {
    String story =
        "<div class=story><h1>Уряд скасував спільні виступи</h1><p>Уряд скасував спільні виступи"
            + " міністрів у регіонах після того, як запис закритої наради потрапив у мережу,"
            + " повідомили в пресслужбі. Натомість міністри поїдуть окремо: перший уже в понеділок"
            + " відвідає Харків і Суми, другий наприкінці тижня буде у Львові, а спільну поїздку"
            + " відклали на невизначений час.</p></div>";
    Extraction x =
        run(
            "<html><head>" + (head == null ? "" : head) + "</head><body>" + story + teasers(12),
            "https://news.example/video/uriad-skasuvav-vystupy-123.html");
    if (article) assertThat(x).isInstanceOf(Extraction.Found.class);
    else assertThat(x).isInstanceOf(Extraction.NotArticle.class);
  }

  @Test
  void contactsPageIsService() {
    Extraction x =
        run(
            "<html><body><h1>Контакти</h1><p>Адреса редакції: м. Київ, вул. Хрещатик, 1, офіс"
                + " 10. Телефон: +380 44 000 00 00, пошта: news@example.com. Пишіть нам, ми"
                + " відповідаємо протягом доби, крім вихідних і святкових днів.</p></body></html>",
            "https://news.example/contacts/");
    assertThat(x)
        .isInstanceOfSatisfying(
            Extraction.NotArticle.class, n -> assertThat(n.kind()).isEqualTo(PageKind.SERVICE));
  }

  @Test
  void pageWithoutTextIsEmpty() {
    Extraction x =
        run("<html><body><div><img src=a.jpg></div></body></html>", "https://news.example/a/1");
    assertThat(x)
        .isInstanceOfSatisfying(
            Extraction.NotArticle.class, n -> assertThat(n.kind()).isEqualTo(PageKind.EMPTY));
  }

  @Test
  void hundredThousandNestedDivsFailFast() {
    String html = "<html><body>" + "<div>".repeat(100_000) + "текст</body></html>";
    assertThatThrownBy(() -> run(html, "https://x.example/deep"))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("levels deep");
  }

  /**
   * The limit sits where it sat before jsoup capped its tree (its cap would flatten a deeper page
   * silently): the text of a paragraph in {@code n} nested divs under html and body lies {@code n +
   * 4} levels down, so {@code MAX_DEPTH - 4} divs are read and one more is refused, as are pages
   * nested past jsoup's cap (they parse flat, with nodes just past the limit).
   */
  @ParameterizedTest
  @CsvSource({"1996, false", "1997, true", "1998, true", "2000, true", "2500, true"})
  void nestingIsRefusedJustPastTheLimit(int divs, boolean refused) {
    assertThat(Extractor.MAX_DEPTH - 4).isEqualTo(1996);
    String text = "Уряд ухвалив рішення про підтримку громад, що прийняли переселенців. ".repeat(5);
    String html = "<html><body>" + "<div>".repeat(divs) + "<p>" + text + "</body></html>";
    if (refused) {
      assertThatThrownBy(() -> run(html, "https://x.example/deep"))
          .isInstanceOf(ExtractionException.class)
          .hasMessage("page nests elements more than 2000 levels deep; no real page does");
    } else {
      Extraction x = run(html, "https://x.example/deep");
      assertThat(x).isInstanceOf(Extraction.Found.class);
      assertThat(((Extraction.Found) x).article().articleBody()).contains("підтримку громад");
    }
  }

  /**
   * The first page of an article split over pages may hold only its lead: short text on a dated
   * page that links its next page is an article's first part; short text alone is an empty shell.
   */
  @ParameterizedTest
  @CsvSource({"true, true, true", "false, true, false", "true, false, false"})
  void shortFirstPageOfASplitArticleIsAnArticle(boolean next, boolean dated, boolean article) {
    String html =
        "<html><head><title>Довге читання про громади — Тижневик</title>"
            + (next ? "<link rel=\"next\" href=\"https://x.example/long?page=2\">" : "")
            + (dated
                ? "<meta property=\"article:published_time\" content=\"2025-04-09T10:00:00+03:00\">"
                : "")
            + "</head><body><header><a href=\"/\">Тижневик</a></header><main><article>"
            + "<h1>Довге читання про громади</h1><div class=\"text\">"
            + "<p>Громади на сході готуються до зими без газу.</p>"
            + "<p>Перший урок стосується місцевої влади.</p>"
            + "</div></article></main></body></html>";
    Extraction x = run(html, "https://x.example/long");
    if (article) {
      assertThat(x).isInstanceOf(Extraction.Found.class);
      assertThat(((Extraction.Found) x).article().articleBody())
          .isEqualTo(
              "Громади на сході готуються до зими без газу.\n\n"
                  + "Перший урок стосується місцевої влади.");
    } else {
      assertThat(x).isInstanceOf(Extraction.NotArticle.class);
      assertThat(((Extraction.NotArticle) x).kind()).isEqualTo(PageKind.EMPTY);
      assertThat(((Extraction.NotArticle) x).reason()).startsWith("only ");
    }
  }

  /**
   * A short text is an empty shell by what it tells, not by its characters: a Japanese or Chinese
   * news brief of some 130 characters tells what 400 Latin letters do, a Korean one of 100
   * syllables what 200 do; a line of either, and a Ukrainian text of the brief's length, stay
   * empty.
   */
  @ParameterizedTest(name = "{0} → article {2}")
  @CsvSource({
    "Japanese brief, 台風十号が週末にかけて関東地方に接近する見込みです。気象庁は早めの備えを呼びかけています。交通機関にも影響が出るおそれがあります。"
        + "最新の情報に注意してください。特に沿岸部では高波に警戒が必要です。不要不急の外出は控えるよう求めています。, true",
    "Chinese brief, 北京时间昨天晚上，国家队在主场以二比一战胜对手。比赛开始后，双方都非常谨慎。上半场第三十分钟，客队率先进球。"
        + "下半场主队连进两球，完成逆转。主教练在赛后表示，队员们表现得很好。, true",
    "Korean brief, 태풍 10호가 주말에 수도권에 접근할 것으로 보입니다. 기상청은 미리 대비할 것을 당부했습니다. 교통에도 영향이"
        + " 있을 수 있습니다. 해안 지역에서는 높은 파도에 주의해야 합니다. 불필요한 외출은 삼가 주십시오., true",
    "Japanese line, 台風十号が週末にかけて関東地方に接近する見込みです。, false",
    "Ukrainian line, Громади на сході готуються до зими без газу: перший урок стосується влади., false",
  })
  void aShortTextIsEmptyByWhatItTells(String name, String text, boolean article) {
    String html =
        "<html><head><title>Новина</title></head><body><main><article><h1>Новина</h1><div"
            + " class=\"text\"><p>"
            + text
            + "</p></div></article></main></body></html>";

    Extraction x = run(html, "https://x.example/brief");

    assertThat(x instanceof Extraction.Found).as("%s", x).isEqualTo(article);
  }

  /**
   * A {@code ?page=2} URL is a listing's next page, unless the page is dated and shows few headline
   * links: then it is the second page of a split article (it was called a listing, and the text of
   * every page after the first was lost to a caller that extracts each page at its own URL).
   */
  @ParameterizedTest
  @CsvSource({"true, 3, true", "false, 3, false", "true, 12, false"})
  void aPageQueryIsAListingUnlessTheSecondPageOfADatedArticle(
      boolean dated, int teasers, boolean article) {
    String html =
        "<html><head><title>Довге читання про громади — Тижневик</title>"
            + (dated
                ? "<meta property=\"article:published_time\" content=\"2025-04-09T10:00:00+03:00\">"
                : "")
            + "<link rel=\"prev\" href=\"https://x.example/long\"></head><body><main><article>"
            + "<h1>Довге читання про громади</h1><div class=\"text\">"
            + "<p>Громади на сході готуються до зими без газу, тож місцева влада шукає генератори.</p>"
            + "<p>Другий урок стосується шкіл, які навчають дітей в укриттях уже третій рік.</p>"
            + "</div></article>"
            + teasers(teasers)
            + "</main></body></html>";
    Extraction x = run(html, "https://x.example/long?page=2");
    if (article) {
      assertThat(x).isInstanceOf(Extraction.Found.class);
      assertThat(((Extraction.Found) x).article().articleBody()).startsWith("Громади на сході");
    } else {
      assertThat(x)
          .isInstanceOfSatisfying(
              Extraction.NotArticle.class, n -> assertThat(n.kind()).isEqualTo(PageKind.LISTING));
    }
  }

  @Test
  void fiftyMegabytePageIsRefusedBeforeParsing() {
    byte[] page = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(page, (byte) 'a');
    assertThatThrownBy(() -> extractor.extract(page, null, "https://x.example/big", null, NOW))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("page too large: 50.0 MB, the limit is 10 MB");
  }

  @Test
  void binaryGarbageIsNotAWebPage() {
    byte[] bytes = new byte[100_000];
    new Random(7).nextBytes(bytes);
    assertThatThrownBy(() -> extractor.extract(bytes, null, "https://x.example/bin", null, NOW))
        .isInstanceOf(ExtractionException.class)
        .hasMessageContaining("binary");
  }

  @Test
  void emptyFileIsAnEmptyPage() {
    assertThatThrownBy(() -> extractor.extract(new byte[0], null, null, null, NOW))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("empty page");
  }

  @Test
  void outletRulesOverrideTheGenericExtractor() {
    String json =
        """
        {"outlets":[{"hosts":["odd.example"],"body":".txt-x","title":".hdr","date":".when",
          "author":".who","remove":[".txt-x .promo"]}]}""";
    ExtractionRules rules =
        ExtractionRules.parse(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    String html =
        "<html><body><h1>Не той заголовок</h1><div class=hdr>Справжній заголовок</div>"
            + "<span class=when>09.04.2025 10:30</span><span class=who>Автор: Ганна Ярмола</span>"
            + "<div class=sidebar-long><p>"
            + "Довгий текст бічної панелі, який генеричний екстрактор міг би взяти, бо в ньому"
            + " багато слів, ком, крапок і речень, що схожі на статтю. ".repeat(6)
            + "</p></div><div class=txt-x>Короткий текст статті.<div class=promo>Реклама тут"
            + "</div></div></body></html>";
    Extraction x = new Extractor(rules).extract(html, "https://www.odd.example/1", null, NOW);
    Article a = ((Extraction.Found) x).article();
    assertThat(a.title()).isEqualTo("Справжній заголовок");
    assertThat(a.articleBody()).isEqualTo("Короткий текст статті.");
    assertThat(a.authors()).containsExactly("Ганна Ярмола");
    assertThat(a.datePublished()).hasToString("2025-04-09T10:30+03:00");
  }

  @Test
  void anOutletsZoneReadsTheTimesItPrintsWithoutOne() {
    String json = "{\"outlets\":[{\"hosts\":[\"kyivnews.example\"],\"zone\":\"Europe/Kyiv\"}]}";
    ExtractionRules rules =
        ExtractionRules.parse(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    // An English edition that copied og:locale en_US: read alone, its clock is New York's.
    String html =
        "<html lang=en><head><meta property='og:locale' content='en_US'>"
            + "<meta property='article:published_time' content='2025-04-09T07:03:00'></head>"
            + "<body><h1>Kyiv opens a rebuilt bridge over the Dnipro</h1><p>"
            + "The bridge was rebuilt in two years, and buses will cross it from Monday on. "
                .repeat(4)
            + "</p></body></html>";
    String url = "https://kyivnews.example/news/1";
    Article guessed = ((Extraction.Found) new Extractor().extract(html, url, null, NOW)).article();
    Article ruled =
        ((Extraction.Found) new Extractor(rules).extract(html, url, null, NOW)).article();
    assertThat(guessed.datePublished().toInstant()).hasToString("2025-04-09T11:03:00Z");
    assertThat(ruled.datePublished()).hasToString("2025-04-09T07:03+03:00");

    String bad = "{\"outlets\":[{\"hosts\":[\"a.example\"],\"zone\":\"Kyiv time\"}]}";
    assertThatThrownBy(
            () ->
                ExtractionRules.parse(
                    new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "r.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r.json")
        .hasMessageContaining("Kyiv time");
  }

  @Test
  void badRuleSelectorIsAClearError() {
    String json = "{\"outlets\":[{\"hosts\":[\"a.example\"],\"body\":\"div[[\"}]}";
    assertThatThrownBy(
            () ->
                ExtractionRules.parse(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "r.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r.json")
        .hasMessageContaining("div[[");
  }
}
