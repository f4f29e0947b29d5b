package ua.strichka.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Refuses to let an outlet or a redirect point the crawler at our own network: loopback, private,
 * link-local, carrier-grade NAT, multicast, unspecified, reserved and documentation ranges, and
 * IPv6 forms that embed such an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
 *
 * <p>DNS rebinding: a check on one lookup and a connection made after a second lookup can see two
 * different answers. So {@link #vet} resolves the name itself, refuses it when ANY address is
 * forbidden, and pins the vetted addresses in {@link PinnedResolver}, the JVM's name resolver
 * provider: when java.net.http then resolves the host to connect, it gets exactly the addresses
 * checked here, never a fresh answer from the attacker's DNS server. Every redirect hop is vetted
 * again before it is requested.
 */
public final class SsrfGuard {
  private final boolean allowPrivate;
  private final java.util.Set<InetAddress> exceptions = new java.util.HashSet<>();

  /**
   * @param allowPrivate lift the guard ({@code fetch.allow-private}): demos only
   * @param exceptions literal addresses allowed although not public ({@code
   *     fetch.allow-private-addresses}), e.g. 127.0.0.1 for a test web
   */
  public SsrfGuard(boolean allowPrivate, List<String> exceptions) {
    this.allowPrivate = allowPrivate;
    for (String e : exceptions) {
      InetAddress a = PinnedResolver.literal(e.strip());
      if (a == null) {
        throw new IllegalArgumentException(
            "fetch.allow-private-addresses: '" + e + "' is not an IP address");
      }
      this.exceptions.add(a);
    }
  }

  /** Thrown when a host resolves to an address the crawler must not reach. */
  public static final class RefusedAddressException extends Exception {
    RefusedAddressException(String message) {
      super(message);
    }
  }

  /**
   * Resolves {@code host}, checks every address and pins them for the connection that follows.
   *
   * @throws RefusedAddressException when an address is forbidden
   * @throws UnknownHostException when the name does not resolve
   */
  public List<InetAddress> vet(String host) throws RefusedAddressException, UnknownHostException {
    String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    List<InetAddress> addresses = PinnedResolver.resolveFresh(name);
    if (!allowPrivate) {
      for (InetAddress a : addresses) {
        if (isForbidden(a) && !exceptions.contains(a)) {
          throw new RefusedAddressException(
              host + " resolves to " + a.getHostAddress() + ", a non-public address");
        }
      }
    }
    PinnedResolver.pin(name, addresses);
    return addresses;
  }

  /** True for every address that is not a public unicast one. */
  public static boolean isForbidden(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) return forbiddenV4(b);
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) return true; // fc00::/7 unique local
      if (first == 0x20 && (b[1] & 0xff) == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8) {
        return true; // 2001:db8::/32 documentation
      }
      if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        return forbiddenV4(slice(b, 12)); // ::ffff:a.b.c.d, IPv4-mapped
      }
      if (zeros(b, 0, 12)) return true; // ::a.b.c.d, IPv4-compatible (deprecated) and ::/96
      if (first == 0x00
          && (b[1] & 0xff) == 0x64
          && (b[2] & 0xff) == 0xff
          && (b[3] & 0xff) == 0x9b) {
        return forbiddenV4(slice(b, 12)); // 64:ff9b::/96, NAT64
      }
      if (first == 0x20 && (b[1] & 0xff) == 0x02) {
        return forbiddenV4(new byte[] {b[2], b[3], b[4], b[5]}); // 2002::/16, 6to4
      }
      return false;
    }
    return true;
  }

  private static boolean forbiddenV4(byte[] b) {
    int o1 = b[0] & 0xff;
    int o2 = b[1] & 0xff;
    int o3 = b[2] & 0xff;
    return o1 == 0 // 0.0.0.0/8 "this network"
        || o1 == 10
        || o1 == 127
        || (o1 == 100 && o2 >= 64 && o2 <= 127) // 100.64.0.0/10 carrier-grade NAT
        || (o1 == 169 && o2 == 254)
        || (o1 == 172 && o2 >= 16 && o2 <= 31)
        || (o1 == 192 && o2 == 0 && (o3 == 0 || o3 == 2)) // IETF protocol assignments, TEST-NET-1
        || (o1 == 192 && o2 == 168)
        || (o1 == 198 && (o2 == 18 || o2 == 19)) // benchmarking
        || (o1 == 198 && o2 == 51 && o3 == 100) // TEST-NET-2
        || (o1 == 203 && o2 == 0 && o3 == 113) // TEST-NET-3
        || o1 >= 224; // multicast, reserved, broadcast
  }

  private static boolean zeros(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) if (b[i] != 0) return false;
    return true;
  }

  private static byte[] slice(byte[] b, int from) {
    return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
  }
}
