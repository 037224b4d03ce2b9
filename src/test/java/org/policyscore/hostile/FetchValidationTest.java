package org.policyscore.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.LocalSite;

/**
 * What a server sends is checked before it is archived, and redirects go nowhere they should
 * not. The site is on 127.0.0.1; redirects elsewhere are refused before any connection.
 */
class FetchValidationTest {
  @TempDir Path dir;
  final LocalSite site = new LocalSite();

  @AfterEach
  void stop() {
    site.close();
  }

  private static final byte[] GOOD = ("<html lang=en><body><main><h1>Privacy Notice</h1><p>" + HostileWorkspace.POLICY
      + "</p></main></body></html>").getBytes(UTF_8);

  /** The study's privacy notice at {@code /privacy}, served by {@code page}. */
  private HostileWorkspace workspace(LocalSite.Page page) throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir, site.url("/privacy").toString(), null);
    site.at("/privacy", page);
    return ws;
  }

  private static CliRun fetch(HostileWorkspace ws) {
    return ws.cli("fetch", "acme", "--delay", "0");
  }

  private int snapshots() throws Exception {
    Path folder = dir.resolve("policies/archive/acme/privacy/en");
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (var files = Files.list(folder)) {
      return (int) files.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  @Test
  void aScriptOnlyShellIsAFailedFetchAndTheGoodCopyStaysNewest() throws Exception {
    AtomicReference<byte[]> body = new AtomicReference<>(GOOD);
    HostileWorkspace ws = workspace(ex -> LocalSite.send(ex, 200, "text/html; charset=utf-8", body.get()));
    assertThat(fetch(ws).exitCode()).isZero();

    body.set(("<!doctype html><html><head><script src=\"/_next/static/app.js\"></script></head><body>"
        + "<div id=\"__next\"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>")
        .getBytes(UTF_8));
    CliRun second = fetch(ws);

    assertThat(second.exitCode()).isEqualTo(3);
    assertThat(second.out()).contains("FAILED: archived copy used")
        .contains("only 0 characters of text").contains("seems to show its text only with JavaScript");
    assertThat(snapshots()).isEqualTo(1);
    CliRun extract = ws.cli("extract", "acme");
    assertThat(extract.exitCode()).as("the archive's newest copy is still the good one").isZero();
  }

  @Test
  void randomBytesServedAsAWebPageAreRefused() throws Exception {
    byte[] noise = new byte[50_000];
    new Random(7).nextBytes(noise);
    HostileWorkspace ws = workspace(ex -> LocalSite.send(ex, 200, "text/html", noise));
    CliRun run = fetch(ws);
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("the server says text/html, but the bytes are binary data, not text");
    assertThat(snapshots()).isZero();
  }

  @Test
  void aWebPageServedAsAPdfIsRefused() throws Exception {
    HostileWorkspace ws = workspace(ex -> LocalSite.send(ex, 200, "application/pdf", GOOD));
    CliRun run = fetch(ws);
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("the server says application/pdf, but the bytes are not a PDF");
    assertThat(snapshots()).isZero();
  }

  @Test
  void aCompressedBodyWeDidNotAskForIsRefusedUnread() throws Exception {
    // 64 MB of zeros in 64 KB: unpacked it would be over every limit; it is never unpacked.
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        gz.write(zeros);
      }
    }
    byte[] bomb = packed.toByteArray();
    HostileWorkspace ws = workspace(ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalSite.send(ex, 200, "text/html", bomb);
    });
    CliRun run = fetch(ws);
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("compressed (Content-Encoding: gzip) although we did not ask for that");
    assertThat(site.requests("/privacy").get(0).header("Accept-Encoding")).isNull();
    assertThat(snapshots()).isZero();
  }

  @Test
  void aCompressedBodyServedAsAPlainPageIsRefused() throws Exception {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
      gz.write(GOOD);
    }
    HostileWorkspace ws = workspace(ex -> LocalSite.send(ex, 200, "text/html", packed.toByteArray()));
    CliRun run = fetch(ws);
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).contains("binary data, not text").contains("application/gzip");
    assertThat(snapshots()).isZero();
  }

  @Test
  void redirectsToOtherLocalOrInternalAddressesAreNotFollowed() throws Exception {
    String[][] cases = {
      {"http://127.0.0.2:" + site.url("/").getPort() + "/privacy", "a loopback address (this machine) (127.0.0.2)"},
      {"http://169.254.169.254/latest/meta-data/", "the cloud metadata address (169.254.169.254)"},
      {"http://[fd00:ec2::254]/latest/meta-data/", "the cloud metadata address"},
      {"http://[::ffff:169.254.169.254]/", "the cloud metadata address"},
      {"http://10.0.0.1/admin", "a private-network address (10.0.0.1)"},
      {"http://[fe80::1]/", "a link-local address"},
    };
    AtomicReference<String> location = new AtomicReference<>();
    HostileWorkspace ws = workspace(ex -> {
      ex.getResponseHeaders().set("Location", location.get());
      LocalSite.send(ex, 302, null, new byte[0]);
    });
    for (String[] c : cases) {
      location.set(c[0]);
      CliRun run = fetch(ws);
      assertThat(run.exitCode()).as(c[0]).isEqualTo(3);
      assertThat(run.out()).as(c[0]).contains(c[1]).contains("not followed");
    }
    assertThat(snapshots()).isZero();
  }

  @Test
  void aRedirectOnTheStudysOwnLocalServerIsFollowed() throws Exception {
    HostileWorkspace ws = workspace(ex -> {
      ex.getResponseHeaders().set("Location", "/privacy-notice/");
      LocalSite.send(ex, 301, null, new byte[0]);
    });
    site.at("/privacy-notice/", ex -> LocalSite.send(ex, 200, "text/html", GOOD));
    CliRun run = fetch(ws);
    assertThat(run.exitCode()).as(run.out()).isZero();
    assertThat(run.out()).contains("1 redirect(s) to " + site.url("/privacy-notice/"));
  }

  @Test
  void diffOfAUrlFollowsTheSameRules() throws Exception {
    site.at("/to-metadata", ex -> {
      ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/iam/");
      LocalSite.send(ex, 302, null, new byte[0]);
    });
    Path saved = dir.resolve("saved.html");
    Files.write(saved, GOOD);
    CliRun run = CliRun.of("--workspace", dir.toString(), "diff", saved.toString(), site.url("/to-metadata").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("the cloud metadata address").contains("not followed");
  }
}
