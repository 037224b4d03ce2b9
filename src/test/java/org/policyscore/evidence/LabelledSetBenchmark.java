package org.policyscore.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Element;

/**
 * Precision and recall of the evidence finder per indicator on the labelled passages, each
 * part reported separately. A passage "hits" an element when any of its sentences does.
 * Misses and false alarms are listed for the parts open to tuning, never for the part held
 * out from it ({@link #HELD_OUT}), so that it stays unseen while cues are tuned.
 *
 * <p>Run: mvn -B -Pbenchmark verify -Dtest=LabelledSetBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class LabelledSetBenchmark {
  static final List<String> INDICATORS = List.of(
      "F1a", "F3a", "F9", "F10", "P1a", "P3a", "P4", "P5", "P6", "P7", "P8", "P10a", "P11a",
      "P12", "P13", "P15");
  /** The part whose misses nobody tuning cues may see; the others have all been tuned on. */
  static final String HELD_OUT = "final5";

  @Test
  void precisionAndRecallPerIndicator() throws Exception {
    Catalog catalog = CatalogLoader.load(Path.of("indicators/rdr-2020.yaml"));
    EvidenceFinder finder = EvidenceFinder.of(catalog);
    Set<String> scored = new TreeSet<>();
    for (String id : INDICATORS) {
      for (Element e : catalog.indicator(id).orElseThrow().elementsFor(CompanyType.TELECOM)) {
        if (e.fact().isEmpty()) {
          scored.add(e.id());
        }
      }
    }
    for (String part : List.of("tune", "holdout", "fresh", "final", "final2", "final3", "final4", HELD_OUT)) {
      report(LabelledPassages.read(part), finder, scored);
    }
  }

  private static void report(LabelledPassages set, EvidenceFinder finder, Set<String> scored) {
    Map<String, int[]> counts = new TreeMap<>(); // indicator -> tp, fp, fn
    Map<String, int[]> byLang = new TreeMap<>(); // language -> tp, fp, fn
    StringBuilder errors = new StringBuilder();
    for (LabelledPassages.Passage p : set.passages()) {
      Set<String> found = finder.find(new EvidenceSource(p.id(), "any", p.lang(), "0", p.text())).stream()
          .map(EvidenceHit::elementId).filter(scored::contains).collect(Collectors.toCollection(TreeSet::new));
      Set<String> gold = new TreeSet<>(p.answers());
      gold.retainAll(scored);
      int[] lang = byLang.computeIfAbsent(p.lang(), k -> new int[3]);
      for (String e : found) {
        int[] c = counts.computeIfAbsent(indicator(e), k -> new int[3]);
        if (gold.contains(e)) {
          c[0]++;
          lang[0]++;
        } else {
          c[1]++;
          lang[1]++;
          errors.append("  FP ").append(e).append(' ').append(p.id()).append('\n');
        }
      }
      for (String e : gold) {
        if (!found.contains(e)) {
          counts.computeIfAbsent(indicator(e), k -> new int[3])[2]++;
          lang[2]++;
          errors.append("  FN ").append(e).append(' ').append(p.id()).append('\n');
        }
      }
    }
    long en = set.passages().stream().filter(p -> p.lang().equals("en")).count();
    System.out.printf("%n== %s: %d passages (%d en, %d km) ==%n", set.part(), set.passages().size(), en, set.passages().size() - en);
    System.out.printf("%-6s %4s %4s %4s %9s %6s%n", "ind", "tp", "fp", "fn", "precision", "recall");
    int[] total = new int[3];
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      for (int k = 0; k < 3; k++) {
        total[k] += c[k];
      }
      System.out.printf("%-6s %4d %4d %4d %9s %6s%n", e.getKey(), c[0], c[1], c[2], ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]));
    }
    System.out.printf("%-6s %4d %4d %4d %9s %6s%n", "all", total[0], total[1], total[2],
        ratio(total[0], total[0] + total[1]), ratio(total[0], total[0] + total[2]));
    for (Map.Entry<String, int[]> e : byLang.entrySet()) {
      int[] c = e.getValue();
      System.out.printf("%-6s %4d %4d %4d %9s %6s%n", "all-" + e.getKey(), c[0], c[1], c[2],
          ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]));
    }
    if (!set.part().equals(HELD_OUT) && !errors.isEmpty()) {
      System.out.print(errors);
    }
  }

  private static String indicator(String elementId) {
    return elementId.substring(0, elementId.indexOf('.'));
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "-" : String.format("%.2f", (double) a / b);
  }
}
