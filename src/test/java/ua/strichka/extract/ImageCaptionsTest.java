package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A caption that repeats its picture's alt goes; other text beside a picture stays. */
class ImageCaptionsTest {
  private static final String CAPTION = "Голова міської ради Ігор Терехов на брифінгу.";

  @ParameterizedTest(name = "{0} → caption kept {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "p beside the picture | <div class=foto><img src=a.jpg alt='"
            + CAPTION
            + "'>"
            + "<p>"
            + CAPTION
            + "</p></div> | false",
        "div a block up | <div><div class=c><img src=a.jpg alt='"
            + CAPTION
            + "'></div>"
            + "<div>"
            + CAPTION
            + "</div></div> | false",
        "alt without the full stop, other case | <div><img src=a.jpg"
            + " alt='голова міської ради Ігор Терехов на брифінгу'>"
            + "<p>"
            + CAPTION
            + "</p></div> | false",
        "caption that says more | <div><img src=a.jpg alt='Ігор Терехов'>"
            + "<p>"
            + CAPTION
            + "</p></div> | true",
        "no alt | <div><img src=a.jpg><p>" + CAPTION + "</p></div> | true",
        "alt that is the start of a longer line | <div><img src=a.jpg alt='Ігор Терехов на брифінгу'>"
            + "<p>Ігор Терехов на брифінгу, де говорили про воду</p></div> | true",
      })
  void captionsRepeatingTheAltGo(String kind, String figure, boolean kept) {
    String text = BoilerplateNamesTest.body(figure);
    assertThat(text.contains("Ігор Терехов на брифінгу")).isEqualTo(kept);
  }

  @ParameterizedTest(name = "alt {0} → caption kept {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Терехов | true",
        "Ігор Терехов | false",
        "Ігор  ТЕРЕХОВ. | false",
        "Терехову | true"
      })
  void shortAltsMatchTooMuchToGoBy(String alt, boolean kept) {
    Element root =
        Jsoup.parseBodyFragment(
                "<div><div class=foto><img src=a.jpg alt='"
                    + alt
                    + "'><p>Ігор Терехов</p></div></div>")
            .body()
            .child(0);
    ImageCaptions.drop(root);
    assertThat(root.select("p")).hasSize(kept ? 1 : 0);
  }

  /**
   * A paragraph of the story that repeats the alt, in the article's own block (not a picture's
   * small block), stays: only a picture's block holds captions.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "the article's block | <img src=a.jpg alt='" + CAPTION + "'><p>" + CAPTION + "</p>",
      })
  void theStorysOwnParagraphStays(String kind, String html) {
    assertThat(BoilerplateNamesTest.body(html)).contains("Ігор Терехов на брифінгу");
  }
}
