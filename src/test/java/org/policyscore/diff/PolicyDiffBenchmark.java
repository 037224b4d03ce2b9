package org.policyscore.diff;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Diffing two ~200 KB versions of a policy (English, then Khmer) built from the fixture clauses,
 * with a realistic number of changes: rewordings, additions, removals and one moved section.
 * Prints time and memory; asserts nothing about them. Run with
 * {@code mvn -B -Pbenchmark verify -Dtest=PolicyDiffBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class PolicyDiffBenchmark {
  private static final int TARGET_BYTES = 200 * 1024;

  @Test
  void english() {
    measure("en");
  }

  @Test
  void khmer() {
    measure("km");
  }

  /**
   * The elements touched by the English change read together with the same change in the
   * Khmer translation (as {@code diff} and {@code changes} do for a study's document).
   */
  @Test
  void englishWithItsKhmerTranslation() throws Exception {
    DiffResult en = measure("en");
    DiffResult km = measure("km");
    EvidenceElementLocator rdr = new EvidenceElementLocator(org.policyscore.catalog.CatalogLoader.load(
        java.nio.file.Path.of("indicators", "rdr-2020.yaml")));
    ElementsTouched.find(en, rdr, List.of(km)); // warm up
    long[] nanos = new long[5];
    int touched = 0;
    for (int i = 0; i < nanos.length; i++) {
      long t0 = System.nanoTime();
      touched = ElementsTouched.find(en, rdr, List.of(km)).elements().size();
      nanos[i] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    System.out.printf("diff benchmark en+km: elements touched with the translation, rdr-2020 catalogue: median %.1f ms"
        + " (min %.1f, max %.1f) over %d runs; %d elements%n", nanos[2] / 1e6, nanos[0] / 1e6, nanos[4] / 1e6,
        nanos.length, touched);
  }

  /** Worst case: the policy rewritten from top to bottom (every sentence differs). */
  @Test
  void rewrittenThroughout() {
    String en = build("en", 1);
    String other = build("en", 2).replace(" for customers of plan ", " for subscribers on tariff ");
    TextSide a = TextSide.of("bench/en", Instant.EPOCH, "en", en);
    TextSide b = TextSide.of("bench/en", Instant.EPOCH.plusSeconds(86400), "en", other);
    PolicyDiff.compare(a, b);
    long t0 = System.nanoTime();
    DiffResult r = PolicyDiff.compare(a, b);
    System.out.printf("diff benchmark rewritten: %d KB -> %d KB; found %s in %.1f ms%n",
        en.length() / 1024, other.length() / 1024, r.summary(), (System.nanoTime() - t0) / 1e6);
  }

  /** A ~200 KB policy of fixture clauses in random order (seeded). */
  private static String build(String lang, long seed) {
    List<String> sentences = DiffFixtures.read(lang, "base").lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    for (int n = 0; out.length() < TARGET_BYTES; n++) {
      if (n % 6 == 0) {
        out.append("## Section ").append(n / 6 + 1).append("\n\n");
      }
      out.append(vary(sentences.get(random.nextInt(sentences.size())), lang, n, 0)).append("\n\n");
    }
    return out.toString();
  }

  private static DiffResult measure(String lang) {
    List<String> sentences = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (String line : DiffFixtures.read(lang, "base").split("\n")) {
      if (line.startsWith("## ")) {
        headings.add(line.substring(line.indexOf(' ', 3) + 1));
      } else if (!line.isBlank() && !line.startsWith("#")) {
        sentences.add(line);
      }
    }
    Random random = new Random(42);
    List<List<String>> sections = new ArrayList<>();
    int bytes = 0;
    for (int s = 0; bytes < TARGET_BYTES; s++) {
      List<String> section = new ArrayList<>();
      section.add("## " + (s + 1) + ". " + headings.get(s % headings.size()) + " " + (s + 1));
      for (int k = 0; k < 6; k++) {
        String base = sentences.get(random.nextInt(sentences.size()));
        // the same clause recurs for each service and period, as in long policies
        String line = vary(base, lang, s, k);
        section.add(line);
        bytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
      }
      sections.add(section);
    }
    String before = render(sections);
    List<List<String>> changed = new ArrayList<>();
    for (List<String> sec : sections) {
      changed.add(new ArrayList<>(sec));
    }
    int reworded = 0;
    int added = 0;
    int removed = 0;
    for (int i = 0; i < changed.size(); i += 7) {
      List<String> sec = changed.get(i);
      switch ((i / 7) % 3) {
        case 0 -> {
          sec.set(2, sec.get(2).replace(lang.equals("en") ? " for customers " : " សម្រាប់អតិថិជន",
              lang.equals("en") ? " for all customers " : " សម្រាប់អតិថិជនទាំងអស់"));
          reworded++;
        }
        case 1 -> {
          String line = vary(sentences.get((i * 5) % sentences.size()), lang, i + 1000, 9);
          sec.add(3, line);
          added += units(line);
        }
        default -> removed += units(sec.remove(4));
      }
    }
    List<String> moved = changed.remove(changed.size() / 3);
    changed.add(changed.size() * 2 / 3, moved);
    int movedUnits = moved.stream().mapToInt(PolicyDiffBenchmark::units).sum();
    String after = render(changed);

    TextSide a = TextSide.of("bench/" + lang, Instant.EPOCH, lang, before);
    TextSide b = TextSide.of("bench/" + lang, Instant.EPOCH.plusSeconds(86400), lang, after);
    for (int i = 0; i < 3; i++) {
      PolicyDiff.compare(a, b); // warm up
    }
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long baseUsed = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocated0 = threads.getCurrentThreadAllocatedBytes();
    int runs = 5;
    long[] nanos = new long[runs];
    DiffResult result = null;
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      result = PolicyDiff.compare(a, b);
      nanos[i] = System.nanoTime() - t0;
    }
    long allocated = (threads.getCurrentThreadAllocatedBytes() - allocated0) / runs;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    EvidenceElementLocator locator = DiffFixtures.locator();
    ElementsTouched.find(result, locator); // warm up
    long t0 = System.nanoTime();
    ElementsTouched touched = ElementsTouched.find(result, locator);
    long touchNanos = System.nanoTime() - t0;
    EvidenceElementLocator rdr;
    try {
      rdr = new EvidenceElementLocator(org.policyscore.catalog.CatalogLoader.load(
          java.nio.file.Path.of("indicators", "rdr-2020.yaml")));
    } catch (org.policyscore.InvalidInputException e) {
      throw new IllegalStateException(e);
    }
    ElementsTouched.find(result, rdr); // warm up
    t0 = System.nanoTime();
    int rdrTouched = ElementsTouched.find(result, rdr).elements().size();
    long rdrNanos = System.nanoTime() - t0;
    DiffFormat.HTML.render(result, touched, false);
    t0 = System.nanoTime();
    String html = DiffFormat.HTML.render(result, touched, false);
    long renderNanos = System.nanoTime() - t0;
    Arrays.sort(nanos);
    System.out.printf(
        "diff benchmark %s: %d KB -> %d KB, %d units; planted %d reworded, %d added, %d removed, %d moved (one section);%n"
            + "  found %s; median %.1f ms (min %.1f, max %.1f) over %d runs;%n"
            + "  allocated %.1f MB per diff; heap peak %.1f MB (%.1f MB above the idle heap);%n"
            + "  elements touched: test catalogue %.1f ms, rdr-2020 catalogue %.1f ms (%d elements); HTML render %.1f ms (%d KB)%n",
        lang, before.getBytes(StandardCharsets.UTF_8).length / 1024, after.getBytes(StandardCharsets.UTF_8).length / 1024,
        result.rows().size(), reworded, added, removed, movedUnits, result.summary(),
        nanos[runs / 2] / 1e6, nanos[0] / 1e6, nanos[runs - 1] / 1e6, runs,
        allocated / 1048576.0, peak / 1048576.0, (peak - baseUsed) / 1048576.0,
        touchNanos / 1e6, rdrNanos / 1e6, rdrTouched, renderNanos / 1e6, html.getBytes(StandardCharsets.UTF_8).length / 1024);
    return result;
  }

  private static int units(String line) {
    return new UnitSplitter().split(line + "\n").size();
  }

  /** Makes a fixture clause unique to its place, as each clause of a long policy is. */
  private static String vary(String sentence, String lang, int section, int k) {
    int n = section * 10 + k;
    if (lang.equals("en")) {
      return sentence.substring(0, sentence.length() - 1) + " for customers of plan " + n + ".";
    }
    int end = sentence.lastIndexOf('។');
    return sentence.substring(0, end) + " សម្រាប់អតិថិជននៃគម្រោង " + n + "។";
  }

  private static String render(List<List<String>> sections) {
    StringBuilder out = new StringBuilder("# Privacy Notice\n\n");
    for (List<String> sec : sections) {
      for (String line : sec) {
        out.append(line).append("\n\n");
      }
    }
    return out.toString();
  }
}
