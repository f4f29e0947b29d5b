package ua.strichka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferencePagesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          paragraphs split        | <div><p>One two.</p><p>Three  four.</p></div>            | One two.\\n\\nThree four.
          inline stays in line    | <p>A <b>bold</b> <a href=x>link</a> here.</p>            | A bold link here.
          heading and list items  | <h2>Head</h2><ul><li>first</li><li>second</li></ul>       | Head\\n\\nfirst\\n\\nsecond
          br breaks a line        | <p>line one<br>line two</p>                              | line one\\nline two
          text beside a block     | <div>loose text<p>inner</p>tail</div>                    | loose text\\n\\ninner\\n\\ntail
          scripts and styles gone | <p>kept</p><script>var x=1;</script><style>p{}</style>   | kept
          nbsp and blank blocks   | <p>a&nbsp;&nbsp;b</p><p>  </p><div></div><p>c</p>        | a b\\n\\nc
          table cells             | <table><tr><td>x1</td><td>y1</td></tr></table>            | x1\\n\\ny1
          empty fragment          | ''                                                       | ''
          """)
  void paragraphsAreTheVisibleBlocks(String rule, String html, String expected) {
    assertThat(ReferencePages.paragraphs(html)).isEqualTo(expected.replace("\\n", "\n"));
  }

  @Test
  void deepNestingDoesNotOverflow() {
    String html = "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000);
    assertThat(ReferencePages.paragraphs(html)).isEqualTo("deep");
  }

  @Test
  void loadsCompleteFoldersByNameAndDecodesCharsets(@TempDir Path dir) throws Exception {
    Path kyiv = Files.createDirectories(dir.resolve("b-kyiv"));
    Charset cp1251 = Charset.forName("windows-1251");
    Files.write(
        kyiv.resolve("source.html"),
        "<html><head><meta charset=windows-1251></head><body><p>Київ вранці</p></body></html>"
            .getBytes(cp1251));
    Files.write(
        kyiv.resolve("expected.html"),
        "<div id=readability-page-1><p>Київ вранці</p></div>".getBytes(StandardCharsets.UTF_8));
    Path first = Files.createDirectories(dir.resolve("a-first"));
    Files.writeString(first.resolve("source.html"), "<p>Alpha text</p>");
    Files.writeString(first.resolve("expected.html"), "<p>Alpha</p><p>text</p>");
    Files.writeString(
        Files.createDirectories(dir.resolve("c-no-label")).resolve("source.html"), "<p>x</p>");
    Files.writeString(dir.resolve("stray.html"), "<p>not a folder</p>");

    List<ExtractBench.Page> pages = ReferencePages.load(dir);

    assertThat(pages).extracting(ExtractBench.Page::name).containsExactly("a-first", "b-kyiv");
    assertThat(pages.get(0).body()).isEqualTo("Alpha\n\ntext");
    assertThat(pages.get(1).html()).contains("Київ вранці");
    assertThat(pages.get(1).body()).isEqualTo("Київ вранці");
    assertThat(pages.get(1).title()).isNull();
  }
}
