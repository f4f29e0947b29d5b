package ua.strichka.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import ua.strichka.store.ArticleRecord;
import ua.strichka.store.EntityRecord;
import ua.strichka.store.OutletRecord;
import ua.strichka.store.Store;
import ua.strichka.store.StoryRecord;

/**
 * A real site over a real SQLite store seeded through the repositories: two outlets (one allowing
 * full text), three stories, a repost, entities, rates, and the hostile inputs (a title with {@code
 * <script>}, a {@code javascript:} link). The server runs on 127.0.0.1 with a fixed clock.
 */
final class SiteFixture implements AutoCloseable {
  /** 09 квітня 2025 р. 07:03 in Kyiv. */
  static final Instant T0 = Instant.parse("2025-04-09T04:03:00Z");

  static final Instant NOW = T0.plus(3, ChronoUnit.HOURS);
  static final String HOSTILE_TITLE = "Тест </script><script>alert('x')</script> & «лапки»";
  static final String TOKEN = "s3cret-admin-token";

  final Store store;
  final WebServer server;
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  long natoStory;
  long hostileStory;
  long odesaStory;
  long fullTextArticle;
  long leadOnlyArticle;
  long repostArticle;
  long hostileArticle;

  SiteFixture(Path dir) {
    this(dir, TOKEN);
  }

  SiteFixture(Path dir, String adminToken) {
    store = Store.open("jdbc:sqlite:" + dir.resolve("site.db"), "", "", 4);
    seed();
    server =
        WebServer.start(
            store,
            new WebServer.Settings(
                "127.0.0.1",
                0,
                "",
                adminToken,
                List.of("USD", "EUR", "PLN"),
                Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ZERO));
  }

  private void seed() {
    OutletRecord uiRecord =
        OutletRecord.of("ua-independent", "UA Independent", "https://ua-independent.com/");
    long ui =
        store
            .outlets()
            .upsert(
                new OutletRecord(
                    null,
                    uiRecord.slug(),
                    uiRecord.name(),
                    uiRecord.homeUrl(),
                    "uk",
                    "politics",
                    0.9,
                    true,
                    null,
                    null,
                    false,
                    T0));
    long kv =
        store
            .outlets()
            .upsert(OutletRecord.of("kyivskyi-visnyk", "Київський вісник", "https://kv.ua/"));
    long zb =
        store.outlets().upsert(OutletRecord.of("zbirka", "Збірка новин", "https://zbirka.net/"));

    fullTextArticle =
        store
            .articles()
            .upsert(
                ArticleRecord.builder(
                        "https://ua-independent.com/politics/nato-japan",
                        ui,
                        "Генсек НАТО подякував Японії за потужну підтримку України")
                    .lead(
                        "Генеральний секретар НАТО Марк Рютте подякував Японії за потужну підтримку для України.")
                    .body(
                        "Про це керівник НАТО заявив сьогодні в Токіо.\n\n«Сильне оборонне співробітництво між НАТО і Японією є необхідним», - зазначив Рютте.")
                    .authors(List.of("Олена Коваленко"))
                    .publishedAt(T0)
                    .language("uk")
                    .section("politics")
                    .build());
    leadOnlyArticle =
        store
            .articles()
            .upsert(
                ArticleRecord.builder(
                        "https://kv.ua/world/rutte-tokyo",
                        kv,
                        "Рютте в Токіо: Японія долучиться до NCATU")
                    .lead("Генсек НАТО зустрівся з міністром оборони Японії Геном Накатані.")
                    .body("ЦЕЙ ТЕКСТ НЕ МОЖНА ПОКАЗУВАТИ ПОВНІСТЮ.")
                    .publishedAt(T0.plus(40, ChronoUnit.MINUTES))
                    .section("world")
                    .build());
    repostArticle =
        store
            .articles()
            .upsert(
                ArticleRecord.builder(
                        "https://zbirka.net/a/77",
                        zb,
                        "Генсек НАТО подякував Японії за потужну підтримку України")
                    .lead("Генеральний секретар НАТО Марк Рютте подякував Японії.")
                    .publishedAt(T0.plus(90, ChronoUnit.MINUTES))
                    .section("politics")
                    .repostOf(fullTextArticle)
                    .build());
    natoStory =
        story(
            "НАТО і Японія: Рютте подякував за підтримку України",
            "politics",
            List.of(fullTextArticle, leadOnlyArticle, repostArticle),
            9);

    hostileArticle =
        store
            .articles()
            .upsert(
                ArticleRecord.builder("https://kv.ua/hostile", kv, HOSTILE_TITLE)
                    .url("javascript:alert('link')")
                    .image("javascript:alert('img')")
                    .lead("Лід з <b>тегами</b>.")
                    .publishedAt(T0.plus(10, ChronoUnit.MINUTES))
                    .section("society")
                    .build());
    hostileStory = story(HOSTILE_TITLE, "society", List.of(hostileArticle), 5);

    long odesa =
        store
            .articles()
            .upsert(
                ArticleRecord.builder(
                        "https://kv.ua/war/odesa",
                        kv,
                        "Нічна атака на Одесу: пошкоджено багатоповерхівку")
                    .lead("Двоє людей загинули.")
                    .image("https://kv.ua/img/odesa.jpg")
                    .publishedAt(T0.plus(2, ChronoUnit.HOURS))
                    .section("war")
                    .build());
    odesaStory = story("Нічна атака на Одесу", "war", List.of(odesa), 7);

    long nato = store.entities().upsert(EntityRecord.of("nato", "НАТО", "ORG"));
    long japan = store.entities().upsert(EntityRecord.of("iaponiia", "Японія", "LOC"));
    long rutte = store.entities().upsert(EntityRecord.of("mark-riutte", "Марк Рютте", "PER"));
    long odesaPlace = store.entities().upsert(EntityRecord.of("odesa", "Одеса", "LOC"));
    for (long a : List.of(fullTextArticle, leadOnlyArticle)) {
      store.entities().mention(a, nato, 3);
      store.entities().mention(a, japan, 2);
    }
    store.entities().mention(fullTextArticle, rutte, 2);
    store.entities().mention(odesa, odesaPlace, 4);
    store.entities().mention(hostileArticle, japan, 1);

    store
        .jdbi()
        .useHandle(
            h -> {
              String[][] rows = {
                {"USD", "2025-04-08", "Долар США", "41.1000"},
                {"USD", "2025-04-09", "Долар США", "41.3045"},
                {"EUR", "2025-04-08", "Євро", "45.3000"},
                {"EUR", "2025-04-09", "Євро", "45.1000"},
                {"PLN", "2025-04-09", "Злотий", "10.6000"}
              };
              for (String[] r : rows) {
                h.createUpdate(
                        "INSERT INTO exchange_rate (currency, rate_date, name, rate, fetched_at) VALUES (?, ?, ?, ?, 0)")
                    .bind(0, r[0])
                    .bind(1, r[1])
                    .bind(2, r[2])
                    .bind(3, Double.parseDouble(r[3]))
                    .execute();
              }
            });
  }

  private long story(String title, String section, List<Long> articles, double score) {
    long id =
        store.stories().create(StoryRecord.of(title, "Лід сюжету «" + title + "»", section, T0));
    for (long a : articles) store.stories().addArticle(id, a, 0.9, T0);
    store.stories().updateStats(id, score);
    return id;
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .headers(headers.length == 0 ? new String[] {"Accept", "*/*"} : headers)
            .GET()
            .build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path));
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
