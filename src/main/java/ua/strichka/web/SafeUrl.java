package ua.strichka.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Links and images taken from outlets' pages are only ever emitted as absolute http(s) URLs: a
 * {@code javascript:} or {@code data:} URL from a hostile page must not become a clickable link on
 * ours. HTML escaping (jte) handles the quotes; this handles the scheme.
 */
final class SafeUrl {
  private SafeUrl() {}

  /** The URL when it is an absolute http or https URL with a host, otherwise null. */
  static String http(String url) {
    if (url == null || url.isBlank() || url.length() > 4096) return null;
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) return null;
      String s = scheme.toLowerCase(Locale.ROOT);
      return s.equals("http") || s.equals("https") ? uri.toString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The host without a leading {@code www.}, as «Джерело: ua-independent.com» shows it. */
  static String domain(String url) {
    String safe = http(url);
    if (safe == null) return null;
    String host = URI.create(safe).getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /**
   * The domain a reader knows the outlet by, or null when the URL has none: an address such as
   * {@code 127.0.0.3} (the sample web, an outlet reached by IP) names no outlet, so «Джерело:» then
   * shows the outlet's name instead.
   */
  static String siteName(String url) {
    String domain = domain(url);
    return domain == null || isAddress(domain) ? null : domain;
  }

  private static boolean isAddress(String host) {
    return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
  }
}
