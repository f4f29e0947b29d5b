/**
 * Getting pages off the web politely and safely: HTTP on virtual threads with one request at a time
 * per host, robots.txt and Crawl-delay, a global concurrency limit, redirects, retries, size caps
 * and the SSRF guard; turning a response's bytes into text ({@link ua.strichka.fetch.PageCharset});
 * and the crawl loop that hands fetched pages on through {@link ua.strichka.fetch.PageSink}.
 */
package ua.strichka.fetch;
