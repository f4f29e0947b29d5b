package ua.strichka.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.pravda.com.ua/news/2025/04/9/7505000/|https://www.pravda.com.ua/news/2025/04/9/7505000/",
        "HTTPS://WWW.Pravda.COM.UA/news/1/|https://www.pravda.com.ua/news/1/",
        "https://site.ua:443/a|https://site.ua/a",
        "http://site.ua:80/a|http://site.ua/a",
        "http://site.ua:8080/a|http://site.ua:8080/a",
        "https://site.ua|https://site.ua/",
        "https://site.ua/a#comments|https://site.ua/a",
        "https://site.ua/a?|https://site.ua/a",
        "https://site.ua/a?utm_source=facebook&utm_medium=social|https://site.ua/a",
        "https://site.ua/a?id=7&utm_campaign=x&page=2|https://site.ua/a?id=7&page=2",
        "https://site.ua/a?fbclid=IwAR0abc|https://site.ua/a",
        "https://site.ua/a?gclid=x&yclid=y&msclkid=z|https://site.ua/a",
        "https://site.ua/a?mc_cid=1&mc_eid=2&_ga=3|https://site.ua/a",
        "https://site.ua/a?UTM_SOURCE=x&b=1|https://site.ua/a?b=1",
        "https://site.ua/a?b=2&a=1|https://site.ua/a?b=2&a=1",
        "https://site.ua/a/./b/../c|https://site.ua/a/c",
        "https://site.ua./a|https://site.ua/a",
        "https://приклад.укр/новини|https://xn--80aikifvh.xn--j1amh/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8",
        "https://site.ua/пошук?q=київ|https://site.ua/%D0%BF%D0%BE%D1%88%D1%83%D0%BA?q=%D0%BA%D0%B8%D1%97%D0%B2",
        "  https://site.ua/a  |https://site.ua/a",
        "https://site.ua/a b|https://site.ua/a%20b",
      })
  void canonicalizes(String in, String expected) {
    assertThat(UrlCanonicalizer.canonicalize(in)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} declares {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://m.site.ua/a?utm_source=x|https://site.ua/news/a|https://site.ua/news/a",
        "https://site.ua/a?x=1|/news/a|https://site.ua/news/a",
        "https://site.ua/a|https://www.site.ua/a#top|https://www.site.ua/a",
        // another site's article: the claim is ignored
        "https://aggregator.ua/copy/1|https://pravda.com.ua/news/1|https://aggregator.ua/copy/1",
        "https://site.ua/a|javascript:alert(1)|https://site.ua/a",
        "https://site.ua/a| |https://site.ua/a",
      })
  void believesDeclaredCanonicalOnlyForTheSameSite(String url, String declared, String expected) {
    assertThat(UrlCanonicalizer.canonicalize(url, declared)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/relative/path", "ftp://site.ua/file", "mailto:a@b.ua", "https://"})
  void refusesWhatIsNotAnAbsoluteHttpUrl(String url) {
    assertThatThrownBy(() -> UrlCanonicalizer.canonicalize(url))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(UrlCanonicalizer.tryCanonicalize(url)).isEmpty();
  }
}
