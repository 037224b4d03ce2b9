package org.policyscore.archive;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How fast the archive stores, lists and verifies copies. Prints figures; asserts nothing on time. */
@Tag("benchmark")
class ArchiveBenchmark {
  @TempDir Path temp;
  /** The archive folder: its head file goes beside it, inside the temporary folder. */
  Path root;

  @org.junit.jupiter.api.BeforeEach
  void layout() {
    root = temp.resolve("archive");
  }

  @Test
  void storeListAndVerify() throws Exception {
    int documents = 200;
    int versions = 10;
    int size = 100_000;
    Random random = new Random(42);
    Archive archive = new Archive(root, Clock.systemUTC());
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    long start = System.nanoTime();
    int unchanged = 0;
    try (ArchiveWriter w = archive.open()) {
      for (int v = 0; v < versions; v++) {
        for (int d = 0; d < documents; d++) {
          byte[] bytes = new byte[size];
          random.nextBytes(bytes);
          if (v % 2 == 1) {
            bytes = archive.read(archive.newest(new DocumentKey("c" + d % 10, "doc" + d, "en")).orElseThrow());
          }
          Provenance p = Provenance.fetched("https://example.org/" + d, "https://example.org/" + d, List.of(), 200,
              "text/html", t.plusSeconds(v * 86_400L + d));
          if (!w.store(new DocumentKey("c" + d % 10, "doc" + d, "en"), bytes, p, "x.html").added()) {
            unchanged++;
          }
        }
      }
    }
    double storeSeconds = (System.nanoTime() - start) / 1e9;
    int stores = documents * versions;
    start = System.nanoTime();
    int listed = 0;
    for (DocumentKey k : archive.keys()) {
      listed += archive.snapshots(k).size();
    }
    double listSeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    ArchiveCheck check = ArchiveVerifier.verify(archive);
    double verifySeconds = (System.nanoTime() - start) / 1e9;
    double megabytes = (double) listed * size / 1e6;
    System.out.printf("archive: %d stores (%d unchanged) of %d KB in %.2f s (%.0f stores/s)%n",
        stores, unchanged, size / 1000, storeSeconds, stores / storeSeconds);
    System.out.printf("archive: listed %d snapshots in %.2f s; verified %d (%.0f MB) in %.2f s (%.0f MB/s), ok=%s%n",
        listed, listSeconds, check.checked(), megabytes, verifySeconds, megabytes / verifySeconds, check.ok());
  }
}
