package ua.strichka.sampleweb;

import java.util.Arrays;
import java.util.Optional;

/** The ten sections of the corpus with the labels outlets print for them in each language. */
public enum Rubric {
  POLITICS("politics", "Політика", "Политика", "Politics"),
  ECONOMY("economy", "Економіка", "Экономика", "Economy"),
  SOCIETY("society", "Суспільство", "Общество", "Society"),
  WORLD("world", "Світ", "Мир", "World"),
  WAR("war", "Війна", "Война", "War"),
  INCIDENTS("incidents", "Події", "Происшествия", "Incidents"),
  TECHNOLOGY("technology", "Технології", "Технологии", "Technology"),
  SCIENCE_HEALTH("science-health", "Наука і здоров'я", "Наука и здоровье", "Science & Health"),
  SPORT("sport", "Спорт", "Спорт", "Sport"),
  CULTURE("culture", "Культура", "Культура", "Culture");

  private final String slug;
  private final String uk;
  private final String ru;
  private final String en;

  Rubric(String slug, String uk, String ru, String en) {
    this.slug = slug;
    this.uk = uk;
    this.ru = ru;
    this.en = en;
  }

  public String slug() {
    return slug;
  }

  /** The label an outlet prints in {@code language} ({@code uk}, {@code ru}, {@code en}). */
  public String label(String language) {
    return switch (language) {
      case "ru" -> ru;
      case "en" -> en;
      default -> uk;
    };
  }

  public static Optional<Rubric> bySlug(String slug) {
    return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
  }
}
