package org.policyscore.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.CanonicalId;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Element;

/**
 * Keeps cue edits honest on the tuning passages: whoever changes a cue sees at once when
 * evidence the cues used to find is lost, or hard negatives start to match. (The held-out
 * parts are only measured by {@link LabelledSetBenchmark}, never asserted on, so that they
 * are not tuned on through this test.)
 */
class LabelledSetGuardTest {
  @Test
  void tuningPassagesStayFoundAndHardNegativesStayQuiet() throws Exception {
    var catalog = CatalogLoader.load(Path.of("indicators/rdr-2020.yaml"));
    EvidenceFinder finder = EvidenceFinder.of(catalog);
    Set<String> scored = new TreeSet<>();
    for (String id : LabelledSetBenchmark.INDICATORS) {
      for (Element e : catalog.indicator(id).orElseThrow().elementsFor(CompanyType.TELECOM)) {
        if (e.fact().isEmpty()) {
          scored.add(e.id());
        }
      }
    }
    int tp = 0;
    int fn = 0;
    int indicatorHits = 0;
    int indicatorFalse = 0;
    Set<String> noisyNegatives = new TreeSet<>();
    for (LabelledPassages.Passage p : LabelledPassages.read("tune").passages()) {
      Set<String> found = finder.find(new EvidenceSource(p.id(), "any", p.lang(), "0", p.text())).stream()
          .map(EvidenceHit::elementId).filter(scored::contains).collect(Collectors.toSet());
      Set<String> goldIndicators = p.answers().stream().map(CanonicalId::indicatorOf).collect(Collectors.toSet());
      for (String indicator : found.stream().map(CanonicalId::indicatorOf).collect(Collectors.toSet())) {
        indicatorHits++;
        indicatorFalse += goldIndicators.contains(indicator) ? 0 : 1;
      }
      for (String e : found) {
        if (p.answers().contains(e)) {
          tp++;
        }
      }
      for (String e : p.answers()) {
        if (scored.contains(e) && !found.contains(e)) {
          fn++;
        }
      }
      if (p.answers().isEmpty() && !found.isEmpty()) {
        noisyNegatives.add(p.id() + " " + found);
      }
    }
    assertThat((double) tp / (tp + fn)).as("recall on the tuning passages").isGreaterThanOrEqualTo(0.95);
    // a passage is labelled with the element it was written for; other elements of the same
    // indicator in it are often fair evidence too, other indicators count as false alarms here
    // although many are not (a sentence about disclosure to the police bears on P4.3 and on
    // P10a alike). The cues were broadened for real policy wording (docs/evidence.md): this
    // was 0.63 then, and must not fall further.
    assertThat(1 - (double) indicatorFalse / indicatorHits).as("indicator precision on the tuning passages")
        .isGreaterThanOrEqualTo(0.6);
    assertThat(noisyNegatives).as("passages that answer nothing").isEmpty();
  }
}
