package ua.strichka.entity;

import ua.strichka.text.Slug;

/**
 * A canonical person, organisation or place.
 *
 * @param slug the stable id: the name in the official transliteration (Київ → {@code kyiv},
 *     Зеленський → {@code zelenskyi}); one entity, one slug, in every article and every run
 * @param name the canonical Ukrainian nominative («Марк Рютте», «Харківська область»)
 */
public record Entity(String slug, String name, EntityType type) {

  /** The entity of a canonical name: its slug follows from the name. */
  public static Entity of(String name, EntityType type) {
    String slug = Slug.of(name);
    return new Entity(
        slug.isEmpty() ? type.name().toLowerCase() + "-" + name.hashCode() : slug, name, type);
  }
}
