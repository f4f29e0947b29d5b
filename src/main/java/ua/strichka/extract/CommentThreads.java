package ua.strichka.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Readers' comments under a story, found by the heading that names them («Коментарі (12)», «Відгуки
 * читачів», «Комментарии», "5 Comments"). A thread with no class name that says "comment" reads as
 * prose to every score: many paragraphs of whole sentences, no links. Under a short story it
 * outweighs the story, or is taken with it as its sibling. Its heading is what tells it from the
 * text, so the heading and all that follows it in its block go before the scoring.
 */
final class CommentThreads {
  private CommentThreads() {}

  /**
   * A heading that names a thread of comments and nothing else: the plural (the singular «Коментар»
   * heads an expert's comment, the story's own), perhaps «читачів» or a count, or an invitation to
   * leave one. A subheading that speaks about comments («Коментарі міністра») is no such label.
   */
  static final Pattern HEADING =
      Pattern.compile(
          "(?iU)^\\s*(?:\\d+\\s+)?(?:"
              + "коментар(?:і|ів)|комментари(?:и|ев)|відгуки|отзывы|обговорення|обсуждение"
              + "|comments|reader comments|readers' comments|responses"
              + "|(?:залишити|залиште|додати|напишіть|оставить|оставьте|добавить|напишите)"
              + " (?:коментар|комментарий|відгук|отзыв)"
              + "|(?:leave|add|post) a (?:comment|reply)"
              + ")(?:\\s+(?:читачів|читателей|користувачів|пользователей))?"
              + "\\s*[:(\\[]?\\s*\\d*\\s*[)\\]]?\\s*$");

  private static final Evaluator HEADINGS = QueryParser.parse("h2, h3, h4, h5, h6");

  private static final Evaluator HEADLINE = QueryParser.parse("h1, article");

  /**
   * The blocks of {@code doc}'s comment threads, each set of them in page order: the heading that
   * names the thread ({@link #HEADING}), climbed out of the boxes that hold it alone, and every
   * block after it in its parent. A heading followed by a headline or an {@code <article>} heads a
   * sidebar box or a page's top, not a thread under the story: nothing goes for it.
   */
  static Set<Element> in(Document doc) {
    Element body = doc.body();
    if (body == null) return Set.of();
    Set<Element> out = null;
    for (Element h : body.select(HEADINGS)) {
      String text = h.text();
      if (text.length() > 60 || !HEADING.matcher(text).matches()) continue;
      Element start = h;
      while (start.parent() != null
          && start.parent() != body
          && start.parent().text().length() == text.length()) {
        start = start.parent();
      }
      List<Element> thread = new ArrayList<>();
      thread.add(start);
      for (Element e = start.nextElementSibling(); e != null; e = e.nextElementSibling()) {
        thread.add(e);
      }
      if (thread.stream().anyMatch(e -> e.is(HEADLINE) || e.selectFirst(HEADLINE) != null)) {
        continue;
      }
      if (out == null) out = Collections.newSetFromMap(new IdentityHashMap<>());
      out.addAll(thread);
    }
    return out == null ? Set.of() : out;
  }
}
