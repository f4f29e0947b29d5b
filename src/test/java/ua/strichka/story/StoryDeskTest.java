package ua.strichka.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole analysis on small, realistic Ukrainian articles: reposts, stories, updates. */
class StoryDeskTest {
  static final long HOUR = 3_600_000L;

  static final String ODESA_LEAD =
      "У ніч проти сьогодні Одеса пережила одну з наймасованіших атак за останні місяці: ворог бив "
          + "по місту ударними дронами та балістичними ракетами. Двоє людей загинули.";
  static final String ODESA_BODY =
      "Уламки збитого дрона влучили в дев'ятиповерховий житловий будинок у Приморському районі, "
          + "спалахнула пожежа на сьомому та восьмому поверхах.\n\nЩе один удар припав на портову "
          + "інфраструктуру: пошкоджено складські приміщення та адміністративну будівлю. Без світла "
          + "залишалися близько 12 тисяч абонентів.\n\nПоранених доставили до міських лікарень.";

  static StoryDesk.Incoming in(
      String key,
      String outlet,
      double weight,
      double hours,
      String title,
      String lead,
      String body,
      String credit) {
    return new StoryDesk.Incoming(
        key,
        outlet,
        outlet + ".ua",
        weight,
        Math.round(hours * HOUR),
        title,
        lead,
        body,
        null,
        "war",
        credit,
        null);
  }

  static StoryDesk desk(List<Story> closed) {
    return new StoryDesk(
        new Clusterer(Clusterer.Settings.defaults(), closed::add), Duration.ofHours(72));
  }

  final List<Story> closed = new ArrayList<>();
  final StoryDesk desk = desk(closed);

  void odesa() {
    desk.add(
        in(
            "vo/1",
            "vo",
            0.7,
            0,
            "Нічна атака на Одесу: пошкоджено багатоповерхівку і порт",
            ODESA_LEAD,
            ODESA_BODY,
            null));
    desk.add(
        in(
            "sh/1",
            "sh",
            0.5,
            1.5,
            "Одеса: двоє загиблих після нічної атаки дронів і ракет",
            "Росія вночі атакувала Одесу шахедами та іскандерами. Загинули двоє людей, дев'ятеро поранені.",
            "Уламки дрона влучили в багатоповерхівку в Приморському районі, там сталася пожежа.\n\n"
                + "Пошкоджено склади та адмінбудівлю в порту. Без світла були близько 12 тисяч родин.",
            null));
    desk.add(
        in(
            "kv/1",
            "kv",
            1.0,
            2,
            "Уряд схвалив зміни до бюджету для прифронтових громад",
            "Кабінет міністрів схвалив зміни до державного бюджету: додаткові кошти отримають громади прифронтових областей.",
            "Гроші підуть на відновлення шкіл, лікарень і мереж водопостачання до початку зими.\n\n"
                + "Міністр фінансів пояснив, що джерелом стануть кошти міжнародних партнерів.",
            null));
  }

  @Test
  void reportsOfOneEventFormOneStoryAndOtherNewsAnother() {
    odesa();
    long odesa = desk.storyOf("vo/1").orElseThrow();
    assertThat(desk.storyOf("sh/1")).contains(odesa);
    assertThat(desk.storyOf("kv/1")).isPresent().get().isNotEqualTo(odesa);

    Story story = desk.clusterer().story(odesa).orElseThrow();
    assertThat(story.outletCount()).isEqualTo(2);
    assertThat(story.firstArticle()).isEqualTo("vo/1");
    assertThat(story.firstOutlet()).isEqualTo("vo");
    assertThat(story.title()).contains("Одес");
    assertThat(story.section()).isEqualTo("war");
  }

  /** Two reports of the Odesa attack whose outlets file them under different sections. */
  @ParameterizedTest(name = "{0} ({1}) + {2} ({3}) -> {4}")
  @CsvSource({
    "incidents, 0.5, war, 0.9, war",
    "war, 0.9, incidents, 0.5, war",
    "incidents, 0.9, war, 0.5, incidents",
    "war, 0.5, , 0.9, war",
  })
  void aStorysSectionIsTheVoteOfItsArticlesWeighedByTheirOutlets(
      String first, double firstWeight, String second, double secondWeight, String expected) {
    desk.add(
        filed(
            in(
                "vo/1",
                "vo",
                firstWeight,
                0,
                "Нічна атака на Одесу: пошкоджено багатоповерхівку і порт",
                ODESA_LEAD,
                ODESA_BODY,
                null),
            first));
    desk.add(
        filed(
            in(
                "sh/1",
                "sh",
                secondWeight,
                1.5,
                "Одеса: двоє загиблих після нічної атаки дронів і ракет",
                "Росія вночі атакувала Одесу шахедами та іскандерами. Загинули двоє людей, дев'ятеро поранені.",
                "Уламки дрона влучили в багатоповерхівку в Приморському районі, там сталася пожежа.\n\n"
                    + "Пошкоджено склади та адмінбудівлю в порту. Без світла були близько 12 тисяч родин.",
                null),
            second));
    long story = desk.storyOf("vo/1").orElseThrow();
    assertThat(desk.storyOf("sh/1")).contains(story);
    assertThat(desk.clusterer().story(story).orElseThrow().section()).isEqualTo(expected);
  }

