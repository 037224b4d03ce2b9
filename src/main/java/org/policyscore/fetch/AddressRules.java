package org.policyscore.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a fetch may reach. A study file may be shared between organisations, so an
 * address in it, or a redirect from one, must not make the tool ask machines on the user's own
 * network or the cloud's metadata service:
 *
 * <ul>
 *   <li>link-local addresses (169.254.0.0/16 with the cloud metadata address 169.254.169.254,
 *       fe80::/10, fd00:ec2::254), and unspecified, multicast, broadcast and reserved ones, are
 *       never asked, not even when the study names them: no policy is published there;</li>
 *   <li>from a public address, a redirect must go to a public address;</li>
 *   <li>only when the study's own address is local (loopback or private, as a test server or a
 *       mirror on the organisation's network is) may a redirect stay on that same host.</li>
 * </ul>
 *
 * Checked before any connection is made, on the addresses the host name resolves to.
 */
final class AddressRules {
  private AddressRules() {}

  /** What kind of address an IP is, as far as fetching goes. */
  enum Kind {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address (this machine)"),
    PRIVATE("a private-network address"),
    LINK_LOCAL("a link-local address"),
    METADATA("the cloud metadata address"),
    UNUSABLE("an unspecified, multicast or reserved address");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    boolean local() {
      return this == LOOPBACK || this == PRIVATE;
    }

    boolean never() {
      return this == LINK_LOCAL || this == METADATA || this == UNUSABLE;
    }
  }

  static Kind kind(InetAddress a) {
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      // An IPv4 address written in IPv6 (::ffff:a.b.c.d, and the deprecated ::a.b.c.d) is that
      // IPv4 address; so is NAT64's 64:ff9b::a.b.c.d.
      if (isMappedV4(b) || isNat64(b)) {
        return kind4(new byte[] {b[12], b[13], b[14], b[15]});
      }
      return kind6(b);
    }
    return kind4(b);
  }

  private static Kind kind4(byte[] b) {
    int o0 = b[0] & 0xff;
    int o1 = b[1] & 0xff;
    int o2 = b[2] & 0xff;
    int o3 = b[3] & 0xff;
    if (o0 == 169 && o1 == 254) {
      return o2 == 169 && o3 == 254 ? Kind.METADATA : Kind.LINK_LOCAL;
    }
    if (o0 == 127) {
      return Kind.LOOPBACK;
    }
    if (o0 == 10 || (o0 == 172 && o1 >= 16 && o1 <= 31) || (o0 == 192 && o1 == 168)
        || (o0 == 100 && o1 >= 64 && o1 <= 127) // carrier-grade NAT, also used inside clouds
        || (o0 == 198 && (o1 == 18 || o1 == 19))) { // benchmarking networks
      return Kind.PRIVATE;
    }
    if (o0 == 0 || o0 >= 224 // this network; multicast, reserved and broadcast
        || (o0 == 192 && o1 == 0 && o2 == 0) // IETF protocol assignments
        || (o0 == 192 && o1 == 0 && o2 == 2) || (o0 == 198 && o1 == 51 && o2 == 100)
        || (o0 == 203 && o1 == 0 && o2 == 113)) { // documentation
      return Kind.UNUSABLE;
    }
    return Kind.PUBLIC;
  }

  private static Kind kind6(byte[] b) {
    boolean zeroPrefix = true;
    for (int i = 0; i < 15; i++) {
      zeroPrefix &= b[i] == 0;
    }
    if (zeroPrefix && b[15] == 1) {
      return Kind.LOOPBACK; // ::1
    }
    if (zeroPrefix && b[15] == 0) {
      return Kind.UNUSABLE; // ::
    }
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    if (b0 == 0xfd && b1 == 0x00 && (b[2] & 0xff) == 0x0e && (b[3] & 0xff) == 0xc2 && isTail254(b)) {
      return Kind.METADATA; // fd00:ec2::254, the metadata service over IPv6
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
      return Kind.LINK_LOCAL; // fe80::/10
    }
    if ((b0 & 0xfe) == 0xfc) {
      return Kind.PRIVATE; // fc00::/7, unique local
    }
    if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) {
      return Kind.PRIVATE; // fec0::/10, the old site-local
    }
    if (b0 == 0xff || (b0 == 0x20 && b1 == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8)) {
      return Kind.UNUSABLE; // multicast; documentation (2001:db8::/32)
    }
    return Kind.PUBLIC;
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    boolean mapped = (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    boolean compatible = b[10] == 0 && b[11] == 0 && ((b[12] | b[13]) != 0);
    return mapped || compatible;
  }

  private static boolean isNat64(byte[] b) {
    if (!((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)) {
      return false;
    }
    for (int i = 4; i < 12; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTail254(byte[] b) {
    for (int i = 4; i < 14; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[14] == 0x02 && (b[15] & 0xff) == 0x54;
  }

  /** Turns a host into addresses; the real one asks DNS, tests give literals. */
  @FunctionalInterface
  interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;

    Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
  }

  /** The addresses of {@code url}'s host, each with its kind. */
  record Place(String host, int port, List<InetAddress> addresses) {
    boolean local() {
      return addresses.stream().anyMatch(a -> kind(a).local());
    }

    Optional<InetAddress> never() {
      return addresses.stream().filter(a -> kind(a).never()).findFirst();
    }

    Optional<InetAddress> notPublic() {
      return addresses.stream().filter(a -> kind(a) != Kind.PUBLIC).findFirst();
    }

    boolean sameServer(Place other) {
      return port == other.port && (host.equals(other.host) || addresses.equals(other.addresses));
    }
  }

  static Place place(URI url, Resolver resolver) throws UnknownHostException {
    String host = url.getHost();
    if (host == null) {
      throw new UnknownHostException("no host in " + url);
    }
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    return new Place(bare.toLowerCase(Locale.ROOT), port, List.copyOf(resolver.resolve(bare)));
  }

  /**
   * Why the study's own address may not be fetched, or empty when it may.
   */
  static Optional<String> refuseStart(Place start) {
    return start.never().map(a -> start.host + " is " + kind(a).label + " (" + a.getHostAddress()
        + "); no policy is published there, and it is never asked");
  }

  /**
   * Why a redirect from {@code start} (the study's address) to {@code next} may not be
   * followed, or empty when it may.
   */
  static Optional<String> refuseRedirect(Place start, Place next) {
    Optional<InetAddress> never = next.never();
    if (never.isPresent()) {
      return Optional.of("redirect to " + next.host + ", " + kind(never.get()).label + " ("
          + never.get().getHostAddress() + "): not followed");
    }
    Optional<InetAddress> inside = next.notPublic();
    if (inside.isEmpty()) {
      return Optional.empty();
    }
    if (start.local() && start.sameServer(next)) {
      return Optional.empty(); // the study itself names this local server
    }
    return Optional.of("redirect to " + next.host + ", " + kind(inside.get()).label + " ("
        + inside.get().getHostAddress() + "): not followed from "
        + (start.local() ? "another server" : "a public address"));
  }
}
