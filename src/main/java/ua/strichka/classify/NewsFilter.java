package ua.strichka.classify;

import java.util.regex.Pattern;

/**
 * Tells news from pages that are not news: horoscopes, recipes, advertorials, listicles and
 * how-tos, in Ukrainian, Russian and English.
 *
 * <p>Rules rather than a model: these pages announce themselves in the headline or the first
 * sentence («Гороскоп на тиждень», «На правах реклами», «10 порад, як…», «How to…»), the markers
 * are few and stable, and a rule that fires can be read and argued with. A statistical section
 * classifier (issue 7) may later take over the borderline cases.
 */
public final class NewsFilter {
  /** The patterns are lower case and the text is lower-cased once: case-blind matching is slow. */
  private static final int FLAGS = 0;

  /** Markers that make a page non-news wherever they appear in headline or lead. */
  private static final Pattern MARKERS =
      Pattern.compile(
          "гороскоп|horoscope|знак(?:и|ам|ів|ов)? зодіак|знак(?:и|ам|ов)? зодиак|zodiac sign"
              + "|рецепт|recipe|місячний календар|лунный календарь|сонник"
              + "|на правах реклами|на правах рекламы|\\bреклама\\b|\\bsponsored\\b|\\badvertorial\\b"
              + "|\\bпромокод|розпродаж|распродаж|знижк\\p{L}* до \\d+|скидк\\p{L}* до \\d+"
              + "|\\bдобірка\\b|\\bпідбірка\\b|\\bподборка\\b",
          FLAGS);

  /** Headlines that open with a listicle («10 порад», «7 книжок», «5 ways») or a how-to. */
  private static final Pattern HEADLINE =
      Pattern.compile(
          "^\\s*(?:топ[- ]?\\d+|top \\d+"
              + "|\\d+\\s+(?:\\p{L}+\\s+)?(?:порад|способ|причин|речей|фактів|книж|книг|фільм|серіал|місць"
              + "|продукт|страв|помил|ідей|лайфхак|вправ|советов|вещей|фактов|фильм|сериал|мест|блюд|ошиб"
              + "|идей|упражнен|ways|tips|reasons|things|facts|books|films|movies|series|places|foods"
              + "|mistakes|ideas|hacks|exercises|best)"
              + "|як (?:приготувати|зробити|вибрати|обрати|доглядати|позбутися|схуднути|зекономити"
              + "|пережити|правильно)"
              + "|как (?:приготовить|сделать|выбрать|ухаживать|избавиться|похудеть|сэкономить"
              + "|пережить|правильно)"
              + "|how to )",
          FLAGS);

  private NewsFilter() {}

  /** Whether a page with this headline and lead (or description) is news. */
  public static boolean isNews(String title, String lead) {
    String t = title == null ? "" : title.toLowerCase(java.util.Locale.ROOT);
    String l = lead == null ? "" : lead;
    if (l.length() > 400) l = l.substring(0, 400);
    l = l.toLowerCase(java.util.Locale.ROOT);
    return !HEADLINE.matcher(t).find() && !MARKERS.matcher(t).find() && !MARKERS.matcher(l).find();
  }
}
