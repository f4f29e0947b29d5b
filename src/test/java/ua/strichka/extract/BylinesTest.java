package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Authors that pages print without a label or a class that says so. */
class BylinesTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Ірина Морозюк | true",
        "Олена Дерев'янко | true",
        "Анна-Марія Коваль-Шевчук | true",
        "О. Коваль | true",
        "Тарас Григорович Шевченко | true",
        "John Smith | true",
        "Шон О'Браєн | true",
        "Sean O’Brien | true",
        "Марія Дʼякова | true",
        "Жан-Поль Сартр | true",
        "Ірина МорозюкКореспондентка | false",
        "Коваль | false",
        "Ірина Морозюк, Київ | false",
        "ірина морозюк | false",
        "ІРИНА МОРОЗЮК | false",
        "Коваль О. | false",
        "Most Read | false",
        "Читайте Також | false",
        "Сторінка 1 | false",
        "Війна і мир у нас вдома | false",
      })
  void personNames(String line, boolean name) {
    assertThat(Authors.looksLikeName(line)).isEqualTo(name);
  }

  /**
   * What a byline holds besides the names: labels, photo credits, the newsroom, the site's name,
   * roles, places and dates. {@code ;} separates expected names, {@code -} is none.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "Автор: Ірина Морозюк, Олег Петренко | Ірина Морозюк;Олег Петренко",
        "Автори: Ірина Морозюк і Олег Петренко | Ірина Морозюк;Олег Петренко",
        "Ірина Морозюк, Олег Петренко та Марія Коваль | Ірина Морозюк;Олег Петренко;Марія Коваль",
        "By John Smith and Jane Doe | John Smith;Jane Doe",
        "Автор публікації: Ірина Морозюк | Ірина Морозюк",
        "Автор статьи: Олег Петренко | Олег Петренко",
        "Написала Ірина Морозюк | Ірина Морозюк",
        "Подготовил Олег Петренко | Олег Петренко",
        "Текст і фото: Ірина Морозюк | Ірина Морозюк",
        "Текст: Ірина Морозюк. Фото: Олег Петренко | Ірина Морозюк",
        "Автор: Ірина Морозюк Фото: Олег Петренко | Ірина Морозюк",
        "Ірина Морозюк (фото) | Ірина Морозюк",
        "Фото: Олег Петренко | -",
        "Автор фото: Олег Петренко | -",
        "'Ірина Морозюк | Новини Одеси' | Ірина Морозюк",
        "Ірина Морозюк • 5 хв читання | Ірина Морозюк",
        "Ірина Морозюк, 9 квітня 2025 | Ірина Морозюк",
        "Ірина Морозюк, журналістка | Ірина Морозюк",
        "Редакція | -",
        "Автор: Редакція | -",
        "Редакція «Новини Одеси» | -",
        "Редакция сайта | -",
        "За матеріалами Reuters | -",
        // a place after the name is where the author writes from, not a second author
        "Ірина Морозюк, Харків | Ірина Морозюк",
        "Ірина Морозюк, Олег Петренко, Одеса | Ірина Морозюк;Олег Петренко",
        "Олег Петренко, Київська область | Олег Петренко",
        "Олег Петренко, Харківщина | Олег Петренко",
        "Ірина Морозюк, м. Ізюм | Ірина Морозюк",
        "Ірина Морозюк (Харків) | Ірина Морозюк",
        "Ірина Морозюк / Словʼянськ | Ірина Морозюк",
        "Ирина Морозюк, Харьков | Ирина Морозюк",
        "Олег Петренко, Запорожская обл. | Олег Петренко",
        "John Smith, Kyiv | John Smith",
        "Jane Doe, Washington | Jane Doe",
        "Харків | -",
        "Ірина Морозюк, Укрінформ | Ірина Морозюк;Укрінформ",
        // a role after or before the name, run into it from a <span> of its own or not
        "Ірина МорозюкКореспондентка | Ірина Морозюк",
        "Ірина Морозюк Кореспондентка | Ірина Морозюк",
        "Ірина Морозюк Кореспондентка Укрінформу | Ірина Морозюк",
        "Олег ПетренкоГоловний редактор | Олег Петренко",
        "Ірина Морозюк (журналістка) | Ірина Морозюк",
        "Кореспондентка Ірина Морозюк | Ірина Морозюк",
        "Олег ПетренкоОбозреватель | Олег Петренко",
        "Ирина Морозюк Корреспондент | Ирина Морозюк",
        "Jane DoeSenior Correspondent | Jane Doe",
        "John Smith Staff Writer | John Smith",
        "Ірина МорозюкХарків | Ірина Морозюк",
        "Кореспондентка | -",
        "Senior Editor | -",
      })
  void bylineParts(String byline, String expected) {
    List<String> names = expected.equals("-") ? List.of() : List.of(expected.split(";"));
    assertThat(Authors.clean(List.of(byline), "Новини Одеси")).isEqualTo(names);
  }

  /**
   * Names that look as if a role, a place or a join could be cut from them, and must stay whole:
   * double names, apostrophes (' ’ ʼ), surnames that begin with a role or are a city's name.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Анна-Марія Коваль-Шевчук",
        "Шон О'Браєн",
        "Олена Дерев’янко",
        "Марія Дʼякова",
        "Sean O'Brien",
        "Mary McAdams",
        "Жан-Поль Сартр",
        "Іван Авторенко",
        "Петро Редактович",
        "Сергей Николаев",
        "Ольга Київська",
        "Анна Харків-Полтавська",
        "Олег Кореспондентов",
      })
  void namesStayWhole(String name) {
    assertThat(Authors.clean(List.of(name), "Новини Одеси")).containsExactly(name);
    assertThat(Authors.clean(List.of("Автор: " + name + ", Київ"), "Новини Одеси"))
        .containsExactly(name);
  }

  /** Byline blocks as themes print them, names linked to author pages; {@code ;} separates. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "<div class=\"author\">Автори: <a href=\"/a/1\">Ірина Морозюк</a>,"
            + " <a href=\"/a/2\">Олег Петренко</a></div> | Ірина Морозюк;Олег Петренко",
        "<p class=\"byline\">By <a rel=\"author\" href=\"/a\">John Smith</a> and"
            + " <a rel=\"author\" href=\"/b\">Jane Doe</a></p> | John Smith;Jane Doe",
        "<div class=\"post-author\"><img src=\"/av.jpg\"><a href=\"/a/1\">Ірина Морозюк</a>"
            + "<span class=\"author-role\">Журналістка</span></div> | Ірина Морозюк",
        "<div class=\"article-authors\"><a href=\"/a/1\">Ірина Морозюк</a><a href=\"/a/2\">"
            + "Олег Петренко</a><a href=\"/a/3\">Марія Коваль</a></div>"
            + " | Ірина Морозюк;Олег Петренко;Марія Коваль",
        "<div class=\"author\">Ірина Морозюк, <a href=\"/\">Укрінформ</a></div>"
            + " | Ірина Морозюк;Укрінформ",
        "<span class=\"author\">Редакція</span> | -",
        "<div class=\"author\"><span>Ірина Морозюк</span><span>Кореспондентка</span></div>"
            + " | Ірина Морозюк",
        "<div class=\"author\"><span class=\"author-name\">Ірина Морозюк</span>"
            + " <span class=\"author-role\">Кореспондентка</span></div> | Ірина Морозюк",
        "<div class=\"byline\"><span>Ірина Морозюк</span>, <span>Харків</span></div>"
            + " | Ірина Морозюк",
        "<div class=\"author\"><span>Олег Петренко</span><span>Харків</span></div>"
            + " | Олег Петренко",
        "<div class=\"author\"><span>Ирина Морозюк</span><span>Корреспондент</span></div>"
            + " | Ирина Морозюк",
        "<div class=\"byline\"><span>Jane Doe</span><span>Senior Correspondent</span>"
            + "<span>Kyiv</span></div> | Jane Doe",
        "<p class=\"byline\">By Jane Doe</p> | Jane Doe",
        "<p class=\"author\">Ірина Морозюк, Харків</p> | Ірина Морозюк",
        "<div class=\"byline\"><p>Ірина Морозюк</p><p>Олег Петренко</p></div> | -",
      })
  void bylineBlocks(String byline, String expected) {
    Article a =
        MetadataTest.article(
            "<title>Новина</title>",
            "<h1>Новина</h1>" + byline + "<div class=\"content\">" + MetadataTest.TEXT + "</div>",
            "https://x.example/news/1");
    List<String> names = expected.equals("-") ? List.of() : List.of(expected.split(";"));
    assertThat(a.authors()).isEqualTo(names);
  }

  @Test
  void aNameSignedOnTheTextsLastLineIsTheAuthorNotText() {
    Article a =
        MetadataTest.article(
            "<title>Новина</title>",
            "<div class=\"content\">" + MetadataTest.TEXT + "<p><i>Богдан Стахів</i></p></div>",
            "https://x.example/news/1");
    assertThat(a.authors()).containsExactly("Богдан Стахів");
    assertThat(a.articleBody()).doesNotContain("Стахів");
  }

  @Test
  void aNameSignedUnderTheTextContainerIsTheAuthor() {
    Article a =
        MetadataTest.article(
            "<title>Новина</title>",
            "<div class=\"story\"><div class=\"txt\">"
                + MetadataTest.TEXT
                + "</div><div class=\"sig\">Ірина Морозюк</div></div>"
                + "<div class=\"more\"><a href=\"/a\">Інша новина дня про погоду</a></div>",
            "https://x.example/news/1");
    assertThat(a.authors()).containsExactly("Ірина Морозюк");
  }

  @Test
  void theNameInTheMetaLineUnderTheHeadline() {
    Article a =
        MetadataTest.article(
            "<title>Новина</title>",
            "<h1>Новина</h1><div class=\"meta\">Андрій Семенюк · <time>9 квітня 2025 р. 10:15</time>"
                + " · 6 хв читання</div><div class=\"txt\">"
                + MetadataTest.TEXT
                + "</div>",
            "https://x.example/news/1");
    assertThat(a.authors()).containsExactly("Андрій Семенюк");
  }

  @Test
  void aKnownAuthorIsNotReplacedByALastLine() {
    Article a =
        MetadataTest.article(
            "<title>Новина</title><meta name=\"author\" content=\"Олена Пчілка\">",
            "<div class=\"content\">" + MetadataTest.TEXT + "<p>Богдан Стахів</p></div>",
            "https://x.example/news/1");
    assertThat(a.authors()).containsExactly("Олена Пчілка");
  }
}
