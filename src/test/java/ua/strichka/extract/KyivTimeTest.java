package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates come out in Kyiv time whatever offset the page wrote them in; the instant is kept. */
class KyivTimeTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025-04-09T04:03:00Z | 2025-04-09T07:03+03:00",
        "2025-01-15T10:00:00Z | 2025-01-15T12:00+02:00",
        "2025-04-09T09:03:00+05:00 | 2025-04-09T07:03+03:00",
        "2025-10-26T00:30:00Z | 2025-10-26T03:30+03:00",
        "2025-10-26T01:30:00Z | 2025-10-26T03:30+02:00",
        "2025-04-09T07:03:00+03:00 | 2025-04-09T07:03+03:00",
      })
  void publishedAndModifiedAreInKyivTime(String written, String kyiv) {
    Article a =
        MetadataTest.article(
            MetadataTest.ld(
                "{\"@type\":\"NewsArticle\",\"headline\":\"Новина\",\"datePublished\":\""
                    + written
                    + "\",\"dateModified\":\""
                    + written
                    + "\"}"),
            "<h1>Новина</h1>" + MetadataTest.TEXT,
            "https://x.example/news/1");
    OffsetDateTime want = OffsetDateTime.parse(kyiv);
    assertThat(a.datePublished().toString()).isEqualTo(want.toString());
    assertThat(a.dateModified().toString()).isEqualTo(want.toString());
    assertThat(a.datePublished().toInstant()).isEqualTo(OffsetDateTime.parse(written).toInstant());
  }
}
