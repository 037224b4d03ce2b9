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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive's log: every change is a line chained to the one before, its end is kept beside
 * the archive, a write interrupted anywhere is finished or dropped, an archive from before the
 * log is taken in, and a tampered log stops the writer rather than being written over.
 */
class ArchiveLogTest {
  private static final DocumentKey KEY = new DocumentKey("smart", "privacy", "en");
  private static final Instant T1 = Instant.parse("2026-11-22T07:15:00Z");

  @TempDir Path temp;
  Path root;

  @BeforeEach
  void layout() {
    root = temp.resolve("archive");
  }

  private Archive archive(Instant now) {
    return new Archive(root, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static Provenance fetched(Instant at) {
    return Provenance.fetched("https://www.smart.com.kh/privacy-notice", "https://www.smart.com.kh/privacy-notice",
        List.of("https://www.smart.com.kh/privacy-notice"), 200, "text/html", at);
  }

  private Snapshot store(String body, Instant at) throws Exception {
    try (ArchiveWriter w = archive(at).open()) {
      return w.store(KEY, body.getBytes(UTF_8), fetched(at), "p.html").snapshot();
    }
  }

  private List<ArchiveCheck.Kind> problems() throws Exception {
    return ArchiveVerifier.verify(archive(T1)).problems().stream().map(ArchiveCheck.Finding::kind).toList();
  }

  @Test
  void everyChangeIsALineChainedToTheOneBeforeAndTheHeadNamesTheLast() throws Exception {
    store("<p>one</p>", T1);
    store("<p>one</p>", T1.plusSeconds(86_400)); // seen again: the record is replaced, and logged
    store("<p>two</p>", T1.plusSeconds(2 * 86_400));

    List<String> lines = Files.readAllLines(root.resolve("log.jsonl"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("{\"n\":1,\"event\":\"add\",\"at\":\"2026-11-22T07:15:00Z\","
        + "\"snapshot\":\"smart/privacy/en/20261122T071500Z\",\"file\":\"20261122T071500Z.html\"")
        .endsWith("\"prev\":\"" + "0".repeat(64) + "\"}");
    assertThat(lines.get(1)).contains("\"event\":\"seen\"").endsWith("\"prev\":\"" + LogEntry.hash(lines.get(0)) + "\"}");
    assertThat(lines.get(2)).contains("\"event\":\"add\"").endsWith("\"prev\":\"" + LogEntry.hash(lines.get(1)) + "\"}");
    assertThat(Files.readString(temp.resolve("archive-head.json")))
        .contains("\"entries\": 3").contains("\"last_sha256\": \"" + LogEntry.hash(lines.get(2)) + "\"");
    assertThat(ArchiveVerifier.verify(archive(T1)).findings()).isEmpty();
  }

  @Test
  void aWriteInterruptedAfterItsLogLineIsDroppedAndOneInterruptedAfterItsRecordIsFinished() throws Exception {
    store("<p>one</p>", T1);
    for (ArchiveWriter.CrashPoint at : List.of(ArchiveWriter.CrashPoint.LOG_LINE_WRITTEN,
        ArchiveWriter.CrashPoint.RECORD_WRITTEN)) {
      ArchiveWriter dying = archive(T1.plusSeconds(3600)).open(at);
      assertThatThrownBy(() -> dying.store(KEY, ("<p>" + at + "</p>").getBytes(UTF_8), fetched(T1.plusSeconds(3600)), "p.html"))
          .isInstanceOf(ArchiveWriter.SimulatedCrash.class);
      dying.close();

      ArchiveCheck check = ArchiveVerifier.verify(archive(T1));
      assertThat(check.ok()).as(at + ": " + check.findings()).isTrue();
      assertThat(check.findings()).extracting(ArchiveCheck.Finding::kind).contains(ArchiveCheck.Kind.UNFINISHED_WRITE);

      archive(T1).open().close(); // the next writer finishes or drops it
      List<String> lines = Files.readAllLines(root.resolve("log.jsonl"));
      int expected = at == ArchiveWriter.CrashPoint.LOG_LINE_WRITTEN ? 1 : 2;
      assertThat(lines).as(at.toString()).hasSize(expected);
      assertThat(ArchiveVerifier.verify(archive(T1)).problems()).as(at.toString()).isEmpty();
    }
    assertThat(archive(T1).snapshots(KEY)).hasSize(2);
  }

  @Test
  void anArchiveFromBeforeTheLogIsTakenInByTheNextWrite() throws Exception {
    store("<p>one</p>", T1);
    store("<p>two</p>", T1.plusSeconds(60));
    Files.delete(root.resolve("log.jsonl"));
    Files.delete(temp.resolve("archive-head.json"));

    ArchiveCheck legacy = ArchiveVerifier.verify(archive(T1));
    assertThat(legacy.ok()).isTrue();
    assertThat(legacy.findings()).extracting(ArchiveCheck.Finding::kind).containsExactly(ArchiveCheck.Kind.LOG_NOT_STARTED);

    store("<p>three</p>", T1.plusSeconds(120));
    List<String> lines = Files.readAllLines(root.resolve("log.jsonl"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"event\":\"adopt\"").contains("20261122T071500Z");
    assertThat(lines.get(1)).contains("\"event\":\"adopt\"").contains("20261122T071600Z");
    assertThat(lines.get(2)).contains("\"event\":\"add\"");
    assertThat(ArchiveVerifier.verify(archive(T1)).findings()).isEmpty();

    Files.delete(root.resolve("smart/privacy/en/20261122T071500Z.json"));
    assertThat(problems()).containsExactly(ArchiveCheck.Kind.RECORD_DELETED);
  }

  @Test
  void aTamperedLogStopsTheWriterInsteadOfBeingWrittenOver() throws Exception {
    store("<p>one</p>", T1);
    store("<p>two</p>", T1.plusSeconds(60));
    Path log = root.resolve("log.jsonl");
    List<String> lines = Files.readAllLines(log);
    Files.write(log, List.of(lines.get(0)), UTF_8); // the last line removed

    // the log was cut, and the record of the second copy is now one the log does not know
    assertThat(problems()).containsExactlyInAnyOrder(ArchiveCheck.Kind.LOG_ALTERED, ArchiveCheck.Kind.UNLOGGED_RECORD);
    assertThatThrownBy(() -> archive(T1).open()).hasMessageContaining("does not match")
        .hasMessageContaining("run 'policyscore verify'");
    assertThat(Files.readAllLines(log)).hasSize(1);
  }

  @Test
  void everyKindOfTamperingThatDoesNotForgeTheLogIsFound() throws Exception {
    Snapshot first = store("<p>one</p>", T1);
    store("<p>two</p>", T1.plusSeconds(60));
    Path log = root.resolve("log.jsonl");
    Path head = temp.resolve("archive-head.json");
    byte[] logBytes = Files.readAllBytes(log);
    byte[] headBytes = Files.readAllBytes(head);
    byte[] record = Files.readAllBytes(first.sidecar());
    byte[] content = Files.readAllBytes(first.file());

    // an edited record (a note added by hand)
    Files.writeString(first.sidecar(), new String(record, UTF_8).replace("\"seen_unchanged\"", "\"note\": \"edited\",\n  \"seen_unchanged\""));
    assertThat(problems()).containsExactly(ArchiveCheck.Kind.RECORD_EDITED);
    Files.write(first.sidecar(), record);

    // a deleted record, and a deleted copy
    Files.delete(first.sidecar());
    assertThat(problems()).containsExactly(ArchiveCheck.Kind.RECORD_DELETED);
    Files.write(first.sidecar(), record);
    Files.delete(first.file());
    assertThat(problems()).containsExactly(ArchiveCheck.Kind.MISSING);
    Files.write(first.file(), content);

    // a copy and record added by hand
    Files.write(first.file().resolveSibling("20200101T000000Z.html"), content);
    Files.writeString(first.sidecar().resolveSibling("20200101T000000Z.json"),
        new String(record, UTF_8).replace("20261122T071500Z.html", "20200101T000000Z.html"));
    assertThat(problems()).containsExactly(ArchiveCheck.Kind.UNLOGGED_RECORD);
    Files.delete(first.file().resolveSibling("20200101T000000Z.html"));
    Files.delete(first.sidecar().resolveSibling("20200101T000000Z.json"));

    // a log line edited, the log deleted, the head deleted
    Files.writeString(log, new String(logBytes, UTF_8).replaceFirst("\"size\":10", "\"size\":11"));
    assertThat(problems()).contains(ArchiveCheck.Kind.LOG_ALTERED);
    Files.delete(log);
    assertThat(problems()).containsExactly(ArchiveCheck.Kind.LOG_MISSING);
    Files.write(log, logBytes);
    Files.delete(head);
    assertThat(problems()).containsExactly(ArchiveCheck.Kind.HEAD_MISSING);
    Files.write(head, headBytes);
    assertThat(problems()).isEmpty();

    // the whole archive deleted
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    assertThat(problems()).containsExactly(ArchiveCheck.Kind.ARCHIVE_MISSING);
  }
}
