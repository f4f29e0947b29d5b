package ua.strichka.entity;

/**
 * One place in a text that names an entity.
 *
 * @param start offset of the first char (Java {@code String} index, UTF-16)
 * @param end offset after the last char
 * @param text exactly the text between the offsets («Марком Рютте»)
 */
public record Mention(int start, int end, String text, Entity entity) {

  public EntityType type() {
    return entity.type();
  }

  /** The canonical name the mention normalises to («Марк Рютте»). */
  public String lemma() {
    return entity.name();
  }
}
