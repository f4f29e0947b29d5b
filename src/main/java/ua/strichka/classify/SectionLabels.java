package ua.strichka.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ten sections of our taxonomy and the labels outlets print for them: an outlet's own rubric
 * («Політика», «Политика», {@code politics}) maps to our slug when it names one of them; anything
 * else («Новини», «Блоги») is not a section we can trust.
 */
public final class SectionLabels {
  /** The taxonomy's slugs, in the order of the site's section tabs. */
  public static final List<String> SLUGS =
      List.of(
          "politics",
          "economy",
          "society",
          "world",
          "war",
          "incidents",
          "technology",
          "science-health",
          "sport",
          "culture");

  private static final Map<String, String> LABELS = new HashMap<>();

  static {
    label("politics", "Політика", "Политика", "Politics");
    label("economy", "Економіка", "Экономика", "Economy", "Economics", "Business", "Бізнес");
    label("society", "Суспільство", "Общество", "Society");
    label("world", "Світ", "Мир", "World", "У світі", "В мире");
    label("war", "Війна", "Война", "War");
    label("incidents", "Події", "Происшествия", "Incidents", "Надзвичайні події", "Кримінал");
    label("technology", "Технології", "Технологии", "Technology", "Tech");
    label(
        "science-health",
        "Наука і здоров'я",
        "Наука и здоровье",
        "Science & Health",
        "Science and Health",
        "Наука",
        "Здоров'я");
    label("sport", "Спорт", "Sport", "Sports");
    label("culture", "Культура", "Culture");
  }

  private SectionLabels() {}

  private static void label(String slug, String... names) {
    LABELS.put(slug, slug);
    for (String n : names) LABELS.put(key(n), slug);
  }

  /** Our slug for an outlet's section label (a slug itself or a name), if it is one of the ten. */
  public static Optional<String> slugOf(String label) {
    if (label == null || label.isBlank()) return Optional.empty();
    return Optional.ofNullable(LABELS.get(key(label)));
  }

  /** Case, surrounding space and apostrophe variants (’ ʼ ') do not matter. */
  private static String key(String label) {
    return label.strip().toLowerCase(Locale.ROOT).replaceAll("[’ʼ`]", "'").replaceAll("\\s+", " ");
  }
}
