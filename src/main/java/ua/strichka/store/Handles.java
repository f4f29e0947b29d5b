package ua.strichka.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Where a repository gets its database handle: a fresh one per call, or the one of an open
 * transaction. This is what lets the same repository code run alone or as part of {@link
 * Store#inTransaction}.
 */
abstract class Handles {
  abstract <R> R with(HandleCallback<R, RuntimeException> callback);

  static Handles perCall(Jdbi jdbi) {
    return new Handles() {
      @Override
      <R> R with(HandleCallback<R, RuntimeException> callback) {
        return jdbi.inTransaction(callback);
      }
    };
  }

  static Handles bound(Handle handle) {
    return new Handles() {
      @Override
      <R> R with(HandleCallback<R, RuntimeException> callback) {
        return callback.withHandle(handle);
      }
    };
  }
}
