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
  /** The indicators the earlier parts (tune to final5) were written for. */
  static final List<String> INDICATORS = List.of(
      "F1a", "F3a", "F9", "F10", "P1a", "P3a", "P4", "P5", "P6", "P7", "P8", "P10a", "P11a",
      "P12", "P13", "P15");
  /**
   * The part whose misses nobody tuning cues may see; the others have all been tuned on.
   * final6 covers every indicator, so it is measured over all of them.
   */
  static final String HELD_OUT = "final6";

  @Test
  void precisionAndRecallPerIndicator() throws Exception {
    Catalog catalog = CatalogLoader.load(Path.of("indicators/rdr-2020.yaml"));
    EvidenceFinder finder = EvidenceFinder.of(catalog);
    Set<String> scored = new TreeSet<>();
    Set<String> everything = new TreeSet<>();
    for (var indicator : catalog.scored()) {
      for (Element e : indicator.elements()) {
        if (e.fact().isEmpty() && e.readByPerson().isEmpty()) {
          everything.add(e.id());
          if (INDICATORS.contains(indicator.id())) {
            scored.add(e.id());
          }
        }
      }
    }
    for (String part : List.of("tune", "holdout", "fresh", "final", "final2", "final3", "final4", "final5")) {
      report(LabelledPassages.read(part), finder, scored);
    }
    report(LabelledPassages.read(HELD_OUT), finder, everything);
    // as in a study, where F indicators read the terms and P indicators the privacy policy: a
    // passage labelled only with F elements is taken from terms, only P from a privacy policy
    asInAStudy = catalog;
    report(LabelledPassages.read(HELD_OUT), finder, everything);
    asInAStudy = null;
  }

  private static org.policyscore.catalog.Catalog asInAStudy;

  private static String kind(LabelledPassages.Passage p) {
    if (!p.answers().isEmpty() && p.answers().stream().allMatch(a -> a.startsWith("F"))) {
      return "terms";
    }
    if (!p.answers().isEmpty() && p.answers().stream().allMatch(a -> a.startsWith("P"))) {
      return "privacy";
    }
    return "any";
  }

  private static boolean reads(String elementId, String kind) {
    if (asInAStudy == null || kind.equals("any")) {
      return true;
    }
    List<String> documents = asInAStudy.indicator(indicator(elementId)).orElseThrow().documents();
    return documents.isEmpty() || documents.contains(kind);
  }

  private static void report(LabelledPassages set, EvidenceFinder finder, Set<String> scored) {
    Map<String, int[]> counts = new TreeMap<>(); // indicator -> tp, fp, fn
    Map<String, int[]> byLang = new TreeMap<>(); // language -> tp, fp, fn
    Map<String, int[]> indicatorLevel = new TreeMap<>(); // language -> tp, fp, fn, by indicator
    StringBuilder errors = new StringBuilder();
    Map<String, Integer> falseIndicators = new TreeMap<>();
    for (LabelledPassages.Passage p : set.passages()) {
      String kind = kind(p);
      Set<String> found = finder.find(new EvidenceSource(p.id(), "any", p.lang(), "0", p.text())).stream()
          .map(EvidenceHit::elementId).filter(scored::contains).filter(e -> reads(e, kind))
          .collect(Collectors.toCollection(TreeSet::new));
      Set<String> gold = new TreeSet<>(p.answers());
      gold.retainAll(scored);
      int[] lang = byLang.computeIfAbsent(p.lang(), k -> new int[3]);
      Set<String> foundIndicators = found.stream().map(LabelledSetBenchmark::indicator).collect(Collectors.toSet());
      Set<String> goldIndicators = gold.stream().map(LabelledSetBenchmark::indicator).collect(Collectors.toSet());
      int[] il = indicatorLevel.computeIfAbsent(p.lang(), k -> new int[3]);
      foundIndicators.forEach(i -> il[goldIndicators.contains(i) ? 0 : 1]++);
      foundIndicators.stream().filter(i -> !goldIndicators.contains(i))
          .forEach(i -> falseIndicators.merge(i, 1, Integer::sum));
      goldIndicators.forEach(i -> il[2] += foundIndicators.contains(i) ? 0 : 1);
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
    System.out.printf("%n== %s: %d passages (%d en, %d km)%s ==%n", set.part(), set.passages().size(), en,
        set.passages().size() - en, asInAStudy == null ? "" : ", document kinds as in a study");
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
    // a passage "finds" an indicator when any element of it is found: how the outside check counts
    for (Map.Entry<String, int[]> e : indicatorLevel.entrySet()) {
      int[] c = e.getValue();
      System.out.printf("%-6s %4d %4d %4d %9s %6s  (indicator level)%n", "ind-" + e.getKey(), c[0], c[1], c[2],
          ratio(c[0], c[0] + c[1]), ratio(c[0], c[0] + c[2]));
    }
    System.out.println("indicators found in passages not labelled with them: " + falseIndicators);
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
