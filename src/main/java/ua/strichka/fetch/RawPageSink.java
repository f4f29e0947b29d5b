package ua.strichka.fetch;

import ua.strichka.store.RawPage;
import ua.strichka.store.Repositories;

/** Keeps the fetched page and its feed metadata in {@code raw_page} for the extraction stage. */
public final class RawPageSink implements PageSink {
  @Override
  public void accept(FetchedPage page, Repositories tx) {
    FetchResult r = page.result();
    tx.crawl()
        .saveRawPage(
            new RawPage(
                null,
                page.crawlUrlId(),
                page.outletId(),
                page.canonicalUrl(),
                r.status(),
                r.contentType().orElse(null),
                r.body(),
                r.truncated(),
                page.feedMeta(),
                r.startedAt()));
  }
}
