package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A caption that repeats its picture's alt goes; other text beside a picture stays. A figcaption
 * labels its picture and is no text, unless it tells the story (a gallery's slides).
 */
class ImageCaptionsTest {
  private static final String CAPTION = "Голова міської ради Ігор Терехов на брифінгу.";

  /** Three sentences, 330 characters: a slide's text, as galleries set it. */
  private static final String SLIDE =
      "Господарі квартири довго шукали меблі, які б пасували до старого паркету. Дизайнерка"
          + " радить не поспішати й купувати речі поступово, по одній на сезон. «Дім має бути"
          + " схожим на вас, а не на каталог магазину», — каже вона. Тому найперше варто"
          + " вирішити, що саме вам подобається, і лише потім іти по покупки.";

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
        "a listicle item's heading, its picture's alt | <div><h2>"
            + CAPTION
            + "</h2><img src=a.jpg alt='"
            + CAPTION
            + "'></div> | true",
        "a heading in a box | <div><header><h3>"
            + CAPTION
            + "</h3></header><img src=a.jpg alt='"
            + CAPTION
            + "'></div> | true",
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

  @ParameterizedTest(name = "{0} → text {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a label with its credit | <figcaption>Ігор Терехов на брифінгу. Фото: Суспільне"
            + "</figcaption> | false",
        "two sentences under 300 characters | <figcaption class=caption>Мешканці будинку на"
            + " Салтівці розбирають завали після влучання. Рятувальники працювали там до ранку,"
            + " а ввечері прибули комунальники з технікою. (Фото: Укрінформ)</figcaption> | false",
        "one long sentence | <figcaption>Мешканці будинку на Салтівці, який зруйнувала ракета,"
            + " розбирають завали разом із рятувальниками, комунальниками та волонтерами, що"
            + " приїхали з усіх районів міста, поки поліція фіксує наслідки удару й опитує"
            + " свідків, а медики надають допомогу всім, хто її потребує, просто на подвір'ї"
            + " (фото Укрінформу)</figcaption> | false",
        "a slide's paragraphs | <figcaption class=slide-caption><p>"
            + SLIDE
            + "</p></figcaption> | true",
        "a slide's paragraphs, hidden | <figcaption class=slide-caption hidden><p>"
            + SLIDE
            + "</p></figcaption> | false",
      })
  void aFigcaptionIsTextOnlyWhenItTellsTheStory(String kind, String caption, boolean text) {
    String page = "<figure><img src=a.jpg alt='Квартира'>" + caption + "</figure>";
    String body = BoilerplateNamesTest.body(page);
    String words = Jsoup.parseBodyFragment(caption).text().substring(0, 30);
    assertThat(body.contains(words)).isEqualTo(text);
  }

  /** A gallery: a short intro, then the story slide by slide, each in its picture's caption. */
  @ParameterizedTest(name = "slides of {0}")
  @CsvSource({"figure", "div"})
  void aGallerysSlidesAreItsText(String slide) {
    StringBuilder page =
        new StringBuilder(
            "<html><head><title>П'ять помилок у дизайні</title></head><body><ul class=menu>"
                + "<li><a href='/a/'>Дім</a><li><a href='/b/'>Мода</a></ul><article><h1>П'ять"
                + " помилок у дизайні</h1><p>Молоді орендарі рідко вкладають у свої квартири,"
                + " бо часто переїжджають. Дизайнерка розповіла про п'ять помилок, яких вони"
                + " припускаються.</p><div class=slides>");
    for (int i = 1; i <= 5; i++) {
      page.append('<')
          .append(slide)
          .append(" class=slide><div class=slide-title>Помилка ")
          .append(i)
          .append("</div><img src=s")
          .append(i)
          .append(".jpg alt='Помилка ")
          .append(i)
          .append("'><figcaption class=slide-caption><p>")
          .append(i)
          .append(". ")
          .append(SLIDE)
          .append("</p></figcaption></")
          .append(slide)
          .append('>');
    }
    // A caption named for sharing is the share box's text, however long: only strong names count.
    page.append("<figure class=slide><img src=s.jpg><figcaption class=share-caption><p>Поділіться")
        .append(" цією добіркою з друзями! ")
        .append(SLIDE)
        .append("</p></figcaption></figure></div></article><footer>© Дім</footer></body></html>");
    Extraction got = new Extractor().extract(page.toString(), "https://example.com/home/1");
    assertThat(got).isInstanceOf(Extraction.Found.class);
    String body = ((Extraction.Found) got).article().articleBody();
    assertThat(body).startsWith("Молоді орендарі");
    for (int i = 1; i <= 5; i++) assertThat(body).contains(i + ". Господарі квартири");
    assertThat(body).doesNotContain("Поділіться");
  }

  @ParameterizedTest(name = "{0} → {1} sentences")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Ігор Терехов на брифінгу | 0",
        "Ігор Терехов на брифінгу. | 1",
        "Він прийшов. Вона пішла! Чому? | 3",
        "«Дім має бути схожим на вас.» Так каже вона. | 2",
        "Лист від 12.03.2024 р. надійшов у п. 5 розділу | 0",
        "Ціна зросла на 3.5 відсотка… «Це забагато», — кажуть люди. | 2",
      })
  void sentenceEndsAreCounted(String text, int sentences) {
    assertThat(ImageCaptions.sentences(text)).isEqualTo(sentences);
  }
}
