package ua.strichka.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The JVM's host name resolver (installed through {@code META-INF/services}): names vetted by
 * {@link SsrfGuard} resolve to the addresses that were checked; every other name goes to the
 * built-in resolver unchanged (so the database, the web server and everything else are untouched).
 *
 * <p>This is how the address checked is the address connected to: java.net.http offers no hook to
 * connect to a given address for a name, and connecting to an IP literal would break TLS server
 * names. The JDK's own lookup cache sits in front of this resolver; it only ever holds answers that
 * came through here, so for crawled hosts those are pinned answers too.
 */
public final class PinnedResolver extends InetAddressResolverProvider {
  private static final Map<String, List<InetAddress>> PINS = new ConcurrentHashMap<>();
  private static volatile InetAddressResolver builtin;

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver system = configuration.builtinResolver();
    builtin = system;
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy)
          throws UnknownHostException {
        List<InetAddress> pinned = PINS.get(key(host));
        return pinned != null ? pinned.stream() : system.lookupByName(host, policy);
      }

      @Override
      public String lookupByAddress(byte[] addr) throws UnknownHostException {
        return system.lookupByAddress(addr);
      }
    };
  }

  @Override
  public String name() {
    return "strichka-pinned";
  }

  /** A lookup that bypasses both the pins and the JDK's cache: what DNS says now. */
  static List<InetAddress> resolveFresh(String host) throws UnknownHostException {
    InetAddressResolver system = builtin;
    if (system == null) {
      InetAddress.getLoopbackAddress(); // loads the resolver provider on first use
      InetAddress.getAllByName("localhost");
      system = builtin;
    }
    if (system == null) {
      // The provider was not installed (a custom class path without META-INF/services): resolve
      // through the JDK, whose answer is the one java.net.http will get from its cache.
      return Arrays.asList(InetAddress.getAllByName(host));
    }
    InetAddress literal = literal(host);
    if (literal != null) return List.of(literal);
    return system
        .lookupByName(
            host,
            InetAddressResolver.LookupPolicy.of(
                InetAddressResolver.LookupPolicy.IPV4 | InetAddressResolver.LookupPolicy.IPV6))
        .toList();
  }

  static void pin(String host, List<InetAddress> addresses) {
    if (literal(host) == null) PINS.put(key(host), List.copyOf(addresses));
  }

  /** The address {@code host} spells when it is an IP literal, else null. */
  static InetAddress literal(String host) {
    if (host.isEmpty() || !(Character.digit(host.charAt(0), 16) >= 0 || host.contains(":"))) {
      return null;
    }
    try {
      // getByName does not consult a resolver for literal addresses; for names it would, so only
      // strings that look like literals get here
      return host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")
          ? InetAddress.getByName(host)
          : null;
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static String key(String host) {
    return host.toLowerCase(java.util.Locale.ROOT);
  }
}
