package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.strichka.testing.LoopbackWeb;

class ExtractCommandTest {
  @TempDir Path dir;
  static final ObjectMapper JSON = new ObjectMapper();

  static final String PAGE =
      "<html lang=uk><head><meta charset=windows-1251><title>Новина дня | Сайт</title>"
          + "<meta property=\"article:published_time\" content=\"2025-04-09T07:03:00+03:00\">"
          + "</head><body><h1>Новина дня</h1><div class=text><p>Перший абзац статті, у якому"
          + " є достатньо слів, ком, і речень, щоб його визнали текстом, а не меню сайту.</p>"
          + "<p>Другий абзац продовжує розповідь, додає подробиці та цитати для читачів.</p>"
          + "<p>Джерело: ua-independent.com (Політика)</p></div></body></html>";

  @Test
  void oneFilePrintsOneObjectWithTheArchitectureFieldNames() throws Exception {
    Path file = dir.resolve("a.html");
    Files.write(file, PAGE.getBytes(Charset.forName("windows-1251")));
    MainTest.Result r = MainTest.run("extract", file.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode a = JSON.readTree(r.out());
    assertThat(a.isObject()).isTrue();
    assertThat(a.fieldNames())
        .toIterable()
        .startsWith(
            "url",
            "title",
            "articleBody",
            "description",
            "datePublished",
            "dateModified",
            "authors",
            "image",
            "section",
            "language",
            "siteName");
    assertThat(a.get("title").asText()).isEqualTo("Новина дня");
    assertThat(a.get("datePublished").asText()).isEqualTo("2025-04-09T07:03:00+03:00");
    assertThat(a.get("language").asText()).isEqualTo("uk");
    assertThat(a.get("articleBody").asText())
        .startsWith("Перший абзац статті")
        .contains("\n\nДругий абзац")
        .doesNotContain("Джерело");
    assertThat(a.get("sourceCredit").get("outlet").asText()).isEqualTo("ua-independent.com");
  }

  @Test
  void inputDirMapsNamesSkipsBadFilesAndOtherExtensions() throws Exception {
    Files.write(dir.resolve("good.html"), PAGE.getBytes(Charset.forName("windows-1251")));
    Files.write(dir.resolve("empty.htm"), new byte[0]);
    Files.writeString(dir.resolve("notes.txt"), "not a page");
    Path out = dir.resolve("out.json");
    MainTest.Result r =
        MainTest.run("extract", "--input-dir", dir.toString(), "--output", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    JsonNode all = JSON.readTree(out.toFile());
    assertThat(all.fieldNames()).toIterable().containsExactly("good");
    assertThat(all.get("good").get("title").asText()).isEqualTo("Новина дня");
  }

  @Test
  void urlIsFetchedFollowingARedirectAndDecodedByItsContentType() throws Exception {
    // The page says windows-1251 in its <meta>; the server's header is what counts, as in a crawl.
    String utf8Page = PAGE.replace("<meta charset=windows-1251>", "");
    try (LoopbackWeb web = LoopbackWeb.start()) {
      web.route(
          "/news/1.html",
          ex ->
              LoopbackWeb.send(
                  ex,
                  200,
                  "text/html; charset=windows-1251",
                  utf8Page.getBytes(Charset.forName("windows-1251"))));
      web.route(
          "/short",
          ex -> {
            ex.getResponseHeaders().set("Location", "/news/1.html");
            LoopbackWeb.send(ex, 301, null, new byte[0]);
          });
      MainTest.Result r =
          MainTest.run(
              "--config", loopbackConfig().toString(), "extract", web.url("/short").toString());
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode a = JSON.readTree(r.out());
      assertThat(a.get("url").asText()).isEqualTo(web.url("/news/1.html").toString());
      assertThat(a.get("title").asText()).isEqualTo("Новина дня");
      assertThat(a.get("articleBody").asText()).startsWith("Перший абзац статті");
      assertThat(web.hits("/news/1.html")).hasSize(1);
    }
  }

  @Test
  void urlThatFailsIsOneLineFailure() throws Exception {
    try (LoopbackWeb web = LoopbackWeb.start()) {
      web.route("/gone", ex -> LoopbackWeb.send(ex, 404, "text/plain", "no".getBytes()));
      MainTest.Result r =
          MainTest.run(
              "--config", loopbackConfig().toString(), "extract", web.url("/gone").toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.err()).contains("404");
    }
  }

  @Test
  void missingFileIsOneLineFailure() {
    MainTest.Result r = MainTest.run("extract", dir.resolve("nope.html").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("nope.html");
  }

  /** The loopback test web is a private address: the fetcher's SSRF guard lets 127.0.0.1 only. */
  private Path loopbackConfig() throws java.io.IOException {
    Path file = dir.resolve("loopback.yaml");
    java.nio.file.Files.writeString(
        file, "fetch:\n  allow-private-addresses: [127.0.0.1]\n  host-delay: 10ms\n");
    return file;
  }

  @Test
  void urlOnAPrivateAddressIsRefusedWithoutConfiguration() throws Exception {
    try (LoopbackWeb web = LoopbackWeb.start()) {
      web.route("/p", ex -> LoopbackWeb.send(ex, 200, "text/html", PAGE.getBytes()));
      MainTest.Result r = MainTest.run("extract", web.url("/p").toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(web.hits("/p")).isEmpty();
    }
  }
}
