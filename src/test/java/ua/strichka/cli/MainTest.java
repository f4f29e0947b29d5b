package ua.strichka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: strichka").contains("config");
  }

  @Test
  void badConfigurationValueExitsTwoWithOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "web:\n  port: eighty\n");
    Result r = run("--config", file.toString(), "config");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo(
            "strichka: configuration: web.port: expected a whole number, got 'eighty' ("
                + file
                + ")");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unknownCommandIsBadUsage() {
    Result r = run("frobnicate");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument");
  }

  @Test
  void configPrintsEffectiveValuesWithTheirSource() throws Exception {
    Path file = Files.writeString(dir.resolve("s.yaml"), "web:\n  port: 9001\n");
    Result r = run("--config", file.toString(), "config");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("web.port = 9001  (" + file + ")")
        .contains("store.url = jdbc:sqlite:./data/strichka.db  (default)");
  }
}
