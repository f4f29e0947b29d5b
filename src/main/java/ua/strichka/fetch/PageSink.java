package ua.strichka.fetch;

import ua.strichka.store.Repositories;

/**
 * Where fetched article pages go: the next stage. It runs inside the transaction that marks the
 * page fetched, so a page is either handed on and recorded as done, or neither (a crash between the
 * two cannot lose or duplicate it). Until extraction exists, {@link RawPageSink} keeps the raw
 * page.
 */
@FunctionalInterface
public interface PageSink {
  void accept(FetchedPage page, Repositories tx);
}
