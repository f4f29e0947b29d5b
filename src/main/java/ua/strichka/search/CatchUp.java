package ua.strichka.search;

/**
 * What one catch-up with the store did.
 *
 * @param indexed articles (re)indexed: new, changed, or moved to another story
 * @param removed documents of articles no longer in the store
 * @param documents documents in the index afterwards
 */
public record CatchUp(long indexed, long removed, long documents) {}
