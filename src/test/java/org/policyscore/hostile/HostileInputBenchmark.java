package org.policyscore.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.extract.ExtractionRules;
import org.policyscore.extract.Extractor;
import org.policyscore.testing.CliRun;

/**
 * Time and peak heap of the large hostile inputs the battery throws: pages nested 5,000 and
 * 1,000,000 deep, a page with more tags than allowed, deep lists, a YAML line of 1 MB and a
 * YAML file of 50 MB, a chart of 250,000 services, and verify on an archive of 300 copies.
 * Prints figures; asserts nothing about them.
 * Run: mvn -B -Pbenchmark verify -Dtest=HostileInputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class HostileInputBenchmark {
  @TempDir Path dir;

  @Test
  void hostileInputs() throws Exception {
    Extractor extractor = new Extractor();
    measure("extract: 5,000 nested divs (55 KB)", () -> extractor.extract(HostileWorkspace.nested(5_000, "<div>", "</div>"),
        "text/html", null, ExtractionRules.NONE).markdown().length());
    measure("extract: 1,000,000 nested divs (11 MB)", () -> extractor.extract(HostileWorkspace.nested(1_000_000, "<div>",
        "</div>"), "text/html", null, ExtractionRules.NONE).markdown().length());
    measure("extract: 200,000 nested lists (3.4 MB)", () -> extractor.extract(HostileWorkspace.nested(200_000, "<ul><li>",
        "</li></ul>"), "text/html", null, ExtractionRules.NONE).markdown().length());
    byte[] tags = ("<html><body>" + "<b>".repeat(5_000_000) + "</body></html>").getBytes(UTF_8);
    measure("extract: 5,000,000 tags (15 MB), refused", () -> {
      try {
        return extractor.extract(tags, "text/html", null, ExtractionRules.NONE).markdown().length();
      } catch (org.policyscore.extract.ExtractionException e) {
        return 0;
      }
    });

    HostileWorkspace ws = new HostileWorkspace(dir);
    Path study = dir.resolve("policies/acme.yaml");
    String sound = Files.readString(study);
    Files.writeString(study, sound.replace("year: 2026\n", "year: 2026\n# " + "x".repeat(1 << 20) + "\n"));
    measure("YAML: a 1 MB comment line, refused", () -> ws.cli("extract", "acme").exitCode());
    try (BufferedWriter w = Files.newBufferedWriter(study, UTF_8)) {
      w.write(sound);
      for (int i = 0; i < 1_000_000; i++) {
        w.write("# a comment line of some fifty characters or so....\n");
      }
    }
    measure("YAML: a 50 MB study, refused", () -> ws.cli("extract", "acme").exitCode());
    Files.writeString(study, sound);

    Path scores = dir.resolve("reports/acme/2026/scores.csv");
    Files.createDirectories(scores.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(scores, UTF_8)) {
      w.write("company,service,kind,id,score\r\n");
      for (int i = 0; i < 250_000; i++) {
        w.write("acme,service" + i + ",indicator,P1a,50.00\r\n");
      }
    }
    measure("chart: 250,000 services, refused", () -> ws.cli("chart", "acme", "--year", "2026").exitCode());

    for (int i = 0; i < 300; i++) {
      Path page = dir.resolve("saved/p" + i + ".html");
      Files.createDirectories(page.getParent());
      Files.writeString(page, "<html><body><p>" + HostileWorkspace.POLICY + " Version " + i + ".</p></body></html>");
    }
    measure("import: 300 copies, one command", () -> {
      String[] args = new String[300 + 11];
      args[0] = "--workspace";
      args[1] = dir.toString();
      args[2] = "import";
      for (int i = 0; i < 300; i++) {
        args[3 + i] = dir.resolve("saved/p" + i + ".html").toString();
      }
      String[] rest = {"--study", "acme", "--company", "acme", "--document", "privacy", "--lang", "en"};
      System.arraycopy(rest, 0, args, 303, rest.length);
      return CliRun.of(args).exitCode();
    });
    measure("verify: archive of 300 copies and its log", () -> ws.cli("verify").exitCode());
  }

  private static void measure(String label, Callable<Integer> work) throws Exception {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long base = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long start = System.nanoTime();
    int result = work.call();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "%-45s %7.2f s  peak heap %5.0f MB (%.0f MB above baseline)  [%d]%n", label, seconds,
        peak / 1048576.0, (peak - base) / 1048576.0, result);
  }
}
