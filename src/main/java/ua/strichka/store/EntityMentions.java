package ua.strichka.store;

/**
 * An entity with how many articles of some set (a story, the last day) name it; for one article,
 * how many times it names the entity.
 */
public record EntityMentions(EntityRecord entity, long count) {}
