package org.policyscore.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyscore.testing.CliRun;

/**
 * A workspace as a user has one, for throwing bad things at from outside: the RDR catalogue, a
 * study of one operator ("acme") with an English privacy notice and terms, and commands run
 * through the real command line.
 */
final class HostileWorkspace {
  /** A policy paragraph long enough to be a policy on its own (over 200 letters). */
  static final String POLICY = "We collect your name, identity document number and phone number when you register a SIM"
      + " card. We use them to provide the service, to bill you and to answer your questions. We keep call detail"
      + " records for twelve months and then delete them. You may ask us for a copy of what we hold about you.";

  final Path root;

  HostileWorkspace(Path root) {
    this(root, "https://www.acme.example/privacy-notice/", "https://www.acme.example/terms/");
  }

  /**
   * @param privacyUrl where the study says the privacy notice is
   * @param termsUrl where the terms are, or null for a study without terms (a study that is
   *     fetched must name only 127.0.0.1: looking up any other name would leave this machine)
   */
  HostileWorkspace(Path root, String privacyUrl, String termsUrl) {
    this.root = root;
    StringBuilder study = new StringBuilder()
        .append("name: Acme test study\n")
        .append("country: Nowhere\n")
        .append("year: 2026\n")
        .append("catalog: rdr-2020\n")
        .append("mode: per-service\n")
        .append("indicators: [P1a, P3a]\n")
        .append("services: [{id: mobile, label: Mobile}]\n")
        .append("companies:\n")
        .append("  - id: acme\n")
        .append("    name: Acme Mobile\n")
        .append("    type: telecom\n")
        .append("    home: https://www.acme.example/\n")
        .append("    documents:\n")
        .append("      - id: privacy\n")
        .append("        kind: privacy\n")
        .append("        services: [mobile]\n")
        .append("        versions:\n")
        .append("          - {lang: en, url: ").append(privacyUrl).append("}\n");
    if (termsUrl != null) {
      study.append("      - id: terms\n")
          .append("        kind: terms\n")
          .append("        services: [mobile]\n")
          .append("        versions:\n")
          .append("          - {lang: en, url: ").append(termsUrl).append("}\n");
    }
    try {
      Files.createDirectories(root.resolve("indicators"));
      Files.copy(Path.of("indicators/rdr-2020.yaml"), root.resolve("indicators/rdr-2020.yaml"));
      Files.createDirectories(root.resolve("policies"));
      Files.writeString(root.resolve("policies/acme.yaml"), study, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CliRun cli(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = root.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.of(all);
  }

  /** Archives {@code bytes} as a copy of {@code document} saved by hand, as a person would. */
  CliRun importPage(String document, String name, byte[] bytes, String retrieved) throws IOException {
    Path file = root.resolve("saved").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return cli("import", file.toString(), "--study", "acme", "--company", "acme", "--document", document,
        "--lang", "en", "--retrieved", retrieved);
  }

  /** A sound privacy notice and terms, archived. */
  void archiveSoundPolicies() throws IOException {
    requireOk(importPage("privacy", "privacy.html", fixture("/extract/privacy-en.html"), "2026-01-10"));
    requireOk(importPage("terms", "terms.html", fixture("/extract/terms-en.html"), "2026-01-10"));
  }

  static void requireOk(CliRun run) {
    if (run.exitCode() != 0) {
      throw new AssertionError("exit " + run.exitCode() + ": " + run.out() + run.err());
    }
  }

  static byte[] fixture(String resource) throws IOException {
    try (InputStream in = HostileWorkspace.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  /** A page nested {@code levels} deep in {@code open}/{@code close}, with the policy at the bottom. */
  static byte[] nested(int levels, String open, String close) {
    StringBuilder b = new StringBuilder(levels * (open.length() + close.length()) + 1000);
    b.append("<!doctype html><html lang=en><head><title>Privacy Notice</title></head><body>");
    b.append(open.repeat(levels));
    b.append("<h1>Privacy Notice</h1><p>").append(POLICY).append("</p>");
    b.append(close.repeat(levels));
    return b.append("</body></html>").toString().getBytes(UTF_8);
  }
}
