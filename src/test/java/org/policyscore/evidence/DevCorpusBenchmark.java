package org.policyscore.evidence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.CanonicalId;
import org.policyscore.catalog.Indicator;

/**
 * Precision and recall of the evidence finder on real policy wording: the ToS;DR passages of
 * {@code ../shared/devcorpus} ({@link DevCorpus}), per indicator, for the part cues may be tuned
 * on and the part kept aside by service.
 *
 * <p>A passage is read as a whole (its sentences are matched one by one, as in a policy) and
 * "finds" an indicator when any sentence matches a cue of one of its elements. Labels are
 * positive-only, so:
 *
 * <ul>
 *   <li>recall: of the passages whose case maps directly to the indicator, the share found;
 *   <li>precision: finds on passages mapped directly to the indicator, against finds on
 *       passages of cases mapped to no RDR indicator (the corpus's negatives); finds on
 *       passages labelled with other indicators are not counted either way, since a labelled
 *       passage may well also bear on an indicator nobody labelled;
 *   <li>strict precision: as above, but a find on a passage labelled only with other indicators
 *       (neither directly nor as related) counts as a false alarm too: a lower bound.
 * </ul>
 *
 * <p>Two readings: every cue on every passage ("text only"), and as in a study, where the cues
 * of an indicator read only the document kinds the catalogue gives it (passages from combined
 * or other documents are read by all). Misses and false alarms of the tuning part are written to
 * {@code target/devcorpus-tune-errors.txt}; the untouched part's never are.
 *
 * <p>Run: mvn -B -Pbenchmark verify -Dtest=DevCorpusBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class DevCorpusBenchmark {
  private static final int WELL_COVERED = 90;

  @Test
  void precisionAndRecallPerIndicator() throws Exception {
    assumeTrue(DevCorpus.present(), "skipped: ../shared/devcorpus is not beside the project");
    Catalog catalog = CatalogLoader.load(Path.of("indicators/rdr-2020.yaml"));
    EvidenceFinder finder = EvidenceFinder.of(catalog);
    DevCorpus corpus = DevCorpus.read();
    StringBuilder errors = new StringBuilder();
    for (boolean byKind : List.of(false, true)) {
      for (DevCorpus.Part part : DevCorpus.Part.values()) {
        report(corpus, part, byKind, catalog, finder, part == DevCorpus.Part.TUNE && !byKind ? errors : null);
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/devcorpus-tune-errors.txt"), errors);
  }

  private static void report(DevCorpus corpus, DevCorpus.Part part, boolean byKind, Catalog catalog,
      EvidenceFinder finder, StringBuilder errors) throws IOException {
    Map<String, int[]> counts = new TreeMap<>(CanonicalId::compare); // positives, tp, fpNeg, fpOther, predictedPos
    int[] elements = new int[2]; // labelled elements, found
    int passages = 0;
    int negatives = 0;
    for (DevCorpus.Passage p : corpus.passages()) {
      if (p.part() != part) {
        continue;
      }
      passages++;
      negatives += p.negative() ? 1 : 0;
      Set<String> foundElements = new TreeSet<>();
      Map<String, String> quoteOf = new TreeMap<>();
      for (EvidenceHit h : finder.find(new EvidenceSource(p.id(), p.kind(), "en", "0", p.text()))) {
        String indicator = CanonicalId.indicatorOf(h.elementId());
        if (byKind && !reads(catalog.indicator(indicator).orElseThrow(), p.kind())) {
          continue;
        }
        foundElements.add(h.elementId());
        quoteOf.putIfAbsent(indicator, h.elementId() + " by '" + h.cue() + "': " + h.quote());
      }
      Set<String> found = new TreeSet<>();
      foundElements.forEach(e -> found.add(CanonicalId.indicatorOf(e)));
      for (String e : p.directElements()) {
        elements[0]++;
        elements[1] += foundElements.contains(e) ? 1 : 0;
      }
      for (String x : p.direct()) {
        int[] c = counts.computeIfAbsent(x, k -> new int[5]);
        c[0]++;
        if (found.contains(x)) {
          c[1]++;
        } else if (errors != null) {
          errors.append("MISS ").append(x).append(' ').append(p.id()).append(' ').append(p.service())
              .append(": ").append(oneLine(p.text())).append('\n');
        }
      }
      for (String x : found) {
        int[] c = counts.computeIfAbsent(x, k -> new int[5]);
        if (p.direct().contains(x)) {
          c[4]++;
        } else if (p.negative()) {
          c[2]++;
          if (errors != null) {
            errors.append("FALSE ").append(x).append(' ').append(p.id()).append(": ").append(oneLine(quoteOf.get(x))).append('\n');
          }
        } else if (!p.related().contains(x)) {
          c[3]++;
        }
      }
    }
    System.out.printf("%n== devcorpus %s, %s: %d passages (%d negatives) ==%n", part.label,
        byKind ? "document kinds as in a study" : "text only", passages, negatives);
    System.out.printf("%-5s %5s %5s %6s %6s %6s %9s %7s %7s%n", "ind", "pos", "found", "recall", "fpNeg", "fpOth", "precision", "strict", "F1");
    int[] total = new int[5];
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      for (int k = 0; k < 5; k++) {
        total[k] += c[k];
      }
      line(e.getKey() + (c[0] >= WELL_COVERED ? "*" : ""), c);
    }
    line("micro", total);
    System.out.printf("elements: %d labelled, %d found exactly (recall %s); * = well covered (>= %d passages)%n",
        elements[0], elements[1], ratio(elements[1], elements[0]), WELL_COVERED);
  }

  private static void line(String label, int[] c) {
    double recall = c[0] == 0 ? Double.NaN : (double) c[1] / c[0];
    double precision = c[4] + c[2] == 0 ? Double.NaN : (double) c[4] / (c[4] + c[2]);
    System.out.printf("%-5s %5d %5d %6s %6d %6d %9s %7s %7s%n", label, c[0], c[1], ratio(c[1], c[0]),
        c[2], c[3], ratio(c[4], c[4] + c[2]), ratio(c[4], c[4] + c[2] + c[3]),
        Double.isNaN(recall) || Double.isNaN(precision) || recall + precision == 0 ? "-"
            : String.format("%.2f", 2 * recall * precision / (recall + precision)));
  }

  /** As in a study: an indicator reads the document kinds the catalogue gives it. */
  private static boolean reads(Indicator indicator, String kind) {
    return indicator.documents().isEmpty() || kind.equals("combined") || kind.equals("other")
        || indicator.documents().contains(kind);
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 400 ? t.substring(0, 400) + "..." : t;
  }

  private static String ratio(int a, int b) {
    return b == 0 ? "-" : String.format("%.2f", (double) a / b);
  }
}
