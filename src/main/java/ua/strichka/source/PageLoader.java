package ua.strichka.source;

import java.util.Optional;

/**
 * How discovery reads a page. The fetch stage provides it (politely, through robots.txt and the
 * SSRF guard); keeping it an interface here keeps {@code source} free of {@code fetch}, which sits
 * to its right in the pipeline.
 */
@FunctionalInterface
public interface PageLoader {
  /**
   * A successfully fetched page.
   *
   * @param body the bytes as served (feeds and sitemaps are parsed from bytes: XML names its own
   *     encoding)
   * @param text the body decoded as HTML is (header, BOM, {@code <meta charset>}, detection)
   */
  record Page(String url, String contentType, byte[] body, String text) {}

  /** The page at {@code url} when it answered 2xx, else empty. */
  Optional<Page> load(String url);
}
