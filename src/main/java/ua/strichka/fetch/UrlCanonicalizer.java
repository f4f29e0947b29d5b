package ua.strichka.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One spelling per page, so that an article listed by several feeds (with different tracking
 * parameters, host case or ports) is fetched and stored once.
 *
 * <p>Rules: http(s) only; scheme and host lower-cased (international hosts in their ASCII form);
 * default port, fragment, empty query and tracking parameters dropped; an empty path becomes {@code
 * /}; dot segments resolved. The order of the remaining query parameters is kept: some sites route
 * on it.
 */
public final class UrlCanonicalizer {
  /** Parameters that only say where a click came from; never part of what a page is. */
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "gclsrc",
          "dclid",
          "yclid",
          "msclkid",
          "igshid",
          "twclid",
          "ttclid",
          "wbraid",
          "gbraid",
          "_ga",
          "_gl",
          "_hsenc",
          "_hsmi",
          "mkt_tok",
          "ocid",
          "ref_src",
          "spm",
          "cmpid",
          "wt_mc",
          "at_medium",
          "at_campaign",
          "oly_anon_id",
          "oly_enc_id",
          "vero_id",
          "rb_clickid",
          "s_cid");

  private static final Set<String> TRACKING_PREFIXES = Set.of("utm_", "mc_", "pk_", "hmb_");

  private UrlCanonicalizer() {}

  /**
   * The canonical form of {@code url}.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL
   */
  public static String canonicalize(String url) {
    return canonical(parse(url)).toString();
  }

  /**
   * The canonical form of a page at {@code url} that declares {@code declared} as its canonical
   * address ({@code <link rel=canonical>} or {@code og:url}, possibly relative). The declaration is
   * believed only when it points at the same site (same host, or one a subdomain of the other, as
   * {@code m.site.ua} and {@code site.ua}): a page must not be able to pass itself off as another
   * outlet's article.
   */
  public static String canonicalize(String url, String declared) {
    URI page = canonical(parse(url));
    if (declared == null || declared.isBlank()) return page.toString();
    try {
      URI claim = canonical(page.resolve(new URI(declared.strip().replace(" ", "%20"))));
      return sameSite(page.getHost(), claim.getHost()) ? claim.toString() : page.toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return page.toString();
    }
  }

  /** The canonical form, or empty when {@code url} is not an absolute http(s) URL. */
  public static Optional<String> tryCanonicalize(String url) {
    try {
      return Optional.of(canonicalize(url));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  static boolean sameSite(String a, String b) {
    return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
  }

  private static URI parse(String url) {
    if (url == null || url.isBlank()) throw new IllegalArgumentException("empty URL");
    String s = url.strip().replace(" ", "%20");
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      // Feeds carry URLs with raw non-ASCII paths, '|' or '[' in queries: quote what needs quoting.
      return quoted(s);
    }
  }

  private static URI quoted(String url) {
    int schemeEnd = url.indexOf("://");
    if (schemeEnd < 0) throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
    String rest = url.substring(schemeEnd + 3);
    int pathStart = indexOfAny(rest, "/?#");
    String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
    String tail = pathStart < 0 ? "" : rest.substring(pathStart);
    int hash = tail.indexOf('#');
    String fragment = hash < 0 ? null : tail.substring(hash + 1);
    if (hash >= 0) tail = tail.substring(0, hash);
    int q = tail.indexOf('?');
    String path = q < 0 ? tail : tail.substring(0, q);
    String query = q < 0 ? null : tail.substring(q + 1);
    try {
      return new URI(
          url.substring(0, schemeEnd), authority, path.isEmpty() ? null : path, query, fragment);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("malformed URL: " + url, e);
    }
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
    return -1;
  }

  private static URI canonical(URI u) {
    String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("not an http(s) URL: " + u);
    }
    String host = u.getHost();
    if (host == null) {
      // java.net.URI leaves the host null for names with characters it does not accept ('_',
      // non-ASCII)
      String authority = u.getRawAuthority();
      if (authority == null || authority.isEmpty()) {
        throw new IllegalArgumentException("URL without a host: " + u);
      }
      host = authority.replaceFirst("^[^@]*@", "").replaceFirst(":\\d*$", "");
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    if (!host.startsWith("[")) {
      try {
        host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("bad host name in " + u, e);
      }
    }
    if (host.isEmpty()) throw new IllegalArgumentException("URL without a host: " + u);
    int port = u.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = u.getRawPath();
    if (path == null || path.isEmpty()) path = "/";
    path = removeDotSegments(path);
    String query = cleanQuery(u.getRawQuery());
    StringBuilder sb = new StringBuilder(scheme).append("://").append(host);
    if (port >= 0) sb.append(':').append(port);
    sb.append(path);
    if (query != null) sb.append('?').append(query);
    // ASCII form: one spelling whether a feed wrote the path in Cyrillic or percent-encoded
    return URI.create(URI.create(sb.toString()).toASCIIString());
  }

  private static String removeDotSegments(String path) {
    if (!path.contains("/.")) return path;
    String normalized = URI.create("http://h" + path).normalize().getRawPath();
    return normalized.startsWith("/..")
        ? "/" + normalized.replaceFirst("^(/\\.\\.)+/?", "")
        : normalized;
  }

  private static String cleanQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) return null;
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (TRACKING.contains(name)) continue;
      if (TRACKING_PREFIXES.stream().anyMatch(name::startsWith)) continue;
      kept.add(pair);
    }
    return kept.isEmpty() ? null : String.join("&", kept);
  }
}
