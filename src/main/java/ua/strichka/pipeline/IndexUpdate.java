package ua.strichka.pipeline;

/**
 * Told about every article once the transaction storing it has committed, so an index outside the
 * database (the search stage's) sees only what the store really holds. {@link #NONE} until search
 * plugs in.
 */
@FunctionalInterface
public interface IndexUpdate {
  IndexUpdate NONE = articleId -> {};

  void articleStored(long articleId);
}
