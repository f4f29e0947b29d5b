package ua.strichka.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Typical-size pages for the throughput figure. The fixtures are 5–15 KB; real news pages weigh
 * 100–300 KB, mostly navigation, teaser lists, inline scripts and styles around the same article,
 * so each fixture gets that much of such padding (deterministically) before {@code </body>}.
 */
final class LargePages {
  private LargePages() {}

  static List<ExtractBench.Page> from(List<ExtractBench.Page> pages) {
    List<ExtractBench.Page> out = new ArrayList<>();
    int i = 0;
    for (ExtractBench.Page p : pages) {
      int targetKb = 100 + (i++ * 37) % 200;
      String padded = pad(p.html(), targetKb * 1024);
      out.add(p.withHtml(padded));
    }
    return out;
  }

  private static String pad(String html, int target) {
    StringBuilder extra = new StringBuilder();
    extra.append("<script>window.__STATE__={\"items\":[");
    int n = 0;
    while (extra.length() < target / 3) {
      extra
          .append("{\"id\":")
          .append(n++)
          .append(",\"title\":\"Заголовок новини номер ")
          .append(n)
          .append("\",\"url\":\"/news/")
          .append(n)
          .append("\"},");
    }
    extra.append("{}]};</script><style>");
    while (extra.length() < target / 2) {
      extra.append(".c").append(n++).append("{margin:0 auto;padding:4px 8px;color:#333}");
    }
    extra.append("</style><div class=\"more-news\"><h2>Останні новини</h2><ul>");
    while (extra.length() < target - html.length()) {
      extra
          .append("<li class=\"news-item\"><span class=\"time\">1")
          .append(n % 10)
          .append(":0")
          .append(n % 6)
          .append("</span><a href=\"/news/")
          .append(n)
          .append("\">Новина дня номер ")
          .append(n++)
          .append(": уряд, громади та бізнес обговорили нові правила</a></li>");
    }
    extra.append("</ul></div>");
    int at = html.lastIndexOf("</body>");
    return at < 0 ? html + extra : html.substring(0, at) + extra + html.substring(at);
  }
}
