package ua.strichka.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ua.strichka.testing.Databases;

/**
 * Searches over a real index of a real (SQLite) store: morphology, operators, filters, output. The
 * same suite runs against each backend ({@link SearchIndexTest}, {@link OpenSearchIndexTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchSuite {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  Path dir;
  StoreFixture store;
  SearchBackend index;
  final Map<String, Long> ids = new HashMap<>();

  @BeforeAll
  void indexTheArticles(@TempDir Path tempDir) {
    dir = tempDir;
    store = new StoreFixture(Databases.SQLITE, dir);
    add(
        "nato",
        "ua-independent",
        "world",
        "uk",
        5,
        "Генсек НАТО Рютте подякував Японії за допомогу",
        "Марк Рютте заявив, що підтримка України союзниками залишається непохитною.",
        "Під час зустрічі в Брюсселі генсек окремо відзначив внесок Японії <script>alert(1)</script>"
            + " та «інших» партнерів & друзів.\n\nНаступна зустріч відбудеться навесні.");
    add(
        "nato2",
        "kyivskyi-visnyk",
        "world",
        "uk",
        3,
        "Рютте: Японія стала важливим партнером Альянсу",
        "Генеральний секретар Альянсу виступив у Токіо.",
        "Він нагадав про санкції проти агресора.");
    add(
        "kyiv",
        "kyivskyi-visnyk",
        "society",
        "uk",
        30,
        "Київ отримав сорок нових тролейбусів",
        "Тролейбуси вийдуть на маршрути столиці вже наступного тижня.",
        "Міська рада обіцяє оновити й депо.");
    add(
        "dnipro",
        "dnipro-pravda",
        "incidents",
        "uk",
        8,
        "Вибух газу в багатоповерхівці: Дніпро оголосив жалобу",
        "Унаслідок вибуху загинула жінка, ще четверо людей травмовані.",
        "Рятувальники розібрали завали до ранку.");
    add(
        "hryvnia",
        "biznes-kapital",
        "economy",
        "uk",
        10,
        "Гривня зміцнилася: курс долара знизився до 41,20",
        "Національний банк продав менше валюти, ніж тижнем раніше.",
        "На міжбанку попит переважав пропозицію лише зранку.");
    add(
        "exchange",
        "shvydko",
        "war",
        "uk",
        48,
        "Обмін полоненими: додому повернулися 150 українців",
        "Серед звільнених — захисники Маріуполя.",
        "Координаційний штаб подякував партнерам.");
    add(
        "exchange2",
        "kyivskyi-visnyk",
        "war",
        "uk",
        47,
        "Україна повернула з полону 150 громадян",
        "Це вже шостий обмін полоненими цього року.",
        "Звільнені проходять реабілітацію.");
    add(
        "decoy",
        "zbirka",
        "war",
        "uk",
        20,
        "Полоненими опікується Червоний Хрест, обмін відкладено",
        "Міжнародна організація відвідала табори.",
        "");
    add(
        "ru",
        "dnipro-pravda",
        "society",
        "ru",
        20,
        "В Киеве открыли новую линию метро",
        "Жители столицы смогут доехать до центра за двадцать минут.",
        "");
    add(
        "en",
        "kyiv-herald",
        "economy",
        "en",
        15,
        "Ukraine's grain exports run ahead of last season",
        "Exports through the Odesa ports grew by nine percent.",
        "");
    add(
        "chuhuiv",
        "slobozhanskyi-kray",
        "science-health",
        "uk",
        60,
        "У Чугуєві спалах кишкової інфекції",
        "Госпіталізовано 27 людей, з них 15 дітей.",
        "");
    add(
        "japan",
        "ua-independent",
        "world",
        "uk",
        100,
        "Японія передала Україні генератори",
        "Обладнання отримають лікарні прифронтових громад.",
        "");
    add(
        "twinOld",
        "tyzhnevyk",
        "culture",
        "uk",
        24 * 30,
        "Вечір у філармонії",
        "Бандура і концерт бандуристів.",
        "Бандура звучала весь вечір.");
    add(
        "twinNew",
        "tyzhnevyk",
        "culture",
        "uk",
        1,
        "Вечір у філармонії",
        "Концерт бандуристів.",
        "Бандура звучала весь вечір.");
    store.entity(ids.get("nato"), "Марк Рютте", "mark-rutte");
    store.entity(ids.get("nato"), "НАТО", "nato");
    store.entity(ids.get("nato2"), "Марк Рютте", "mark-rutte");
    store.story("Рютте і Японія", ids.get("nato"), ids.get("nato2"));
    store.story("Обмін полоненими", ids.get("exchange"), ids.get("exchange2"));
    index = open(store.store, dir, settings(0.5, 2));
  }

  /** The backend under test over {@code store}, caught up. */
  abstract SearchBackend open(ua.strichka.store.Store store, Path dir, SearchSettings settings);

  /** The same index, searched with other settings. */
  abstract SearchBackend reopen(Path dir, SearchSettings settings);

  @AfterAll
  void close() {
    if (index != null) index.close();
    if (store != null) store.close();
  }

  private void add(
      String key,
      String outlet,
      String section,
      String lang,
      double hoursAgo,
      String title,
      String lead,
      String body) {
    Instant published = NOW.minusSeconds((long) (hoursAgo * 3600));
    long id =
        store.save(
            store
                .article(outlet, title)
                .section(section)
                .language(lang)
                .lead(lead)
                .body(body.isEmpty() ? null : body)
                .publishedAt(published));
    ids.put(key, id);
  }

  static SearchSettings settings(double weight, int halfLifeDays) {
    return SearchSettings.defaults()
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .freshness(Duration.ofDays(halfLifeDays), weight);
  }

  private List<String> found(Query q) {
    return index.search(q).hits().stream().map(h -> key(h.articleId())).toList();
  }

  private List<String> found(String text) {
    return found(Query.parse(text));
  }

  private String key(long id) {
    return ids.entrySet().stream()
        .filter(e -> e.getValue() == id)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "«{0}» finds {1}")
  @CsvSource({
    "підтримку України, nato",
    "Рютте, nato",
    "Рютте, nato2",
    "Києві, kyiv",
    "Київ, kyiv",
    "Японії, japan",
    "Японії, nato2",
    "вибух у Дніпрі, dnipro",
    "курс гривні, hryvnia",
    "обмін полоненими, exchange",
    "обміну полонених, exchange2",
    "Чугуїв, chuhuiv",
    "тролейбус, kyiv",
    "генератором, japan",
    "Генсека, nato",
    "столицею тролейбуси, kyiv",
    "Киев, ru",
    "Киеву, ru",
    "Киева, ru",
    "столицы, ru",
    "жителей, ru",
    "export, en",
    "exported grain, en",
  })
  void inflectedFormsFindTheArticle(String query, String expected) {
    assertThat(found(query)).contains(expected);
  }

  @ParameterizedTest(name = "«{0}» does not find {1}")
  @CsvSource({
    "Київ, ru",
    "Рютте, japan",
    "вибух у Дніпрі, kyiv",
    "курс гривні, en",
  })
  void unrelatedArticlesStayOut(String query, String unexpected) {
    assertThat(found(query)).doesNotContain(unexpected);
  }

  @Test
  void phrasesMatchWordsInOrder() {
    assertThat(found("обмін полоненими")).contains("exchange", "exchange2", "decoy");
    assertThat(found("\"обмін полоненими\""))
        .contains("exchange", "exchange2")
        .doesNotContain("decoy");
    assertThat(found("\"обміну полоненими\"")).contains("exchange");
  }

  /**
   * Words are looked up in one field holding title (twice), lead and body: a phrase must not run
   * from one of those values into the next.
   */
  @ParameterizedTest(name = "«{0}»")
  @CsvSource({
    "'\"партнером Альянсу Генеральний\"'", // title end, lead start
    "'\"Альянсу Рютте\"'", // end of the title, start of its second copy
    "'\"Токіо Він нагадав\"'", // lead end, body start
  })
  void phrasesDoNotRunFromOneTextIntoTheNext(String phrase) {
    assertThat(found("\"важливим партнером Альянсу\"")).contains("nato2");
    assertThat(found(phrase)).doesNotContain("nato2");
  }

  @Test
  void excludedWordsRemoveArticles() {
    assertThat(found("Рютте -Токіо")).containsExactly("nato");
    assertThat(found("Рютте -\"генеральний секретар\"")).containsExactly("nato");
    assertThat(found("полоненими -Маріуполь"))
        .contains("exchange2", "decoy")
        .doesNotContain("exchange");
  }

  @Test
  void orAcceptsEitherWord() {
    SearchResult or = index.search(Query.parse("тролейбуси OR генератори"));
    assertThat(or.hits())
        .extracting(h -> key(h.articleId()))
        .containsExactlyInAnyOrder("kyiv", "japan");
    assertThat(or.notices()).isEmpty();
    assertThat(found("тролейбуси АБО генератори")).containsExactlyInAnyOrder("kyiv", "japan");
  }

  /**
   * A query with words of two languages finds the articles of both in one ranking, paged across
   * them (the embedded index fetches each language's top hits apart and merges them).
   */
  @Test
  void wordsOfTwoLanguagesFindArticlesOfBothInOneRanking() {
    Query q = Query.parse("метро OR тролейбусів");
    List<String> both = found(q);
    assertThat(both).containsExactlyInAnyOrder("kyiv", "ru");
    assertThat(concat(found(q.page(0, 1)), found(q.page(1, 1)))).isEqualTo(both);
    assertThat(index.search(q.facets(false)).total()).isEqualTo(2);
  }

  @Test
  void longQueriesNeedHalfTheirWords() {
    // three words: two are enough (nato2 lacks Брюссель), one is not (japan has only Японія);
    // the article with all three comes first
    assertThat(found("Рютте Японія Брюссель")).containsExactly("nato", "nato2");
    assertThat(index.search(Query.parse("Рютте Японія Брюссель")).notices()).isEmpty();
  }

  @Test
  void filtersNarrowTheResults() {
    Query japan = Query.parse("Японія");
    assertThat(found(japan)).containsExactlyInAnyOrder("nato", "nato2", "japan");
    assertThat(found(japan.outlet("ua-independent"))).containsExactlyInAnyOrder("nato", "japan");
    assertThat(found(japan.outlet("kyivskyi-visnyk"))).containsExactly("nato2");
    assertThat(found(Query.parse("").section("economy")))
        .containsExactlyInAnyOrder("hryvnia", "en");
    assertThat(found(Query.parse("").language("ru"))).containsExactly("ru");
    assertThat(found(japan.entity("Марк Рютте"))).containsExactlyInAnyOrder("nato", "nato2");
    assertThat(found(japan.entity("nato"))).containsExactly("nato");
    Instant from = NOW.minus(Duration.ofHours(50));
    Instant to = NOW.minus(Duration.ofHours(40));
    assertThat(found(Query.parse("").between(from, to))).containsExactly("exchange2", "exchange");
    assertThat(found(Query.parse("Японія").between(NOW.minus(Duration.ofHours(4)), null)))
        .containsExactly("nato2");
  }

  @Test
  void dateOrderIsNewestFirstAndPagesDoNotOverlap() {
    Query all = Query.parse("").order(Query.Order.DATE);
    List<String> first10 = found(all.page(0, 10));
    assertThat(first10).hasSize(10).startsWith("twinNew", "nato2", "nato");
    List<String> a = found(all.page(0, 5));
    List<String> b = found(all.page(5, 5));
    assertThat(a).doesNotContainAnyElementsOf(b);
    assertThat(concat(a, b)).isEqualTo(first10);
    SearchResult r = index.search(all.page(10, 5));
    assertThat(r.total()).isEqualTo(ids.size());
    assertThat(r.hits()).hasSize(ids.size() - 10);
  }

  @Test
  void facetsCountSectionsOutletsEntitiesAndLanguages() {
    SearchResult r = index.search(Query.parse("Японія"));
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.totalExact()).isTrue();
    assertThat(r.facets().get("section")).containsExactly(new FacetCount("world", 3));
    assertThat(r.facets().get("outlet"))
        .containsExactly(new FacetCount("ua-independent", 2), new FacetCount("kyivskyi-visnyk", 1));
    assertThat(r.facets().get("entity"))
        .containsExactly(new FacetCount("Марк Рютте", 2), new FacetCount("НАТО", 1));
    assertThat(r.facets().get("language")).containsExactly(new FacetCount("uk", 3));
    assertThat(index.search(Query.parse("Японія").facets(false)).facets()).isEmpty();
  }

  @Test
  void collapseShowsOneHitPerStory() {
    Query q = Query.parse("полоненими");
    assertThat(found(q)).containsExactlyInAnyOrder("exchange", "exchange2", "decoy");
    SearchResult collapsed = index.search(q.collapse(true));
    assertThat(collapsed.total()).isEqualTo(2);
    assertThat(collapsed.hits()).hasSize(2);
    Hit story =
        collapsed.hits().stream().filter(h -> h.storyId() != null).findFirst().orElseThrow();
    assertThat(key(story.articleId())).isIn("exchange", "exchange2");
    assertThat(story.storyMatches()).isEqualTo(2);
    Hit alone =
        collapsed.hits().stream().filter(h -> h.storyId() == null).findFirst().orElseThrow();
    assertThat(key(alone.articleId())).isEqualTo("decoy");
    assertThat(alone.storyMatches()).isEqualTo(1);
  }

  /**
   * Collapsed, a facet value counts stories, as the total does: «Війна 2» above two results, not
   * «Війна 3» (its articles), so choosing a filter shows as many results as it promised.
   */
  @Test
  void collapsedFacetsCountStoriesAsTheTotalDoes() {
    Query q = Query.parse("полоненими");
    assertThat(index.search(q).facets().get("section")).containsExactly(new FacetCount("war", 3));
    SearchResult collapsed = index.search(q.collapse(true));
    assertThat(collapsed.total()).isEqualTo(2);
    assertThat(collapsed.facets().get("section")).containsExactly(new FacetCount("war", 2));
    assertThat(collapsed.facets().get("outlet"))
        .containsExactly(
            new FacetCount("kyivskyi-visnyk", 1),
            new FacetCount("shvydko", 1),
            new FacetCount("zbirka", 1));
    assertThat(collapsed.facets().get("language")).containsExactly(new FacetCount("uk", 2));
    SearchResult war = index.search(q.collapse(true).section("war"));
    assertThat(war.total()).isEqualTo(2);
  }

  @Test
  void collapsePastTheLastStoryOrWithNothingFoundIsEmptyNotAnError() {
    SearchResult past = index.search(Query.parse("полоненими").collapse(true).page(10, 10));
    assertThat(past.hits()).isEmpty();
    assertThat(past.total()).as("the stories found, though none is on this page").isEqualTo(2);
    SearchResult none = index.search(Query.parse("жирафами").collapse(true));
    assertThat(none.hits()).isEmpty();
    assertThat(none.total()).isZero();
  }

  @Test
  void snippetsMarkTheMatchesAndEscapeTheText() {
    Hit hit =
        index.search(Query.parse("Японії")).hits().stream()
            .filter(h -> h.articleId() == ids.get("nato"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.titleHtml())
        .isEqualTo("Генсек НАТО Рютте подякував <mark>Японії</mark> за допомогу");
    assertThat(hit.title()).isEqualTo("Генсек НАТО Рютте подякував Японії за допомогу");
    assertThat(hit.snippetHtml())
        .contains("<mark>Японії</mark> &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("«інших» партнерів &amp; друзів")
        .doesNotContain("<script>");
    assertThat(hit.outlet()).isEqualTo("ua-independent");
    assertThat(hit.outletName()).isEqualTo("Видання ua-independent");
    assertThat(hit.section()).isEqualTo("world");
    assertThat(hit.entities()).containsExactlyInAnyOrder("Марк Рютте", "НАТО");
    assertThat(hit.publishedAt()).isEqualTo(NOW.minus(Duration.ofHours(5)));
    assertThat(hit.url()).startsWith("https://ua-independent.ua/");
  }

  @Test
  void phrasesAreMarkedWhole() {
    Hit hit =
        index.search(Query.parse("\"обміну полоненими\"")).hits().stream()
            .filter(h -> h.articleId() == ids.get("exchange2"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.snippetHtml())
        .contains("шостий <mark>обмін</mark> <mark>полоненими</mark> цього");
    assertThat(hit.titleHtml()).isEqualTo("Україна повернула з полону 150 громадян");
  }

  @Test
  void aTitleOnlyMatchShowsTheLeadAsSnippet() {
    Hit hit = index.search(Query.parse("тролейбусів")).hits().getFirst();
    assertThat(hit.titleHtml()).isEqualTo("Київ отримав сорок нових <mark>тролейбусів</mark>");
    assertThat(hit.snippetHtml()).contains("<mark>Тролейбуси</mark> вийдуть на маршрути");
    Hit other = index.search(Query.parse("Київ")).hits().getFirst();
    assertThat(other.snippetHtml())
        .isEqualTo("Тролейбуси вийдуть на маршрути столиці вже наступного тижня.");
  }

  /** One hit matches in its body, another only in its lead: each shows its own marked passage. */
  @Test
  void aPageMixesBodyAndLeadSnippets() {
    Map<String, String> snippets = new HashMap<>();
    for (Hit h : index.search(Query.parse("звільнені")).hits()) {
      snippets.put(key(h.articleId()), h.snippetHtml());
    }
    assertThat(snippets.get("exchange2"))
        .isEqualTo("<mark>Звільнені</mark> проходять реабілітацію.");
    assertThat(snippets.get("exchange"))
        .isEqualTo("Серед <mark>звільнених</mark> — захисники Маріуполя.");
  }

  @Test
  void freshnessLiftsNewerArticlesOnComparableText() {
    Query q = Query.parse("бандура");
    assertThat(ordered(settings(0, 2), q)).containsExactly("twinOld", "twinNew");
    assertThat(ordered(settings(3, 2), q)).containsExactly("twinNew", "twinOld");
    assertThat(ordered(settings(3, 2), q.order(Query.Order.DATE)))
        .containsExactly("twinNew", "twinOld");
  }

  private List<String> ordered(SearchSettings settings, Query q) {
    try (SearchBackend other = reopen(dir, settings)) {
      return other.search(q).hits().stream().map(h -> key(h.articleId())).toList();
    }
  }

  @Test
  void relaxedWhenNoArticleHasEnoughWords() {
    SearchResult r = index.search(Query.parse("тролейбуси генератори"));
    assertThat(r.notices()).containsExactly(Notice.RELAXED);
    assertThat(r.hits())
        .extracting(h -> key(h.articleId()))
        .containsExactlyInAnyOrder("kyiv", "japan");
    assertThat(index.search(Query.parse("тролейбуси Маріуполь генератори")).notices())
        .containsExactly(Notice.RELAXED);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"обмін полоненими",
        "*",
        "**",
        "-",
        "OR",
        "OR Рютте OR",
        "\"\"",
        "\" \"",
        "title:Рютте",
        "Рютте AND NOT (Японія",
        "Рютте\u0000\u0007",
        "\uD800Рютте",
        "🇺🇦 Рютте 👍",
        "і та в на",
        "--Рютте",
        "Рют*",
        "\\",
        "[{(<>)}]",
        "  ",
        "⁣\u200B\u2066Рютте\u2069",
      })
  void malformedQueriesGetResultsOrNotices(String text) {
    assertThatCode(() -> index.search(Query.parse(text))).doesNotThrowAnyException();
  }

  @Test
  void malformedQueriesSayWhatWasChanged() {
    SearchResult unbalanced = index.search(Query.parse("\"обмін полоненими"));
    assertThat(unbalanced.notices()).contains(Notice.UNBALANCED_QUOTE);
    assertThat(unbalanced.hits()).isNotEmpty();

    SearchResult star = index.search(Query.parse("*"));
    assertThat(star.total()).isEqualTo(ids.size());
    assertThat(star.notices()).contains(Notice.WILDCARD_IGNORED);

    SearchResult control = index.search(Query.parse("Рютте\u0007"));
    assertThat(control.notices()).contains(Notice.CONTROL_CHARACTERS);
    assertThat(control.hits()).isNotEmpty();

    SearchResult stop = index.search(Query.parse("і та в на"));
    assertThat(stop.notices()).contains(Notice.ONLY_STOP_WORDS);
    assertThat(stop.hits()).isEmpty();

    String tenKilobytes = "Рютте " + "підтримка України ".repeat(600);
    assertThat(tenKilobytes.length()).isGreaterThan(10_000);
    SearchResult huge = index.search(Query.parse(tenKilobytes));
    assertThat(huge.notices()).contains(Notice.TRUNCATED);
    assertThat(huge.hits().stream().map(h -> key(h.articleId()))).contains("nato");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
