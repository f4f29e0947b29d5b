package ua.strichka.store;

/**
 * A person, organisation or place under its canonical (nominative) name.
 *
 * @param id null until stored
 * @param type PER, ORG or LOC
 */
public record EntityRecord(Long id, String slug, String name, String type) {
  public static EntityRecord of(String slug, String name, String type) {
    return new EntityRecord(null, slug, name, type);
  }
}