  static StoryDesk.Incoming filed(StoryDesk.Incoming a, String section) {
    return new StoryDesk.Incoming(
        a.key(),
        a.outlet(),
        a.host(),
        a.outletWeight(),
        a.publishedMillis(),
        a.title(),
        a.lead(),
        a.body(),
        a.declaredLanguage(),
        section,
        a.creditedHost(),
        null);
  }

  @Test
  void aRepostJoinsItsOriginalsStoryWithoutCountingAsAnotherOutlet() {
    odesa();
    StoryDesk.Outcome o =
        desk.add(
            in(
                "zb/1",
                "zb",
                0.3,
                3,
                "Одеса пережила нічну атаку",
                ODESA_LEAD,
                ODESA_BODY,
                "vo.ua"));
    assertThat(o.repostOf()).isEqualTo("vo/1");
    long odesa = desk.storyOf("vo/1").orElseThrow();
    assertThat(o.placement().storyId()).isEqualTo(odesa);
    Story story = desk.clusterer().story(odesa).orElseThrow();
    assertThat(story.outletCount()).isEqualTo(2);
    assertThat(story.articleCount()).isEqualTo(3);
    assertThat(story.reposts()).isEqualTo(1);
    assertThat(story.articles().getLast()).isEqualTo("zb/1");
  }

  @Test
  void aRepostSeenBeforeItsOriginalIsRelinkedAndStopsCounting() {
    desk.add(
        in("zb/1", "zb", 0.3, 1, "Одеса пережила нічну атаку", ODESA_LEAD, ODESA_BODY, "vo.ua"));
    StoryDesk.Outcome o =
        desk.add(in("vo/1", "vo", 0.7, 0, "Нічна атака на Одесу", ODESA_LEAD, ODESA_BODY, null));
    assertThat(o.repostOf()).isNull();
    assertThat(o.verdict().relinked()).containsExactly("zb/1");
    Story story = desk.clusterer().story(desk.storyOf("vo/1").orElseThrow()).orElseThrow();
    assertThat(desk.storyOf("zb/1")).contains(story.id());
    assertThat(story.outletCount()).isEqualTo(1);
    assertThat(story.firstArticle()).isEqualTo("vo/1");
  }

  @Test
  void anUpdatedArticleKeepsItsStory() {
    odesa();
    long odesa = desk.storyOf("sh/1").orElseThrow();
    StoryDesk.Outcome o =
        desk.add(
            in(
                "sh/1",
                "sh",
                0.5,
                4,
                "Одеса: кількість загиблих після нічної атаки зросла до трьох",
                "З-під завалів багатоповерхівки в Приморському районі дістали тіло ще однієї людини.",
                "Кількість поранених зросла до 11. Пошкоджено склади та адмінбудівлю в порту.",
                null));
    assertThat(o.placement().update()).isTrue();
    assertThat(o.placement().storyId()).isEqualTo(odesa);
    Story story = desk.clusterer().story(odesa).orElseThrow();
    assertThat(story.articleCount()).isEqualTo(2);
  }

  @Test
  void aStoryLivesAsLongAsNewsJoinsItAndClosesAfterTheWindow() {
    odesa();
    long odesa = desk.storyOf("vo/1").orElseThrow();
    // A follow-up every two days keeps the story open for a week.
    for (int day = 2; day <= 6; day += 2) {
      desk.add(
          in(
              "vo/d" + day,
              "vo",
              0.7,
              day * 24,
              "Наслідки атаки на Одесу: у Приморському районі відновлюють багатоповерхівку",
              "Після нічної атаки дронів і ракет на Одесу комунальники відновлюють пошкоджену багатоповерхівку.",
              "У Приморському районі замінили вікна, порт відновив роботу складів.",
              null));
      assertThat(desk.storyOf("vo/d" + day)).contains(odesa);
    }
    assertThat(closed).extracting(Story::id).doesNotContain(odesa);
    desk.add(
        in(
            "kv/later",
            "kv",
            1.0,
            6 * 24 + 73,
            "Новий сезон у театрі",
            "Театр відкрив сезон прем'єрою.",
            "Квитки продано.",
            null));
    assertThat(closed).extracting(Story::id).contains(odesa);
    assertThat(desk.storyOf("vo/1")).isEmpty();
  }

  @Test
  void storiesNeverMixLanguages() {
    odesa();
    desk.add(
        new StoryDesk.Incoming(
            "ui/en",
            "ui",
            "ui.ua",
            0.9,
            2 * HOUR,
            "Night attack on Odesa damages apartment block and port",
            "Russia struck Odesa overnight with drones and ballistic missiles, killing two people.",
            "Debris hit a nine-storey apartment building; port warehouses were damaged.",
            null,
            "war",
            null,
            null));
    assertThat(desk.storyOf("ui/en"))
        .isPresent()
        .get()
        .isNotEqualTo(desk.storyOf("vo/1").orElseThrow());
  }
}
