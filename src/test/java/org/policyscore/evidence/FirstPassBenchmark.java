package org.policyscore.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pass over a policy, as a study reads it: each run is a new JVM (so no warm JIT)
 * that loads the catalogue, compiles all cues and reads a 200 KB policy once, then once more.
 * English text is made of the real devcorpus passages when {@code ../shared} is there (else of
 * the labelled passages), Khmer of the labelled passages. Reports MB/s of the first pass with
 * the JVM's default flags and with the launcher's C1-only flag; asserts nothing about time.
 *
 * <p>Run: mvn -B -Pbenchmark verify -Dtest=FirstPassBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class FirstPassBenchmark {
  static final int POLICY_BYTES = 200_000;
  static final int RUNS = 5;

  @TempDir Path dir;

  @Test
  void firstPassMegabytesPerSecond() throws Exception {
    String classpath = System.getProperty("java.class.path");
    for (String lang : List.of("en", "km")) {
      Path policy = dir.resolve("policy-" + lang + ".md");
      Files.writeString(policy, policy(lang), StandardCharsets.UTF_8);
      for (List<String> flags : List.of(List.<String>of(), List.of("-XX:TieredStopAtLevel=1"))) {
        List<Map<String, Double>> runs = new ArrayList<>();
        for (int r = 0; r < RUNS; r++) {
          runs.add(run(classpath, flags, policy, lang));
        }
        double bytes = runs.get(0).get("bytes");
        System.out.printf("%s %-26s compile %4.0f ms; first pass %5.1f ms = %5.1f MB/s (its thread's CPU %5.1f ms = %5.1f MB/s); second %5.1f ms = %5.1f MB/s (median of %d; %.0f KB, %.0f hits)%n",
            lang, flags.isEmpty() ? "(default JIT)" : String.join(" ", flags),
            median(runs, "compile_ms"), median(runs, "first_ms"), bytes / 1e3 / median(runs, "first_ms"),
            median(runs, "first_cpu_ms"), bytes / 1e3 / median(runs, "first_cpu_ms"),
            median(runs, "second_ms"), bytes / 1e3 / median(runs, "second_ms"), RUNS, bytes / 1e3, runs.get(0).get("hits"));
      }
    }
  }

  private static double median(List<Map<String, Double>> runs, String key) {
    return runs.stream().mapToDouble(m -> m.get(key)).sorted().toArray()[runs.size() / 2];
  }

  private static Map<String, Double> run(String classpath, List<String> flags, Path policy, String lang)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(flags);
    command.addAll(List.of("-cp", classpath, FirstPass.class.getName(), "indicators/rdr-2020.yaml", policy.toString(), lang));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("first pass failed: " + out);
    }
    Map<String, Double> values = new TreeMap<>();
    for (String pair : out.lines().reduce((a, b) -> b).orElse("").split(" ")) {
      String[] kv = pair.split("=");
      values.put(kv[0], Double.parseDouble(kv[1]));
    }
    return values;
  }

  /** About 200 KB of policy text in the language, paragraphs of real or labelled passages. */
  private static String policy(String lang) throws Exception {
    List<String> passages = new ArrayList<>();
    if (lang.equals("en") && DevCorpus.present()) {
      DevCorpus.read().passages().forEach(p -> passages.add(p.text()));
    } else {
      for (String part : List.of("tune", "holdout", "fresh", "final", "final2", "final3", "final4", "final5")) {
        LabelledPassages.read(part).passages().stream().filter(p -> p.lang().equals(lang)).forEach(p -> passages.add(p.text()));
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (out.toString().getBytes(StandardCharsets.UTF_8).length < POLICY_BYTES) {
      if (i % 8 == 0) {
        out.append("## Section ").append(i / 8 + 1).append("\n\n");
      }
      out.append(passages.get(i % passages.size())).append("\n\n");
      i++;
    }
    return out.toString();
  }
}
