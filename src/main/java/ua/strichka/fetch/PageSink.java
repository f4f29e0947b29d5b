package ua.strichka.fetch;

import java.util.Optional;
import java.util.function.Consumer;
import ua.strichka.store.Repositories;

/**
 * Where fetched article pages go: the next stage. It stores inside the transaction that marks the
 * page fetched, so a page is either handed on and recorded as done, or neither (a crash between the
 * two cannot lose or duplicate it). Until extraction exists, {@link RawPageSink} keeps the raw
 * page.
 *
 * <p>A stage that reads pages can first {@link #read} one outside the transaction and say where the
 * article goes on when it is split over several pages; the crawler fetches those pages politely and
 * hands them back to be joined before anything is stored (see {@link PageChain}). The decision is
 * the reader's (it knows HTML), the fetching the crawler's: fetch depends on nothing to its right.
 */
@FunctionalInterface
public interface PageSink {
  void accept(FetchedPage page, Repositories tx);

  /** Reads {@code page} ahead of storing it; by default it never continues and stores as is. */
  default Reading read(FetchedPage page) {
    return Reading.single(tx -> accept(page, tx));
  }

  /** An article page as read, to which its further pages are joined before it is stored. */
  interface Reading {
    /** The address the article goes on at, as the last joined page says; empty when it ends. */
    Optional<String> next();

    /**
     * Joins the further page fetched from {@link #next}; false, with nothing joined, when it is not
     * the same article (another title, not an article at all): the chain ends there.
     */
    boolean join(FetchResult more);

    /** Stores the article with every joined page, in the crawler's transaction. */
    void store(Repositories tx);

    /** A page that goes on nowhere, stored by {@code store}. */
    static Reading single(Consumer<Repositories> store) {
      return new Reading() {
        @Override
        public Optional<String> next() {
          return Optional.empty();
        }

        @Override
        public boolean join(FetchResult more) {
          return false;
        }

        @Override
        public void store(Repositories tx) {
          store.accept(tx);
        }
      };
    }
  }
}
