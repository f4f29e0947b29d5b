-- The articles naming an entity, newest first, read from the index alone: an entity's page and a story's related
-- stories ask "how many articles name it" and "which recent ones", which the entity_id-only index answered with a
-- table read per row (ua.strichka.store.RelatedStories).
CREATE INDEX article_entity_entity_article ON article_entity (entity_id, article_id);
DROP INDEX article_entity_entity;
