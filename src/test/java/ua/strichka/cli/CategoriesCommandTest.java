package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strichka categories} on a real folder of OpenGraph pages in three languages. */
class CategoriesCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  static String page(String url, String title, String description, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) body.append("<p>").append(p).append("</p>");
    return """
        <!DOCTYPE html><html><head><meta charset="utf-8">
        <meta property="og:title" content="%s"><meta property="og:description" content="%s">
        <meta property="og:url" content="%s"><meta property="og:site_name" content="Site">
        <meta property="article:published_time" content="2025-04-09T08:00:00+00:00"></head>
        <body><article><h1>%s</h1>%s</article></body></html>"""
        .formatted(title, description, url, title, body);
  }

  @BeforeEach
  void pages() throws Exception {
    Files.writeString(
        dir.resolve("sport.html"),
        page(
            "https://sport-wire.com/a1",
            "Dynamo beat Shakhtar 2-1 to go top of the league",
            "A late goal from the striker settled the match in front of 20,000 fans.",
            "The coach praised his players after the win, the club's fifth in a row this season.",
            "The goalkeeper saved a penalty in the first half of the championship match."));
    Files.writeString(
        dir.resolve("economy.html"),
        page(
            "https://dengi.example/a2",
            "Центробанк сохранил ключевую ставку на уровне 15,5%",
            "Совет директоров банка оставил учетную ставку без изменений из-за инфляции.",
            "Инфляция замедляется третий месяц подряд, но риски для цен сохраняются.",
            "Аналитики банков ожидали, что ставка по кредитам и депозитам останется прежней."));
    Files.writeString(
        dir.resolve("culture.html"),
        page(
            "https://kultura.example/a3",
            "Театр показав прем'єру вистави за п'єсою Лесі Українки",
            "Режисерка нової вистави розповіла про роботу з акторами.",
            "Глядачі зустріли прем'єру оплесками, квитки на наступні вистави вже продано.",
            "Актори театру репетирували постановку пів року, сцену оформив художник."));
    Files.writeString(
        dir.resolve("labelled.html"),
        page(
            "https://news.example/business/club-shares",
            "Club signs new striker on a three-year contract",
            "The striker joins from a rival club.",
            "The coach said the player will start in the next match of the season."));
    Files.writeString(
        dir.resolve("horoscope.html"),
        page(
            "https://zirky.example/a5",
            "Гороскоп на тиждень для всіх знаків зодіаку",
            "Що обіцяють зірки на тиждень.",
            "Овнам варто відкласти важливі розмови, а Рибам — нарешті відпочити."));
    Files.writeString(
        dir.resolve("weather.html"),
        page(
            "https://pogoda.example/a6",
            "Прогноз погоды на выходные: в столице потеплеет до плюс пяти",
            "Синоптики обещают облачную погоду без осадков.",
            "В субботу ветер ослабнет, ночью температура опустится до нуля.",
            "В воскресенье в северных районах возможен небольшой дождь."));
    Files.writeString(dir.resolve("broken.html"), "");
  }

  @Test
  void newsPagesAreGroupedByCategoryInTheContestsOrder() throws Exception {
    MainTest.Result r = MainTest.run("categories", "--input-dir", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = JSON.readTree(r.out());
    List<String> categories = new ArrayList<>();
    json.forEach(c -> categories.add(c.get("category").asText()));
    assertThat(categories)
        .containsExactly(
            "society", "economy", "technology", "sports", "entertainment", "science", "other");
    assertThat(files(json, "sports")).containsExactly("sport.html");
    assertThat(files(json, "entertainment")).containsExactly("culture.html");
    // the outlet's /business/ section decides over words about football
    assertThat(files(json, "economy")).containsExactlyInAnyOrder("economy.html", "labelled.html");
    // a weather forecast is news none of the six categories fits
    assertThat(files(json, "other")).containsExactly("weather.html");
    List<String> all = new ArrayList<>();
    json.forEach(c -> c.get("articles").forEach(a -> all.add(a.asText())));
    assertThat(all).doesNotContain("horoscope.html", "broken.html");
    assertThat(r.err()).contains("broken.html").doesNotContain("\tat ");
  }

  @Test
  void anOutletsOwnLabelsComeFromTheConfiguration() throws Exception {
    Path only = Files.createDirectories(dir.resolve("only"));
    Files.writeString(
        only.resolve("labelled.html"),
        page(
            "https://zaxid.example/lifestyle-ua/a",
            "Dynamo beat Shakhtar 2-1 to go top of the league",
            "A late goal settled the match.",
            "The coach praised his players after the win."));
    Path config = dir.resolve("strichka.yaml");
    Files.writeString(
        config, "classify:\n  section-labels: [\"zaxid.example lifestyle-ua=culture\"]\n");
    MainTest.Result r =
        MainTest.run("--config", config.toString(), "categories", "--input-dir", only.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(files(JSON.readTree(r.out()), "entertainment")).containsExactly("labelled.html");

    Files.writeString(config, "classify:\n  section-labels: [\"lifestyle-ua=lifestyle\"]\n");
    r = MainTest.run("--config", config.toString(), "categories", "--input-dir", only.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).contains("no section 'lifestyle'").doesNotContain("\tat ");
  }

  static List<String> files(JsonNode json, String category) {
    for (JsonNode c : json) {
      if (c.get("category").asText().equals(category)) {
        List<String> out = new ArrayList<>();
        c.get("articles").forEach(a -> out.add(a.asText()));
        return out;
      }
    }
    return List.of();
  }
}
