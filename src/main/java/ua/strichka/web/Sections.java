package ua.strichka.web;

import java.util.List;

/**
 * The ten sections of the taxonomy as the site names them, in the order of the section tabs. The
 * slugs are the store's {@code section} values and part of the stable URLs.
 */
final class Sections {
  record Section(String slug, String name) {}

  static final List<Section> ALL =
      List.of(
          new Section("politics", "Політика"),
          new Section("economy", "Економіка"),
          new Section("society", "Суспільство"),
          new Section("world", "Світ"),
          new Section("war", "Війна"),
          new Section("incidents", "Події"),
          new Section("technology", "Технології"),
          new Section("science-health", "Наука і здоров'я"),
          new Section("sport", "Спорт"),
          new Section("culture", "Культура"));

  private Sections() {}

  /** The Ukrainian name of a section slug, or null for an unknown or missing one. */
  static String name(String slug) {
    for (Section s : ALL) if (s.slug().equals(slug)) return s.name();
    return null;
  }
}
