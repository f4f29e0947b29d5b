package ua.strichka.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.strichka.classify.SectionShares;
import ua.strichka.config.Config;
import ua.strichka.fetch.FetchedPage;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.story.Clusterer;
import ua.strichka.testing.Databases;

/**
 * A story re-files what the classifier got wrong: the head of the central bank explaining a rate
 * rise to parliament reads as politics on its own, but it sits in a story that outlets label
 * economy, so it shows economy; an outlet's own politics label in the same story stays; and once a
 * recluster takes the article out of the story it shows its own decision again.
 */
class StoryVoteTest {
  @TempDir Path dir;

  static final Instant T0 = Instant.parse("2026-04-23T11:00:00Z");
  static final Config CONFIG = Config.load(Optional.empty(), Map.of(), Map.of());

  static final String UNLABELLED = "https://e.ua/news/pyshnyi-rada";
  static final String POLITICS = "https://d.ua/politics/rada-nbu";

  @ParameterizedTest
  @EnumSource(Databases.class)
  void anUnlabelledArticleTakesItsStorysSectionAndLeavesItWithTheStory(Databases db) {
    try (Store store = db.open(dir)) {
      Clock clock = Clock.fixed(T0.plus(Duration.ofHours(6)), ZoneOffset.UTC);
      Ingest ingest =
          Ingest.configured(store, CONFIG, clock, new SectionsAndEntities(), IndexUpdate.NONE);

      accept(store, ingest, "e", unlabelled(0));
      // alone in its story: one voter is no confident vote, the article shows its own section
      ArticleRecord alone = article(store, UNLABELLED);
      assertThat(alone.section()).isEqualTo("politics");
      assertThat(alone.sectionSource()).isEqualTo(ArticleRecord.CLASSIFIER);
      assertThat(SectionShares.top(SectionShares.parse(alone.sectionShares())).slug())
          .isEqualTo("politics");

      accept(store, ingest, "a", economy("https://a.ua/economy/rate-16", 30, 0));
      accept(store, ingest, "b", economy("https://b.ua/economy/nbu-rate", 60, 1));
      accept(store, ingest, "c", economy("https://c.ua/economy/oblikova-stavka", 90, 2));
      accept(store, ingest, "d", politicsLabelled(120));

      long story = store.stories().storyOf(alone.id()).orElseThrow();
      for (String url :
          new String[] {
            "https://a.ua/economy/rate-16",
            "https://b.ua/economy/nbu-rate",
            "https://c.ua/economy/oblikova-stavka",
            POLITICS
          }) {
        assertThat(store.stories().storyOf(article(store, url).id())).as(url).contains(story);
      }
      ArticleRecord voted = article(store, UNLABELLED);
      assertThat(voted.section()).isEqualTo("economy");
      assertThat(voted.sectionSource()).isEqualTo(ArticleRecord.STORY);
      assertThat(voted.sectionShares()).isEqualTo(alone.sectionShares());
      ArticleRecord labelled = article(store, POLITICS);
      assertThat(labelled.section()).isEqualTo("politics");
      assertThat(labelled.sectionSource()).isEqualTo(ArticleRecord.OUTLET);
      assertThat(labelled.sectionShares()).isNull();
      assertThat(store.stories().byId(story).orElseThrow().story().section()).isEqualTo("economy");

      // a recluster so strict that every article stands alone: the article leaves the story
      Clusterer.Settings d = Clusterer.Settings.defaults();
      Clusterer.Settings alonePerArticle =
          new Clusterer.Settings(
              1.5,
              1.5,
              d.window(),
              d.timeScale(),
              d.bodyWeight(),
              d.entityWeight(),
              d.splitThreshold());
      new Recluster(alonePerArticle, Duration.ofHours(72), Ingest.ranking(CONFIG), clock)
          .run(store, T0.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(1)));

      ArticleRecord back = article(store, UNLABELLED);
      long now = store.stories().storyOf(back.id()).orElseThrow();
      assertThat(store.stories().byId(now).orElseThrow().story().articleCount()).isEqualTo(1);
      assertThat(back.section()).isEqualTo("politics");
      assertThat(back.sectionSource()).isEqualTo(ArticleRecord.CLASSIFIER);
      assertThat(article(store, POLITICS).section()).isEqualTo("politics");
      assertThat(article(store, "https://a.ua/economy/rate-16").section()).isEqualTo("economy");
    }
  }

  private static ArticleRecord article(Store store, String url) {
    return store.articles().byCanonicalUrl(url).orElseThrow();
  }

  /** Three outlets' own reports (different words: copies would be reposts, which do not vote). */
  private static final String[][] ECONOMY = {
    {
      "НБУ підвищив облікову ставку до 16%",
      "Національний банк України підвищив облікову ставку на один пункт, до 16% річних.",
      "Правління Нацбанку пояснило рішення прискоренням інфляції та тиском на гривню. Наступне"
          + " засідання з монетарної політики відбудеться у червні."
    },
    {
      "Нацбанк вдруге поспіль підняв облікову ставку: тепер 16%",
      "Облікова ставка НБУ зросла до 16%. Голова Нацбанку Андрій Пишний пояснив рішення"
          + " інфляційними очікуваннями.",
      "Пишний заявив, що ставка залишиться на рівні 16% щонайменше до осені. Банкіри очікують"
          + " подорожчання кредитів для бізнесу та зростання ставок за депозитами."
    },
    {
      "Дорожчі кредити й депозити: що означає облікова ставка 16% від НБУ",
      "Після підвищення облікової ставки Нацбанком до 16% банки переглянуть ставки за кредитами"
          + " та депозитами.",
      "Економісти розраховують, що дохідність гривневих депозитів зросте на пів пункта, а"
          + " іпотека подорожчає. Інфляція в березні прискорилася до 14%."
    }
  };

  private static FetchedPage economy(String url, int minutes, int which) {
    String[] t = ECONOMY[which];
    return IngestUpdateTest.page(url, t[0], t[1], t[2], T0.plus(Duration.ofMinutes(minutes)), null);
  }

  private static FetchedPage unlabelled(int minutes) {
    return IngestUpdateTest.page(
        UNLABELLED,
        // the title states the deputies' act: «Пишний пояснив депутатам підвищення облікової
        // ставки» read as economy once the classifier learnt Ukrainian training texts (session 9)
        "Депутати не підтримали відставку Пишного після підвищення облікової ставки",
        "Голова НБУ Андрій Пишний виступив у Верховній Раді та пояснив народним депутатам, чому"
            + " Національний банк підвищив облікову ставку до 16%.",
        "Опозиційні фракції вимагали відставки голови НБУ, депутати від партії влади підтримали"
            + " рішення. Спікер Ради закрив засідання після голосування за постанову.",
        T0.plus(Duration.ofMinutes(minutes)),
        null);
  }

  private static FetchedPage politicsLabelled(int minutes) {
    return IngestUpdateTest.page(
        POLITICS,
        "У Раді вимагають звіту Пишного після підвищення облікової ставки до 16%",
        "Народні депутати зареєстрували постанову з вимогою заслухати голову НБУ Андрія Пишного"
            + " після підвищення облікової ставки до 16%.",
        "Ініціатори постанови — депутати опозиційних фракцій. Вони заявляють, що рішення"
            + " правління Нацбанку про ставку ухвалене без консультацій із парламентом.",
        T0.plus(Duration.ofMinutes(minutes)),
        null);
  }

  private static void accept(Store store, Ingest ingest, String outlet, FetchedPage page) {
    long id = store.outlets().upsert(OutletRecord.of(outlet, outlet, "https://" + outlet + ".ua/"));
    FetchedPage p =
        new FetchedPage(page.crawlUrlId(), id, page.canonicalUrl(), page.result(), null);
    store.inTransaction(
        tx -> {
          ingest.accept(p, tx);
          return null;
        });
  }
}
