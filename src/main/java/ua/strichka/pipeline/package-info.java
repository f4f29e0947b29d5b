/**
 * Composes the stages: a fetched page is extracted, classified, analysed (language, fingerprints,
 * repost, story) and stored with its story in one transaction ({@link
 * ua.strichka.pipeline.Ingest}), the pages of a split article joined first; a window's stories are
 * rebuilt from the store by {@link ua.strichka.pipeline.Recluster}. Depends on every stage but the
 * web, which only reads what this writes.
 */
package ua.strichka.pipeline;
