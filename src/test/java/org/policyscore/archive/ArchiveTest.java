package org.policyscore.archive;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
  private static final Instant T1 = Instant.parse("2026-11-22T07:15:00Z");
  private static final Instant T2 = Instant.parse("2026-11-23T08:00:30Z");
  private static final DocumentKey KEY = new DocumentKey("smart", "privacy", "km");
  private static final byte[] V1 = "<html lang=km><p>គោលការណ៍ឯកជនភាព «កំណែ ១»</p></html>".getBytes(UTF_8);
  private static final byte[] V2 = "<html lang=km><p>គោលការណ៍ឯកជនភាព «កំណែ ២»</p></html>".getBytes(UTF_8);

  @TempDir Path temp;
  /** The archive folder: its head file goes beside it, inside the temporary folder. */
  Path root;

  @org.junit.jupiter.api.BeforeEach
  void layout() {
    root = temp.resolve("archive");
  }

  private Archive archive() {
    return new Archive(root, Clock.fixed(T2.plusSeconds(5), ZoneOffset.UTC));
  }

  private static Provenance fetched(Instant at) {
    return Provenance.fetched("https://www.smart.com.kh/km/privacy-notice", "https://www.smart.com.kh/km/privacy-notice/",
        List.of("https://www.smart.com.kh/km/privacy-notice", "https://www.smart.com.kh/km/privacy-notice/"),
        200, "text/html; charset=utf-8", at);
  }

  @Test
  void storesBytesAndARecordThatReadsBack() throws Exception {
    Archive archive = archive();
    StoreResult r;
    try (ArchiveWriter w = archive.open()) {
      r = w.store(KEY, V1, fetched(T1), "https://www.smart.com.kh/km/privacy-notice");
    }
    assertThat(r.added()).isTrue();
    Path expected = root.resolve("smart/privacy/km/20261122T071500Z.html");
    assertThat(r.snapshot().file()).isEqualTo(expected);
    assertThat(Files.readAllBytes(expected)).isEqualTo(V1);
    assertThat(root.resolve("smart/privacy/km/20261122T071500Z.json")).exists();

    Snapshot back = archive.newest(KEY).orElseThrow();
    assertThat(back).isEqualTo(r.snapshot());
    assertThat(back.sha256()).isEqualTo(ArchiveWriter.sha256(V1)).hasSize(64);
    assertThat(back.size()).isEqualTo(V1.length);
    assertThat(back.provenance().redirects()).hasSize(2);
    assertThat(back.provenance().status()).contains(200);
    assertThat(back.archivedAt()).isEqualTo(T2.plusSeconds(5));
    assertThat(archive.read(back)).isEqualTo(V1);
    assertThat(archive.keys()).containsExactly(KEY);
  }

  @Test
  void identicalContentIsStoredOnceAndMarkedSeenAgain() throws Exception {
    Archive archive = archive();
    try (ArchiveWriter w = archive.open()) {
      w.store(KEY, V1, fetched(T1), "x.html");
      StoreResult again = w.store(KEY, V1.clone(), fetched(T2), "x.html");
      assertThat(again.added()).isFalse();
      assertThat(again.snapshot().seenUnchanged()).containsExactly(T2);
    }
    List<Snapshot> all = archive.snapshots(KEY);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).lastSeen()).isEqualTo(T2);
    assertThat(Files.readAllBytes(all.get(0).file())).isEqualTo(V1);
  }

  @Test
  void changedContentMakesASecondSnapshotAndTheFirstIsUntouched() throws Exception {
    Archive archive = archive();
    try (ArchiveWriter w = archive.open()) {
      w.store(KEY, V1, fetched(T1), "x.html");
      byte[] firstRecord = Files.readAllBytes(root.resolve("smart/privacy/km/20261122T071500Z.json"));
      assertThat(w.store(KEY, V2, fetched(T2), "x.html").added()).isTrue();
      assertThat(Files.readAllBytes(root.resolve("smart/privacy/km/20261122T071500Z.json"))).isEqualTo(firstRecord);
    }
    List<Snapshot> all = archive.snapshots(KEY);
    assertThat(all).extracting(Snapshot::id).containsExactly("20261122T071500Z", "20261123T080030Z");
    assertThat(archive.read(all.get(0))).isEqualTo(V1);
    assertThat(archive.read(all.get(1))).isEqualTo(V2);
    assertThat(archive.find(KEY, all.get(1).shortHash())).contains(all.get(1));
    assertThat(archive.find(KEY, "20261122")).contains(all.get(0));
  }

  @Test
  void twoCopiesInTheSameSecondGetDistinctNames() throws Exception {
    Archive archive = archive();
    try (ArchiveWriter w = archive.open()) {
      w.store(KEY, V1, fetched(T1), "x.html");
      w.store(KEY, V2, fetched(T1), "x.html");
      w.store(KEY, V1, fetched(T1), "x.html"); // changed back: a change is a change
    }
    assertThat(archive.snapshots(KEY)).extracting(Snapshot::id)
        .containsExactly("20261122T071500Z", "20261122T071500Z-2", "20261122T071500Z-3");
  }

  @Test
  void aSecondWriterIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
    Archive archive = archive();
    try (ArchiveWriter first = archive.open()) {
      assertThatThrownBy(archive::open).isInstanceOf(ArchiveBusyException.class)
          .hasMessageContaining("another policyscore run is writing to the archive");
    }
    try (ArchiveWriter again = archive.open()) {
      assertThat(again).isNotNull();
    }
  }

  @Test
  void aCrashWhileWritingLeavesNoVisibleSnapshotAndTheNextRunSucceeds() throws Exception {
    for (ArchiveWriter.CrashPoint at : new ArchiveWriter.CrashPoint[] {
        ArchiveWriter.CrashPoint.CONTENT_HALF_WRITTEN, ArchiveWriter.CrashPoint.CONTENT_IN_PLACE}) {
      Path dir = Files.createTempDirectory(temp, "crash");
      Archive archive = new Archive(dir, Clock.systemUTC());
      try (ArchiveWriter good = archive.open()) {
        good.store(KEY, V1, fetched(T1), "x.html");
      }
      ArchiveWriter dying = archive.open(at);
      assertThatThrownBy(() -> dying.store(KEY, V2, fetched(T2), "x.html"))
          .isInstanceOf(ArchiveWriter.SimulatedCrash.class);
      dying.close(); // the operating system releases a dead process's lock

      assertThat(archive.snapshots(KEY)).extracting(Snapshot::id).containsExactly("20261122T071500Z");
      assertThat(archive.newest(KEY).map(Snapshot::sha256)).contains(ArchiveWriter.sha256(V1));
      ArchiveCheck check = ArchiveVerifier.verify(archive);
      assertThat(check.ok()).as(at + ": leftovers are not problems").isTrue();
      assertThat(check.findings()).as(at + ": but they are reported").isNotEmpty();

      try (ArchiveWriter next = archive.open()) {
        StoreResult r = next.store(KEY, V2, fetched(T2), "x.html");
        assertThat(r.added()).isTrue();
        assertThat(archive.read(r.snapshot())).isEqualTo(V2);
        if (at == ArchiveWriter.CrashPoint.CONTENT_IN_PLACE) {
          assertThat(r.snapshot().id()).as("never the name of the file left in place").isEqualTo("20261123T080030Z-2");
        }
      }
      assertThat(archive.snapshots(KEY)).hasSize(2);
      assertThat(ArchiveVerifier.verify(archive).ok()).isTrue();
    }
  }

  @Test
  void verifyCatchesASnapshotAlteredByHandAndOneThatIsMissing() throws Exception {
    Archive archive = archive();
    DocumentKey other = new DocumentKey("smart", "terms", "en");
    try (ArchiveWriter w = archive.open()) {
      w.store(KEY, V1, fetched(T1), "x.html");
      w.store(other, "Terms".getBytes(UTF_8), fetched(T1), "x.html");
    }
    assertThat(ArchiveVerifier.verify(archive).ok()).isTrue();
    assertThat(ArchiveVerifier.verify(archive).checked()).isEqualTo(2);

    Path file = archive.newest(KEY).orElseThrow().file();
    byte[] edited = new String(V1, UTF_8).replace("១", "៣").getBytes(UTF_8);
    Files.write(file, edited);
    Files.delete(archive.newest(other).orElseThrow().file());

    ArchiveCheck check = ArchiveVerifier.verify(archive);
    assertThat(check.ok()).isFalse();
    assertThat(check.problems()).extracting(ArchiveCheck.Finding::kind)
        .containsExactlyInAnyOrder(ArchiveCheck.Kind.ALTERED, ArchiveCheck.Kind.MISSING);
    assertThat(check.problems()).extracting(ArchiveCheck.Finding::path).contains(file);
  }

  @Test
  void aDamagedRecordIsReportedNotSkippedSilently() throws Exception {
    Archive archive = archive();
    try (ArchiveWriter w = archive.open()) {
      w.store(KEY, V1, fetched(T1), "x.html");
    }
    Files.writeString(root.resolve("smart/privacy/km/20261122T071500Z.json"), "{\"format\": 1, \"file\": ");
    assertThatThrownBy(() -> archive.snapshots(KEY)).isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("damaged archive record").hasMessageContaining("policyscore verify");
    ArchiveCheck check = ArchiveVerifier.verify(archive);
    assertThat(check.problems()).extracting(ArchiveCheck.Finding::kind).containsExactly(ArchiveCheck.Kind.DAMAGED_RECORD);
  }

  @Test
  void recordsAreByteIdenticalForTheSameInput() throws Exception {
    Provenance p = Provenance.imported(Optional.of("https://example.org/a?\"q\"=1"), "text/html", T1,
        "saved page\t(ឯកជនភាព).html", Optional.of("line one\nline two \\ «quoted»"));
    String a;
    String b;
    {
      Path r1 = Files.createTempDirectory(temp, "a");
      Path r2 = Files.createTempDirectory(temp, "b");
      try (ArchiveWriter w = new Archive(r1, Clock.fixed(T2, ZoneOffset.UTC)).open()) {
        w.store(KEY, V1, p, "saved.html");
      }
      try (ArchiveWriter w = new Archive(r2, Clock.fixed(T2, ZoneOffset.UTC)).open()) {
        w.store(KEY, V1, p, "saved.html");
      }
      a = Files.readString(r1.resolve("smart/privacy/km/20261122T071500Z.json"));
      b = Files.readString(r2.resolve("smart/privacy/km/20261122T071500Z.json"));
      Snapshot back = new Archive(r1, Clock.systemUTC()).newest(KEY).orElseThrow();
      assertThat(back.provenance()).isEqualTo(p);
      assertThat(back.origin()).isEqualTo(Origin.IMPORT);
    }
    assertThat(a).isEqualTo(b).contains("\"origin\": \"import\"").contains("\"sha256\": \"" + ArchiveWriter.sha256(V1) + "\"");
  }
}
