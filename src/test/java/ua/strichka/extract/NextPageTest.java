package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an article split over several pages goes on, as the extractor reports it: the head's {@code
 * link[rel=next]}, or a pager's {@code a[rel=next]} to a numbered page of the same address; never a
 * "next article" link or link text alone.
 */
class NextPageTest {
  static final String URL = "https://visnyk.ua/news/2025/04/09/mosty/";

  static String page(String head, String body) {
    String text =
        "Інженери обласної служби доріг оглянули опори переправи, склали кошторис і домовилися"
            + " з підрядником про строки робіт, які мають завершитися до початку осені.";
    return "<html lang=\"uk\"><head><title>Мости відбудовують</title>"
        + "<meta property=\"article:published_time\" content=\"2025-04-09T10:00:00+03:00\">"
        + head
        + "</head><body><article><h1>Мости відбудовують</h1><p>"
        + text
        + "</p><p>"
        + text
        + "</p><p>"
        + text
        + "</p>"
        + body
        + "</article></body></html>";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "link rel=next, relative | <link rel=\"next\" href=\"?page=2\"> | | " + URL + "?page=2",
        "link rel=next, WordPress /2/ | <link rel=\"next\" href=\""
            + URL
            + "2/\"> | | "
            + URL
            + "2/",
        "pager a[rel=next] ?page=2 | | <nav><a rel=\"next\" href=\"?page=2\">Далі</a></nav> | "
            + URL
            + "?page=2",
        "pager a[rel~=next] /page-2 | | <a rel=\"nofollow next\" href=\"page-2\">2</a> | "
            + URL
            + "page-2",
        "Bitrix PAGEN_1 | | <a rel=\"next\" href=\"?PAGEN_1=2\">→</a> | " + URL + "?PAGEN_1=2",
        "next post link (WordPress) | | <a rel=\"next\" href=\"/news/2025/04/10/dorohy/\">Наступна</a>"
            + " | none",
        "next post link, plain permalinks ?p= | | <a rel=\"next\" href=\"?p=124\">Наступна</a> | none",
        "next link to another site | | <a rel=\"next\" href=\"https://inshe.ua/news/2025/04/09/mosty/?page=2\">"
            + "Далі</a> | none",
        "text alone: «Далі» | | <a href=\"?page=2\">Далі</a> | none",
        "text alone: «Наступна сторінка» | | <a href=\"/news/2025/04/09/mosty/2/\">Наступна сторінка</a>"
            + " | none",
        "no pager | | | none",
      })
  void findsTheNextPage(String name, String head, String body, String expected) {
    Extraction x =
        new Extractor().extract(page(head == null ? "" : head, body == null ? "" : body), URL);
    assertThat(x).isInstanceOf(Extraction.Found.class);
    assertThat(((Extraction.Found) x).nextPage()).isEqualTo(expected);
  }
}
