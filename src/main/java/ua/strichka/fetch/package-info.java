/**
 * Polite, guarded HTTP: one request at a time per host with robots.txt and Crawl-delay honoured, a
 * global concurrency limit, redirects, retries, size caps and the SSRF guard, on virtual threads.
 * Also the crawl loop that feeds fetched pages to the next stage through {@link
 * ua.strichka.fetch.PageSink}.
 */
package ua.strichka.fetch;
