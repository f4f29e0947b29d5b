package ua.strichka.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionPageTest {
  @ParameterizedTest(name = "{0} article={1}")
  @CsvSource({
    "https://skray.kharkiv.ua/news/2025/04/09/remont-mostu/, true",
    "https://site.ua/news/7505123, true",
    "https://site.ua/politics/ukrayina-i-yaponiya-pidpysaly-ugodu.html, true",
    "https://site.ua/news/article-7505123.html, true",
    "https://site.ua/politics/, false",
    "https://site.ua/tag/nato, false",
    "https://site.ua/, false",
    "https://site.ua/about, false",
  })
  void heuristicTellsArticlesFromSectionPages(String url, boolean article) {
    assertThat(ArticlePattern.heuristic().matches(url)).isEqualTo(article);
  }

  @Test
  void learnsTheShapeOfAnOutletsArticleUrls() {
    ArticlePattern p =
        ArticlePattern.learn(
            List.of(
                "https://skray.kharkiv.ua/novyny/12345-remont",
                "https://skray.kharkiv.ua/novyny/12346-vybory",
                "https://skray.kharkiv.ua/novyny/12350-futbol",
                "https://skray.kharkiv.ua/ru/novosti/12351-futbol"));
    assertThat(p.matches("https://skray.kharkiv.ua/novyny/99999-nova")).isTrue();
    assertThat(p.matches("https://skray.kharkiv.ua/novyny/")).isFalse();
    assertThat(p.matches("https://skray.kharkiv.ua/kontakty")).isFalse();
    assertThat(ArticlePattern.learn(List.of("https://a.ua/x"))).hasToString("heuristic");
  }

  @Test
  void collectsArticleLinksOnTheOutletsOwnSite() {
    String html =
        """
        <html><body><nav><a href="/politics/">Політика</a><a href="/tag/nato">НАТО</a></nav>
        <a href="/news/2025/04/09/remont-mostu/">Ремонт мосту</a>
        <a href="https://www.skray.kharkiv.ua/news/2025/04/09/vybory/#comments">Вибори</a>
        <a href="/news/2025/04/09/remont-mostu/">Ремонт мосту (ще раз)</a>
        <a href="https://other.ua/news/2025/04/09/chuzha-novyna/">Чужа</a>
        <a href="mailto:red@skray.kharkiv.ua">Пошта</a></body></html>
        """;
    List<FeedItem> items =
        SectionPage.links(html, "https://skray.kharkiv.ua/", ArticlePattern.heuristic());
    assertThat(items)
        .extracting(FeedItem::url)
        .containsExactly(
            "https://skray.kharkiv.ua/news/2025/04/09/remont-mostu/",
            "https://www.skray.kharkiv.ua/news/2025/04/09/vybory/");
    assertThat(items.getFirst().title()).isEqualTo("Ремонт мосту");
  }
}
