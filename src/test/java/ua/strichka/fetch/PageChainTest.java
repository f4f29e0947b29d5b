package ua.strichka.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which addresses met in a feed or section page are a further page of an article. */
class PageChainTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://v.ua/a/?page=2 | https://v.ua/a/",
        "https://v.ua/a/?page=1 | https://v.ua/a/",
        "https://v.ua/a/?id=7&page=3 | https://v.ua/a/?id=7",
        "https://v.ua/a/?PAGEN_1=2 | https://v.ua/a/",
        "https://v.ua/a/?pg=2&lang=uk | https://v.ua/a/?lang=uk",
        "https://v.ua/a/ | https://v.ua/a/",
        "https://v.ua/a/?id=7 | https://v.ua/a/?id=7",
        "https://v.ua/a/?pages=2 | https://v.ua/a/?pages=2",
        "https://v.ua/a/?page=next | https://v.ua/a/?page=next",
      })
  void aFurtherPageIsReadAsItsFirstPage(String url, String first) {
    assertThat(PageChain.firstPage(url)).isEqualTo(first);
  }
}
