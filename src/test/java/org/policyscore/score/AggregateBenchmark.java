package org.policyscore.score;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policyscore.testing.SharedData;

/**
 * Not a test: measures reading RDR's full 2020 element file (28,453 answers), aggregating it
 * and writing scores.csv. Prints wall time and peak heap; asserts nothing about either.
 * Run: mvn -B -Pbenchmark verify -Dtest=AggregateBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class AggregateBenchmark {
  @Test
  void aggregateTheFull2020Dataset() throws Exception {
    Path file = SharedData.rdr2020().resolve("2020-rdr-index-06-element-scores.csv");
    var catalog = TestCatalog.rdr2020();
    Aggregator aggregator = new Aggregator(catalog);
    for (int i = 0; i < 3; i++) { // warm-up
      ScoresCsv.write(aggregator.aggregate(RdrElementCsv.read(file, catalog), ScoringMode.RDR_INDEX, List.of()).scores());
    }
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    int runs = 10;
    long readNanos = 0;
    long aggregateNanos = 0;
    long writeNanos = 0;
    int scores = 0;
    AnswerSet answers = null;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      answers = RdrElementCsv.read(file, catalog);
      long t1 = System.nanoTime();
      List<ScoreRow> rows = aggregator.aggregate(answers, ScoringMode.RDR_INDEX, List.of()).scores();
      long t2 = System.nanoTime();
      scores = ScoresCsv.write(rows).length();
      long t3 = System.nanoTime();
      readNanos += t1 - t0;
      aggregateNanos += t2 - t1;
      writeNanos += t3 - t2;
    }
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.gc();
    var memory = ManagementFactory.getMemoryMXBean();
    long retained = memory.getHeapMemoryUsage().getUsed();
    int held = answers.rows().size();
    System.out.printf("aggregate benchmark: 28,453 RDR 2020 element answers, %d runs after warm-up%n", runs);
    System.out.printf("  read -06- file: %.1f ms per run%n", readNanos / 1e6 / runs);
    System.out.printf("  aggregate (rdr-index, 26 companies): %.1f ms per run%n", aggregateNanos / 1e6 / runs);
    System.out.printf("  write scores.csv (%d chars, 1924 rows): %.1f ms per run%n", scores, writeNanos / 1e6 / runs);
    System.out.printf("  peak heap used (sum of pool peaks, garbage included): %.1f MB%n", peak / 1e6);
    System.out.printf("  heap in use after GC holding the %d answers: %.1f MB%n", held, retained / 1e6);
  }
}
