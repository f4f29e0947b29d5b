package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.cli.MainTest.Result;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.store.StoryRecord;
import ua.strichka.store.StorySummary;

/**
 * {@code strichka recluster} on a real SQLite store whose stories went wrong: a budget report in
 * the Odesa strike's story, and one Odesa report alone in a story of its own.
 */
class ReclusterCommandTest {
  @TempDir Path dir;

  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  static final String ODESA_LEAD =
      "У ніч проти сьогодні Одеса пережила одну з наймасованіших атак за останні місяці: ворог бив"
          + " по місту ударними дронами та балістичними ракетами. Двоє людей загинули.";
  static final String ODESA_BODY =
      "Уламки збитого дрона влучили в дев'ятиповерховий житловий будинок у Приморському районі,"
          + " спалахнула пожежа. Пошкоджено портову інфраструктуру та склади. Без світла залишалися"
          + " близько 12 тисяч абонентів.";

  long vo;
  long sh;
  long ui;
  long kv;
  long old;

  @Test
  void rebuildsTheWindowsStoriesKeepingIdsWhereMostArticlesStayAndLeavesOthersAlone()
      throws Exception {
    Path db = dir.resolve("strichka.db");
    Path config =
        Files.writeString(dir.resolve("strichka.yaml"), "store:\n  url: jdbc:sqlite:" + db);
    long drifted;
    long alone;
    long elsewhere;
    try (Store store = Store.open("jdbc:sqlite:" + db, null, null, 2)) {
      long voOutlet = outlet(store, "vo");
      long shOutlet = outlet(store, "sh");
      long uiOutlet = outlet(store, "ui");
      long kvOutlet = outlet(store, "kv");
      vo =
          article(
              store,
              voOutlet,
              "https://vo.ua/1",
              0,
              "Нічна атака на Одесу: пошкоджено багатоповерхівку і порт",
              ODESA_LEAD,
              ODESA_BODY);
      sh =
          article(
              store,
              shOutlet,
              "https://sh.ua/1",
              90,
              "Одеса: двоє загиблих після нічної атаки дронів і ракет",
              "Росія вночі атакувала Одесу дронами та ракетами. Загинули двоє людей, дев'ятеро"
                  + " поранені.",
              "Уламки дрона влучили в багатоповерхівку в Приморському районі, там сталася пожежа."
                  + " Пошкоджено склади в порту. Без світла були близько 12 тисяч родин.");
      ui =
          article(
              store,
              uiOutlet,
              "https://ui.ua/1",
              150,
              "Атака на Одесу: уламки дрона влучили в житловий будинок",
              "Уночі Одеса пережила масовану атаку дронів і балістичних ракет, загинули двоє людей.",
              "У Приморському районі горіла багатоповерхівка, пошкоджено порт і склади.");
      kv =
          article(
              store,
              kvOutlet,
              "https://kv.ua/1",
              120,
              "Уряд схвалив зміни до бюджету для прифронтових громад",
              "Кабінет міністрів схвалив зміни до державного бюджету: додаткові кошти отримають"
                  + " громади прифронтових областей.",
              "Гроші підуть на відновлення шкіл, лікарень і мереж водопостачання до початку зими."
                  + " Міністр фінансів пояснив, що джерелом стануть кошти міжнародних партнерів.");
      old =
          article(
              store,
              kvOutlet,
              "https://kv.ua/old",
              -10 * 24 * 60,
              "Новий сезон у театрі",
              "Театр відкрив сезон прем'єрою.",
              "Квитки продано.");
      drifted = story(store, "Змішана історія", vo, sh, kv);
      alone = story(store, "Одна стаття", ui);
      elsewhere = story(store, "Новий сезон у театрі", old);
    }

    Result r =
        MainTest.run(
            "--config",
            config.toString(),
            "recluster",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-01");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("re-clustered 4 articles").contains("2 stories before, 2 after");
    try (Store store = Store.open("jdbc:sqlite:" + db, null, null, 2)) {
      // the strike's reports together, in the story that held most of them (same id)
      for (long a : List.of(vo, sh, ui)) assertThat(store.stories().storyOf(a)).contains(drifted);
      StorySummary strike = store.stories().byId(drifted).orElseThrow();
      assertThat(strike.story().title()).contains("Одес");
      assertThat(strike.story().articleCount()).isEqualTo(3);
      assertThat(strike.story().outletCount()).isEqualTo(3);
      assertThat(strike.story().firstArticleId()).isEqualTo(vo);
      // the budget in a story of its own; the story nothing maps to is gone
      long budget = store.stories().storyOf(kv).orElseThrow();
      assertThat(budget).isNotIn(drifted, alone, elsewhere);
      assertThat(store.stories().byId(budget).orElseThrow().story().title()).contains("бюджет");
      assertThat(store.stories().exists(alone)).isFalse();
      // outside the window: untouched
      assertThat(store.stories().storyOf(old)).contains(elsewhere);
      assertThat(store.stories().byId(elsewhere).orElseThrow().story().title())
          .isEqualTo("Новий сезон у театрі");
    }
  }

  @Test
  void aWindowThatEndsBeforeItStartsIsOneLineOfError() {
    Result r = MainTest.run("recluster", "--from", "2026-03-02", "--to", "2026-03-01");
    assertThat(r.code()).isEqualTo(Main.FAILURE);
    assertThat(r.err().strip()).startsWith("strichka: --from").doesNotContain("\n");
  }

  private static long outlet(Store store, String slug) {
    return store
        .outlets()
        .upsert(OutletRecord.of(slug, slug.toUpperCase(), "https://" + slug + ".ua/"));
  }

  private static long article(
      Store store, long outlet, String url, int minutes, String title, String lead, String body) {
    return store
        .articles()
        .upsert(
            ArticleRecord.builder(url, outlet, title)
                .lead(lead)
                .body(body)
                .publishedAt(T0.plus(minutes, ChronoUnit.MINUTES))
                .fetchedAt(T0.plus(minutes + 5, ChronoUnit.MINUTES))
                .section("war")
                .build());
  }

  private static long story(Store store, String title, long... articles) {
    long id = store.stories().create(StoryRecord.of(title, null, "war", T0));
    for (long a : articles) store.stories().addArticle(id, a, 0.5, T0);
    store.stories().updateStats(id, 1);
    return id;
  }
}
