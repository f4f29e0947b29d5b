package ua.strichka.classify;

import java.util.Locale;
import java.util.Optional;

/**
 * The ten sections of Strichka's taxonomy, with their Ukrainian names and the Telegram Data
 * Clustering Contest category each belongs to.
 */
public enum Section {
  POLITICS("politics", "Політика", "society"),
  ECONOMY("economy", "Економіка", "economy"),
  SOCIETY("society", "Суспільство", "society"),
  WORLD("world", "Світ", "society"),
  WAR("war", "Війна", "society"),
  INCIDENTS("incidents", "Події", "society"),
  TECHNOLOGY("technology", "Технології", "technology"),
  SCIENCE_HEALTH("science-health", "Наука і здоров'я", "science"),
  SPORT("sport", "Спорт", "sports"),
  CULTURE("culture", "Культура", "entertainment");

  /** The contest's categories, in its order; {@code other} is for news none of them fits. */
  public static final java.util.List<String> CONTEST_CATEGORIES =
      java.util.List.of(
          "society", "economy", "technology", "sports", "entertainment", "science", "other");

  private final String slug;
  private final String ukrainian;
  private final String contestCategory;

  Section(String slug, String ukrainian, String contestCategory) {
    this.slug = slug;
    this.ukrainian = ukrainian;
    this.contestCategory = contestCategory;
  }

  /** The URL slug: {@code /section/{slug}}. */
  public String slug() {
    return slug;
  }

  /** The name readers see. */
  public String ukrainian() {
    return ukrainian;
  }

  /** The contest's category: {@code society}, {@code economy}, … */
  public String contestCategory() {
    return contestCategory;
  }

  public static Optional<Section> bySlug(String slug) {
    if (slug == null) return Optional.empty();
    String s = slug.strip().toLowerCase(Locale.ROOT);
    for (Section x : values()) if (x.slug.equals(s)) return Optional.of(x);
    return Optional.empty();
  }
}
