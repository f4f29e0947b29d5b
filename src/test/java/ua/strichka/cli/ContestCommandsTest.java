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

/** Batch mode on a real folder of OpenGraph pages in three languages, with files to skip. */
class ContestCommandsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  static String page(
      String title, String description, String site, String time, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) body.append("<p>").append(p).append("</p>");
    return """
        <!DOCTYPE html><html><head><meta charset="utf-8">
        <meta property="og:title" content="%s"><meta property="og:description" content="%s">
        <meta property="og:url" content="https://%s/a"><meta property="og:site_name" content="%s">
        <meta property="article:published_time" content="%s"></head>
        <body><article><h1>%s</h1>%s</article></body></html>"""
        .formatted(title, description, site, site, time, title, body);
  }

  @BeforeEach
  void pages() throws Exception {
    Path day = Files.createDirectories(dir.resolve("20250409/10"));
    Files.writeString(
        day.resolve("en1.html"),
        page(
            "Russian drones strike Odesa port, two killed",
            "Russia attacked the port city of Odesa overnight with drones and missiles.",
            "example-news.com",
            "2025-04-09T06:00:00+00:00",
            "Debris hit a nine-storey apartment building in the Prymorskyi district and warehouses in the port were damaged.",
            "Two people were killed and nine injured in the attack on Odesa, the governor said."));
    Files.writeString(
        day.resolve("en2.html"),
        page(
            "Odesa port hit in overnight drone and missile attack",
            "Two people were killed as drones and missiles struck Odesa and its port.",
            "world-wire.org",
            "2025-04-09T07:30:00+00:00",
            "Port warehouses and an administrative building were damaged in Odesa, officials said.",
            "An apartment building caught fire after debris from a downed drone hit it."));
    Files.writeString(
        day.resolve("en3.html"),
        page(
            "Central bank holds interest rate at 15.5 percent",
            "The central bank kept its key policy rate unchanged, citing inflation risks.",
            "money-daily.com",
            "2025-04-09T08:00:00+00:00",
            "The board said inflation slowed for a third month but risks remain.",
            "Analysts had expected the bank to keep the rate unchanged."));
    Files.writeString(
        day.resolve("ru1.html"),
        page(
            "Центробанк сохранил ключевую ставку на уровне 15,5%",
            "Совет директоров банка оставил ключевую ставку без изменений.",
            "dengi.ru",
            "2025-04-09T08:10:00+00:00",
            "Инфляция замедляется третий месяц подряд, но риски сохраняются, говорится в сообщении банка.",
            "Аналитики ожидали, что ставка останется прежней."));
    Files.writeString(
        day.resolve("uk1.html"),
        page(
            "Гороскоп на тиждень для всіх знаків зодіаку",
            "Що обіцяють зірки на тиждень.",
            "zirky.ua",
            "2025-04-09T09:00:00+00:00",
            "Овнам варто відкласти важливі розмови, а Рибам — нарешті відпочити."));
    Files.writeString(dir.resolve("empty.html"), "");
    Files.writeString(dir.resolve("notes.txt"), "not a page");
  }

  @Test
  void languagesGroupsPagesAndSkipsBadFilesOnStderr() throws Exception {
    MainTest.Result r = MainTest.run("languages", "--input-dir", dir.toString());
    assertThat(r.code()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(files(json, "uk")).containsExactly("uk1.html");
    assertThat(files(json, "ru")).containsExactly("ru1.html");
    assertThat(files(json, "en")).containsExactlyInAnyOrder("en1.html", "en2.html", "en3.html");
    assertThat(r.err()).contains("empty.html").doesNotContain("notes.txt").doesNotContain("\tat ");
  }

  @Test
  void newsLeavesOutTheHoroscope() throws Exception {
    MainTest.Result r = MainTest.run("news", "--input-dir", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(strings(JSON.readTree(r.out()).get("articles")))
        .containsExactlyInAnyOrder("en1.html", "en2.html", "en3.html", "ru1.html");
  }

  @Test
  void threadsPutEveryNewsPageInExactlyOneThreadAndJoinReportsOfOneEvent() throws Exception {
    MainTest.Result r = MainTest.run("threads", "--input-dir", dir.toString());
    assertThat(r.code()).isZero();
    JsonNode json = JSON.readTree(r.out());
    List<List<String>> threads = new ArrayList<>();
    json.forEach(t -> threads.add(strings(t.get("articles"))));
    assertThat(threads.stream().flatMap(List::stream))
        .containsExactlyInAnyOrder("en1.html", "en2.html", "en3.html", "ru1.html");
    assertThat(threads)
        .anySatisfy(t -> assertThat(t).containsExactlyInAnyOrder("en1.html", "en2.html"));
    assertThat(threads).contains(List.of("en3.html"), List.of("ru1.html"));
    assertThat(json.get(0).get("title").asText()).contains("Odesa");
  }

  @Test
  void topRanksTheWidestThreadFirstUnderAnyAndListsTheCategories() throws Exception {
    MainTest.Result r = MainTest.run("top", "--input-dir", dir.toString());
    assertThat(r.code()).isZero();
    JsonNode json = JSON.readTree(r.out());
    assertThat(json.get(0).get("category").asText()).isEqualTo("any");
    JsonNode first = json.get(0).get("threads").get(0);
    assertThat(strings(first.get("articles"))).containsExactlyInAnyOrder("en1.html", "en2.html");
    List<String> categories = new ArrayList<>();
    json.forEach(c -> categories.add(c.get("category").asText()));
    assertThat(categories)
        .contains(
            "society", "economy", "technology", "sports", "entertainment", "science", "other");
  }

  @Test
  void aMissingFolderIsOneLineError() {
    MainTest.Result r = MainTest.run("threads", "--input-dir", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).startsWith("strichka: --input-dir").doesNotContain("\tat ");
  }

  static List<String> files(JsonNode json, String language) {
    for (JsonNode g : json)
      if (g.get("lang_code").asText().equals(language)) return strings(g.get("articles"));
    return List.of();
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
