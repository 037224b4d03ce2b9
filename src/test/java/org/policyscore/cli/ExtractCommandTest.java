package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.archive.Archive;
import org.policyscore.archive.ArchiveWriter;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Provenance;
import org.policyscore.testing.CliRun;

class ExtractCommandTest {

  private static final String STUDY = """
      name: SmartNas test study
      country: Cambodia
      year: 2026
      catalog: rdr-2020
      mode: per-service
      services:
        - id: mobile
          label: Mobile
      companies:
        - id: smartnas
          name: SmartNas
          legal_name: SmartNas Co., Ltd.
          type: telecom
          home: https://www.smartnas.example/
          documents:
            - id: privacy
              kind: privacy
              title: Privacy Notice
              services: [mobile]
              remove: ['[class*="download-app" i]', '.related-links']
              versions:
                - lang: en
                  url: https://www.smartnas.example/privacy-notice
                - lang: km
                  url: https://www.smartnas.example/km/privacy-notice
            - id: terms
              kind: terms
              title: Terms and Conditions
              services: [mobile]
              versions:
                - lang: en
                  url: https://www.smartnas.example/terms
                  select: "#terms-body"
                - lang: km
                  url: https://www.smartnas.example/km/terms
            - id: fees
              kind: terms
              title: Fees
              services: [mobile]
              versions:
                - lang: en
                  not_found: true
                  note: none published
      """;

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/extract/" + name)) {
      return in.readAllBytes();
    }
  }

  private static void archive(Path ws, String company, String document, String lang, Instant at, byte[] bytes) throws IOException {
    Archive archive = new Archive(ws.resolve("policies/archive"), Clock.systemUTC());
    try (ArchiveWriter w = archive.open()) {
      String url = "https://www.smartnas.example/" + lang + "/" + document;
      w.store(new DocumentKey(company, document, lang), bytes,
          Provenance.fetched(url, url, List.of(url), 200, "text/html; charset=utf-8", at), url);
    }
  }

  private static Path workspace(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("policies"));
    Files.writeString(dir.resolve("policies/smartnas.yaml"), STUDY);
    Instant t1 = Instant.parse("2026-01-05T08:00:00Z");
    Instant t2 = Instant.parse("2026-02-05T08:00:00Z");
    archive(dir, "smartnas", "privacy", "en", t1, fixture("privacy-en.html"));
    archive(dir, "smartnas", "privacy", "km", t1, fixture("privacy-km.html"));
    // the same Khmer text a month later, typed with zero-width spaces: no new version
    archive(dir, "smartnas", "privacy", "km", t2, fixture("privacy-km-zwsp.html"));
    archive(dir, "smartnas", "terms", "en", t1, fixture("terms-en.html"));
    return dir;
  }

  @Test
  void extractsEveryDocumentReportsErrorsAndLanguageDifferencesAndExitsThree(@TempDir Path dir) throws IOException {
    Path ws = workspace(dir);

    CliRun run = CliRun.of("--workspace", ws.toString(), "extract", "smartnas");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.out()).contains(
        "smartnas/privacy/en          1 snapshot(s) -> 1 version(s), 2 file(s) written, 0 removed",
        "smartnas/privacy/km          2 snapshot(s) -> 1 version(s), 2 file(s) written, 0 removed",
        "  warning: remove '[class*=\"download-app\" i]' matches nothing on the page",
        "smartnas/terms/en            no text",
        "  error: snapshot 20260105T080000Z: select '#terms-body' matches nothing on the page",
        "smartnas/terms/km            no text",
        "  error: no snapshot in the archive (run fetch or import first)",
        "smartnas/privacy: English and Khmer differ:",
        "  section 6 is in English only: 6. Changes to this notice",
        "4 document(s): 2 text version(s), 4 file(s) written, 2 failed");
    assertThat(run.out()).doesNotContain("fees");
    Path km = ws.resolve("policies/text/smartnas/privacy/km/20260105T080000Z.md");
    assertThat(Files.readString(km)).isEqualTo(new String(fixture("privacy-km.md"), StandardCharsets.UTF_8));
    assertThat(Files.readString(ws.resolve("policies/text/smartnas/privacy/km/20260105T080000Z.json")))
        .contains("\"snapshots\": [\"", "\"flags\": []");
  }

  @Test
  void runningAgainChangesNoByte(@TempDir Path dir) throws IOException {
    Path ws = workspace(dir);
    CliRun.of("--workspace", ws.toString(), "extract");
    Map<String, byte[]> first = files(ws.resolve("policies/text"));

    CliRun again = CliRun.of("--workspace", ws.toString(), "extract");

    assertThat(again.out()).contains("smartnas/privacy/km          2 snapshot(s) -> 1 version(s), unchanged");
    Map<String, byte[]> second = files(ws.resolve("policies/text"));
    assertThat(second.keySet()).isEqualTo(first.keySet()).hasSize(4);
    first.forEach((k, v) -> assertThat(second.get(k)).as(k).isEqualTo(v));
  }

  @Test
  void anUnknownStudyIsAClearError(@TempDir Path dir) throws IOException {
    CliRun run = CliRun.of("--workspace", workspace(dir).toString(), "extract", "nowhere");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no study 'nowhere'");
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
