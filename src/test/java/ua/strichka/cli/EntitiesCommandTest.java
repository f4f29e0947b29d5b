package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strichka entities} on a real folder of text files. */
class EntitiesCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void everyTextFileMapsToItsMentionsWithOffsetsIntoTheText() throws Exception {
    String uk = "\uFEFFГенсек НАТО подякував Японії.\r\nЗ Марком Рютте зустрівся 😀 міністр.";
    Files.writeString(dir.resolve("a.txt"), uk);
    Path sub = Files.createDirectories(dir.resolve("more"));
    Files.writeString(sub.resolve("b.TXT"), "Владимир Зеленский прибыл в Киев.");
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(
        dir.resolve("latin1.txt"), "Kyiv \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("page.html"), "<p>Японія</p>");
    Path out = dir.resolve("out.json");

    MainTest.Result r =
        MainTest.run("entities", "--input-dir", dir.toString(), "--output", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("latin1.txt: not UTF-8 text").doesNotContain("\tat ");
    JsonNode json = JSON.readTree(out.toFile());
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("a", "empty", "b");
    assertThat(json.get("empty")).isEmpty();
    JsonNode a = json.get("a");
    assertThat(a).hasSize(3);
    for (JsonNode m : a) {
      assertThat(m.fieldNames())
          .toIterable()
          .containsExactly("start", "end", "type", "text", "lemma");
      assertThat(uk.substring(m.get("start").asInt(), m.get("end").asInt()))
          .isEqualTo(m.get("text").asText());
    }
    assertThat(a.get(2).get("text").asText()).isEqualTo("Марком Рютте");
    assertThat(a.get(2).get("lemma").asText()).isEqualTo("Марк Рютте");
    assertThat(a.get(2).get("type").asText()).isEqualTo("PER");
    assertThat(json.get("b").get(0).get("lemma").asText()).isEqualTo("Володимир Зеленський");
  }

  @Test
  void withoutOutputTheJsonGoesToStdoutAlone() throws Exception {
    Files.writeString(dir.resolve("x.txt"), "Пожежа сталася у Львові.");
    MainTest.Result r = MainTest.run("entities", "--input-dir", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(JSON.readTree(r.out()).get("x").get(0).get("lemma").asText()).isEqualTo("Львів");
  }

  @Test
  void aMissingFolderIsAOneLineError() {
    MainTest.Result r = MainTest.run("entities", "--input-dir", dir.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(Main.FAILURE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).startsWith("strichka: not a directory").doesNotContain("\tat ");
  }
}
