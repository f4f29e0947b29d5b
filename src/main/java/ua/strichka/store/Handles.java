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

  /** Runs {@code action} once the transaction commits; outside one, at once. */
  abstract void afterCommit(Runnable action);

  static Handles perCall(Jdbi jdbi) {
    return new Handles() {
      @Override
      <R> R with(HandleCallback<R, RuntimeException> callback) {
        return jdbi.inTransaction(callback);
      }

      @Override
      void afterCommit(Runnable action) {
        action.run();
      }
    };
  }

  static Handles bound(Handle handle) {
    return new Handles() {
      @Override
      <R> R with(HandleCallback<R, RuntimeException> callback) {
        return callback.withHandle(handle);
      }

      @Override
      void afterCommit(Runnable action) {
        handle.afterCommit(action);
      }
    };
  }
}
