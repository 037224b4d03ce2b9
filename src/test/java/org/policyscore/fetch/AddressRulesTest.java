package org.policyscore.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The address rules, checked on address literals only: nothing here resolves a name or opens a
 * connection (Java reads a literal without asking DNS).
 */
class AddressRulesTest {
  /** Literals only: a name would need DNS, which these tests must not ask. */
  private static final AddressRules.Resolver LITERALS = host -> {
    if (!host.matches("[0-9.]+|[0-9a-fA-F:.]+")) {
      throw new UnknownHostException("not a literal: " + host);
    }
    return List.of(InetAddress.getByName(host));
  };

  private static AddressRules.Place place(String url) throws UnknownHostException {
    return AddressRules.place(URI.create(url), LITERALS);
  }

  private static AddressRules.Kind kind(String literal) throws UnknownHostException {
    return AddressRules.kind(InetAddress.getByName(literal));
  }

  @Test
  void addressesAreTold() throws Exception {
    assertThat(kind("93.184.216.34")).isEqualTo(AddressRules.Kind.PUBLIC);
    assertThat(kind("2606:2800:220:1:248:1893:25c8:1946")).isEqualTo(AddressRules.Kind.PUBLIC);
    for (String loopback : List.of("127.0.0.1", "127.0.0.2", "127.255.255.254", "::1", "::ffff:127.0.0.1")) {
      assertThat(kind(loopback)).as(loopback).isEqualTo(AddressRules.Kind.LOOPBACK);
    }
    for (String inside : List.of("10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1",
        "fc00::1", "fd12:3456::1", "::ffff:10.1.2.3", "64:ff9b::10.0.0.1")) {
      assertThat(kind(inside)).as(inside).isEqualTo(AddressRules.Kind.PRIVATE);
    }
    for (String linkLocal : List.of("169.254.0.1", "169.254.170.2", "fe80::1", "febf::1", "::ffff:169.254.1.1")) {
      assertThat(kind(linkLocal)).as(linkLocal).isEqualTo(AddressRules.Kind.LINK_LOCAL);
    }
    for (String metadata : List.of("169.254.169.254", "fd00:ec2::254", "::ffff:169.254.169.254", "::ffff:a9fe:a9fe",
        "64:ff9b::169.254.169.254")) {
      assertThat(kind(metadata)).as(metadata).isEqualTo(AddressRules.Kind.METADATA);
    }
    for (String unusable : List.of("0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1",
        "::", "ff02::1", "192.0.2.1", "2001:db8::1")) {
      assertThat(kind(unusable)).as(unusable).isEqualTo(AddressRules.Kind.UNUSABLE);
    }
    assertThat(kind("172.15.255.255")).isEqualTo(AddressRules.Kind.PUBLIC);
    assertThat(kind("172.32.0.1")).isEqualTo(AddressRules.Kind.PUBLIC);
    assertThat(kind("100.128.0.1")).isEqualTo(AddressRules.Kind.PUBLIC);
  }

  @Test
  void fromAPublicAddressRedirectsStayPublic() throws Exception {
    AddressRules.Place study = place("https://93.184.216.34/privacy");
    assertThat(AddressRules.refuseStart(study)).isEmpty();
    assertThat(AddressRules.refuseRedirect(study, place("https://151.101.1.69/privacy/"))).isEmpty();
    for (String inside : List.of("http://127.0.0.1/", "http://127.0.0.2:8080/", "http://[::1]/", "http://10.0.0.5/admin",
        "http://192.168.0.1/", "http://172.20.1.1/", "http://100.100.100.200/", "http://[fd00::5]/",
        "http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://[::ffff:169.254.169.254]/",
        "http://169.254.10.10/", "http://[fe80::1]/", "http://0.0.0.0:22/", "http://224.0.0.1/")) {
      assertThat(AddressRules.refuseRedirect(study, place(inside))).as(inside).isPresent()
          .get().asString().contains("not followed");
    }
    assertThat(AddressRules.refuseRedirect(study, place("http://169.254.169.254/"))).get().asString()
        .contains("the cloud metadata address (169.254.169.254)");
  }

  @Test
  void aLocalStudyAddressMayRedirectOnItsOwnServerOnly() throws Exception {
    AddressRules.Place study = place("http://127.0.0.1:8080/privacy");
    assertThat(AddressRules.refuseStart(study)).isEmpty();
    assertThat(AddressRules.refuseRedirect(study, place("http://127.0.0.1:8080/privacy/"))).isEmpty();
    assertThat(AddressRules.refuseRedirect(study, place("https://93.184.216.34/"))).as("out to the web").isEmpty();
    assertThat(AddressRules.refuseRedirect(study, place("http://127.0.0.2:8080/"))).as("another loopback").isPresent();
    assertThat(AddressRules.refuseRedirect(study, place("http://127.0.0.1:9090/"))).as("another port").isPresent();
    assertThat(AddressRules.refuseRedirect(study, place("http://10.0.0.1/"))).as("another private").isPresent();
    assertThat(AddressRules.refuseRedirect(study, place("http://169.254.169.254/"))).as("metadata").isPresent();

    AddressRules.Place mirror = place("http://192.168.10.5/terms");
    assertThat(AddressRules.refuseRedirect(mirror, place("http://192.168.10.5/terms/"))).isEmpty();
    assertThat(AddressRules.refuseRedirect(mirror, place("http://192.168.10.6/"))).isPresent();
  }

  @Test
  void linkLocalAndMetadataAreNeverAskedEvenWhenTheStudyNamesThem() throws Exception {
    for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://[fe80::1]/",
        "http://0.0.0.0/", "http://[::ffff:169.254.169.254]/")) {
      assertThat(AddressRules.refuseStart(place(url))).as(url).isPresent().get().asString().contains("never asked");
    }
  }
}
