package org.policyscore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalIdTest {
  @Test
  void acceptsZeroPaddedAndShortForms() {
    assertThat(CanonicalId.indicator("F03a")).contains("F3a");
    assertThat(CanonicalId.indicator("p10a")).contains("P10a");
    assertThat(CanonicalId.indicator("G1")).contains("G1");
    assertThat(CanonicalId.element("P01a.03")).contains("P1a.3");
    assertThat(CanonicalId.element("F11.01")).contains("F11.1");
    assertThat(CanonicalId.element("F1a")).isEmpty();
    assertThat(CanonicalId.indicator("X1")).isEmpty();
  }

  @Test
  void sortsInRdrOrder() {
    java.util.List<String> ids = new java.util.ArrayList<>(java.util.List.of("P1a", "F10", "G6a", "F9", "G1", "F1a.10", "F1a.2", "P10a"));
    ids.sort(CanonicalId::compare);
    assertThat(ids).containsExactly("G1", "G6a", "F1a.2", "F1a.10", "F9", "F10", "P1a", "P10a");
  }

  @Test
  void sortsIndicatorsBeforeTheirElementsAndTextThatIsNoIdLast() {
    java.util.List<String> ids = new java.util.ArrayList<>(java.util.List.of(
        "total", "G4b.1", "G4", "G4b", "G4a.12", "F1.", "P", "G4a", "G4a.3", "Bb", "G4ab", "F1000a"));
    ids.sort(CanonicalId::compare);
    assertThat(ids).containsExactly(
        "G4", "G4a", "G4a.3", "G4a.12", "G4b", "G4b.1", "F1000a", "Bb", "F1.", "G4ab", "P", "total");
  }
}
