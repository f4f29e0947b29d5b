package ua.strichka.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A teaser's headline is all link; a heading whose sentence cites a source through a link is the
 * article's own, and a page of such headings (a listicle) is an article, not a listing.
 */
class HeadlineLinksTest {
  @ParameterizedTest(name = "{0} → headline links {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<h3><a href=/x>Уряд ухвалив нові правила оренди житла</a></h3> | 1",
        "<a href=/x><h3>Уряд ухвалив нові правила оренди житла</h3></a> | 1",
        "<h2><a href=/x>Уряд ухвалив нові правила оренди</a> житла</h2> | 1",
        "<h4><a href=/x><span>Уряд ухвалив</span> нові правила</a></h4> | 1",
        "<h2>5. Малюнок став вірусним: один допис <a href=/x>@user</a> поширили 40 000 разів.</h2>"
            + " | 0",
        "<h2>Як повідомив <a href=/x>міський голова</a>, усі служби працюють у посиленому"
            + " режимі</h2> | 0",
        "<h5><a href=/x>Уряд ухвалив нові правила оренди житла</a></h5> | 0",
        "<p><a href=/x>Уряд ухвалив нові правила оренди житла</a></p> | 0",
      })
  void aHeadlineIsAllLink(String html, int headlines) {
    Element root = Jsoup.parseBodyFragment(html).body();
    assertThat(root.select(HeadlineLinks.ONLY)).hasSize(headlines);
    assertThat(root.select(HeadlineLinks.or("p"))).hasSize(headlines + root.select("p").size());
  }

  /** Nine items, each a heading whose sentence links its source: an article, not a listing. */
  @Test
  void aListicleWhoseHeadingsCiteSourcesIsAnArticle() {
    StringBuilder page =
        new StringBuilder(
            "<html><head><title>Дев'ять фактів про малюнок</title></head><body><article>"
                + "<h1>Дев'ять фактів про малюнок</h1>");
    for (int i = 1; i <= 9; i++) {
      page.append("<div class=item><h2>")
          .append(i)
          .append(". Художник з Румунії намалював співачку русалкою, і за день допис <a href='/s")
          .append(i)
          .append("'>@artist</a> поширили тисячі людей.</h2><img src='/i")
          .append(i)
          .append(".jpg'></div>");
    }
    page.append("</article></body></html>");

    Extraction got = new Extractor().extract(page.toString(), "https://example.com/news/1");

    assertThat(got).isInstanceOf(Extraction.Found.class);
    String body = ((Extraction.Found) got).article().articleBody();
    assertThat(body).startsWith("1. Художник").contains("9. Художник");
  }
}
