package ua.strichka.source;

import java.util.Optional;

/**
 * How discovery reads a page. The fetch stage provides it (politely, through robots.txt and the
 * SSRF guard); keeping it an interface here keeps {@code source} free of {@code fetch}, which sits
 * to its right in the pipeline.
 */
@FunctionalInterface
public interface PageLoader {
  /** A successfully fetched page. */
  record Page(String url, String contentType, byte[] body) {
    /** The charset named by the Content-Type header, or null. */
    public String charset() {
      if (contentType == null) return null;
      for (String part : contentType.split(";")) {
        String p = part.strip();
        if (p.regionMatches(true, 0, "charset=", 0, 8)) {
          return p.substring(8).replace("\"", "").strip();
        }
      }
      return null;
    }
  }

  /** The page at {@code url} when it answered 2xx, else empty. */
  Optional<Page> load(String url);
}
