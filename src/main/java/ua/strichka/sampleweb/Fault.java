package ua.strichka.sampleweb;

import java.net.URI;
import java.util.Optional;

/**
 * One planted misbehaviour of a faulty outlet, so tests know what a crawler should meet there.
 *
 * @param articleId the corpus article behind the URL, when there is one
 * @param expect what a client sees, in words
 */
public record Fault(String outlet, Kind kind, URI url, Optional<String> articleId, String expect) {

  public enum Kind {
    /** 500 then 503 on an article URL; succeeds on the third try. */
    SERVER_ERROR,
    /** 429 with {@code Retry-After: 1} once; succeeds on the second try. */
    RATE_LIMITED,
    /** The article answers after {@link FaultPlan#SLOW}. */
    SLOW,
    /** Headers and a first chunk of HTML, then nothing until the web closes. */
    HANGING,
    /** A short link in the listings: three redirects (301, 302, 307) to the article. */
    REDIRECT_CHAIN,
    /** Two URLs redirecting to each other forever. */
    REDIRECT_LOOP,
    /** Always {@code Content-Encoding: gzip}, asked for or not. */
    GZIP,
    /** UTF-8 bytes declared as windows-1251 in the header (the reverse on a windows-1251 site). */
    WRONG_CHARSET,
    /** The HTML stops soon after the article text, mid-page. */
    TRUNCATED,
    /** A 50 MiB page, streamed. */
    HUGE,
    /** A feed whose XML is not well formed. */
    BROKEN_FEED,
    /** A feed with nested entity definitions ("billion laughs"). */
    ENTITY_BOMB,
    /** A feed with an external entity pointing at a local file. */
    XXE,
    /** A second feed carrying the same items as the main one. */
    DUPLICATE_ITEMS
  }
}
