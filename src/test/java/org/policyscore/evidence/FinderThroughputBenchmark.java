package org.policyscore.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.CatalogLoader;

/**
 * Throughput of the evidence finder with the full catalogue's cues, on English and Khmer text
 * built from the labelled passages (about 16 MB of UTF-8 each). Prints MB/s; asserts nothing
 * about time.
 *
 * <p>Run: mvn -B -Pbenchmark verify -Dtest=FinderThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class FinderThroughputBenchmark {
  static final int TARGET_BYTES = 16 << 20;

  @Test
  void megabytesPerSecond() throws Exception {
    var catalog = CatalogLoader.load(Path.of("indicators/rdr-2020.yaml"));
    long before = usedHeap();
    long compileStart = System.nanoTime();
    EvidenceFinder finder = EvidenceFinder.of(catalog);
    long compileMillis = (System.nanoTime() - compileStart) / 1_000_000;
    System.out.printf("compiling the cues: %d ms, about %.1f MB of heap%n", compileMillis, (usedHeap() - before) / 1e6);
    System.out.printf("cues compiled: %d (all languages), %d phrases in the automata%n", finder.cueCount(), finder.phraseCount());
    for (String lang : List.of("en", "km")) {
      String text = corpus(lang);
      double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
      int hits = 0;
      for (int warm = 0; warm < 2; warm++) {
        hits = finder.find(new EvidenceSource("d", "privacy", lang, "0", text)).size();
      }
      int runs = 3;
      long start = System.nanoTime();
      for (int r = 0; r < runs; r++) {
        hits = finder.find(new EvidenceSource("d", "privacy", lang, "0", text)).size();
      }
      double seconds = (System.nanoTime() - start) / 1e9 / runs;
      System.out.printf("%s: %.1f MB UTF-8 (%d chars), %d hits, %.3f s per pass, %.1f MB/s%n",
          lang, mb, text.length(), hits, seconds, mb / seconds);
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static String corpus(String lang) throws Exception {
    StringBuilder paragraph = new StringBuilder();
    for (String part : List.of("tune", "holdout", "fresh", "final", "final2")) {
      for (LabelledPassages.Passage p : LabelledPassages.read(part).passages()) {
        if (p.lang().equals(lang)) {
          paragraph.append(p.text()).append(lang.equals("km") ? " " : " ");
        }
      }
    }
    paragraph.append('\n');
    int unit = paragraph.toString().getBytes(StandardCharsets.UTF_8).length;
    return paragraph.toString().repeat(Math.max(1, TARGET_BYTES / unit));
  }
}
