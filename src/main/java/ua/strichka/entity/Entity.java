package ua.strichka.entity;

import java.util.Locale;
import ua.strichka.text.Slug;

/**
 * A canonical person, organisation or place.
 *
 * @param slug the stable id: the name in the official transliteration (Київ → {@code kyiv},
 *     Зеленський → {@code zelenskyi}); one entity, one slug, in every article and every run
 * @param name the canonical Ukrainian nominative («Марк Рютте», «Харківська область»)
 */
public record Entity(String slug, String name, EntityType type) {

  /**
   * The entity of a canonical name: its slug follows from the name (a name with nothing to
   * transliterate, say in Chinese, gets a slug from its hash).
   */
  public static Entity of(String name, EntityType type) {
    String slug = Slug.of(name);
    if (slug.isEmpty()) {
      slug = type.name().toLowerCase(Locale.ROOT) + "-" + Integer.toHexString(name.hashCode());
    }
    return new Entity(slug, name, type);
  }
}
