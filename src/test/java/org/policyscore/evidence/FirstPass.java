package org.policyscore.evidence;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;

/**
 * One study's worth of evidence finding in a fresh JVM, as {@code score} does it: load the
 * catalogue, compile the cues, read one policy once, then once more. Prints the times as
 * {@code key=value} pairs for {@link FirstPassBenchmark}, which starts this in a new process.
 */
final class FirstPass {
  private FirstPass() {}

  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    Catalog catalog = CatalogLoader.load(Path.of(args[0]));
    long t1 = System.nanoTime();
    EvidenceFinder finder = EvidenceFinder.of(catalog);
    long t2 = System.nanoTime();
    String text = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    String lang = args[2];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long t3 = System.nanoTime();
    long c3 = threads.getCurrentThreadCpuTime();
    int hits = finder.find(new EvidenceSource("d", "privacy", lang, "0", text)).size();
    long c4 = threads.getCurrentThreadCpuTime();
    long t4 = System.nanoTime();
    finder.find(new EvidenceSource("d", "privacy", lang, "0", text));
    long t5 = System.nanoTime();
    // the thread's own CPU time leaves out the JIT compiler's threads and other processes
    System.out.printf("load_ms=%.1f compile_ms=%.1f first_ms=%.1f first_cpu_ms=%.1f second_ms=%.1f bytes=%d hits=%d%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t4 - t3) / 1e6, (c4 - c3) / 1e6, (t5 - t4) / 1e6,
        text.getBytes(StandardCharsets.UTF_8).length, hits);
  }
}
