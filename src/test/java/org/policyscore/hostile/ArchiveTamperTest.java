package org.policyscore.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;

/**
 * An archive changed by hand, as someone covering tracks (or a careless copy) would change it:
 * {@code verify} finds it, and nothing reads a file outside the archive or a copy that was
 * altered.
 */
class ArchiveTamperTest {
  @TempDir Path dir;
  HostileWorkspace ws;
  Path folder;
  Path record;
  Path copy;
  /** A file outside the archive that must never end up in a text version. */
  Path secret;

  private static final String STAMP = "20260110T000000Z";

  @BeforeEach
  void archive() throws Exception {
    ws = new HostileWorkspace(dir);
    ws.archiveSoundPolicies();
    folder = dir.resolve("policies/archive/acme/privacy/en");
    record = folder.resolve(STAMP + ".json");
    copy = folder.resolve(STAMP + ".html");
    secret = dir.resolve("secret.html");
    Files.writeString(secret, "<html><body><p>root:x:0:0:SECRET-OUTSIDE-THE-ARCHIVE " + HostileWorkspace.POLICY
        + "</p></body></html>");
    assertThat(ws.cli("verify").exitCode()).isZero();
  }

  private CliRun verify() {
    return ws.cli("verify");
  }

  private String texts() throws Exception {
    StringBuilder all = new StringBuilder();
    Path texts = dir.resolve("policies/text");
    if (Files.isDirectory(texts)) {
      try (var files = Files.walk(texts)) {
        for (Path p : files.filter(Files::isRegularFile).toList()) {
          all.append(Files.readString(p));
        }
      }
    }
    return all.toString();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void aRecordPointingOutsideTheArchiveIsDamagedAndNeverFollowed() throws Exception {
    byte[] outside = Files.readAllBytes(secret);
    String json = Files.readString(record)
        .replace("\"file\": \"" + STAMP + ".html\"", "\"file\": \"../../../../../secret.html\"")
        .replaceFirst("\"sha256\": \"[0-9a-f]{64}\"", "\"sha256\": \"" + sha256(outside) + "\"")
        .replaceFirst("\"size\": \\d+", "\"size\": " + outside.length);
    Files.writeString(record, json);

    CliRun check = verify();
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("DAMAGED RECORD: policies/archive/acme/privacy/en/" + STAMP + ".json")
        .contains("a record only describes the file beside it");

    CliRun extract = ws.cli("extract", "acme");
    assertThat(extract.exitCode()).isEqualTo(3);
    assertThat(extract.out()).contains("acme/privacy/en").contains("damaged archive record");
    assertThat(texts()).doesNotContain("SECRET-OUTSIDE-THE-ARCHIVE");
  }

  @Test
  void aSnapshotThatIsALinkIsReportedAndNeverRead() throws Exception {
    // Even a link to a file with the very bytes archived is refused: the archive holds copies.
    Path elsewhere = dir.resolve("elsewhere.html");
    Files.move(copy, elsewhere);
    Files.createSymbolicLink(copy, elsewhere);

    CliRun check = verify();
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("SYMBOLIC LINK: policies/archive/acme/privacy/en/" + STAMP + ".html");

    CliRun extract = ws.cli("extract", "acme");
    assertThat(extract.exitCode()).isEqualTo(3);
    assertThat(extract.out()).contains("is a symbolic link");

    Files.delete(copy);
    Files.createSymbolicLink(copy, secret);
    ws.cli("extract", "acme");
    assertThat(texts()).doesNotContain("SECRET-OUTSIDE-THE-ARCHIVE");
  }

  @Test
  void aDocumentFolderThatIsALinkIsReportedAndNeverRead() throws Exception {
    Path moved = dir.resolve("moved-terms");
    Files.move(dir.resolve("policies/archive/acme/terms"), moved);
    Files.createSymbolicLink(dir.resolve("policies/archive/acme/terms"), moved);

    CliRun check = verify();
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("SYMBOLIC LINK: policies/archive/acme/terms");

    CliRun extract = ws.cli("extract", "acme");
    assertThat(extract.exitCode()).isEqualTo(3);
    assertThat(extract.out()).containsPattern("acme/terms/en +no text").contains("is a symbolic link");
    assertThat(extract.out()).containsPattern("acme/privacy/en +1 snapshot");
  }

  @Test
  void anAlteredCopyIsFoundAndNeverExtracted() throws Exception {
    Files.writeString(copy, Files.readString(copy).replace("</body>", "<p>Added later by someone.</p></body>"));

    CliRun check = verify();
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.out()).contains("ALTERED: policies/archive/acme/privacy/en/" + STAMP + ".html");

    CliRun extract = ws.cli("extract", "acme");
    assertThat(extract.exitCode()).isEqualTo(3);
    assertThat(extract.out()).contains("it was altered");
    assertThat(texts()).doesNotContain("Added later by someone");
  }

  @Test
  void aDeletedRecordAnEditedRecordAndADeletedArchiveAreFound() throws Exception {
    byte[] original = Files.readAllBytes(record);
    Files.writeString(record, new String(original, UTF_8).replace("\"origin\": \"import\"", "\"origin\": \"fetch\""));
    assertThat(verify().exitCode()).isEqualTo(1);
    assertThat(verify().out()).contains("RECORD EDITED: policies/archive/acme/privacy/en/" + STAMP + ".json");
    Files.write(record, original);

    Files.delete(record);
    CliRun deleted = verify();
    assertThat(deleted.exitCode()).isEqualTo(1);
    assertThat(deleted.out()).contains("RECORD DELETED: policies/archive/acme/privacy/en/" + STAMP + ".json")
        .contains("the record is gone");
    Files.write(record, original);
    assertThat(verify().exitCode()).isZero();

    try (var walk = Files.walk(dir.resolve("policies/archive"))) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    CliRun gone = verify();
    assertThat(gone.exitCode()).isEqualTo(1);
    assertThat(gone.out()).contains("ARCHIVE MISSING: policies/archive");
  }

  @Test
  void aTamperedArchiveIsNotWrittenTo() throws Exception {
    Path log = dir.resolve("policies/archive/log.jsonl");
    Files.writeString(log, Files.readString(log).replaceFirst("\"event\":\"add\"", "\"event\":\"seen\""));

    CliRun more = ws.importPage("privacy", "again.html", HostileWorkspace.nested(3, "<div>", "</div>"), "2026-02-01");
    assertThat(more.exitCode()).isEqualTo(1);
    assertThat(more.err()).contains("Nothing is written to the archive until this is looked at: run 'policyscore verify'");
    assertThat(verify().out()).contains("LOG ALTERED");
  }
}
