package org.policyscore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.SharedData;

/** The shipped catalogue, checked against RDR's own counts and exclusions. */
class RdrCatalogueTest {
  private static final Path SHIPPED = Path.of("indicators/rdr-2020.yaml");

  @Test
  void holdsAll58IndicatorsAnd335Elements() throws Exception {
    Catalog c = CatalogLoader.load(SHIPPED);

    assertThat(c.scored()).hasSize(58);
    assertThat(c.elementCount()).isEqualTo(335);
    assertThat(c.indicators().stream().filter(Indicator::family).map(Indicator::id))
        .containsExactly("G4", "G6", "F1", "F2", "F3", "F4", "F5", "P1", "P2", "P3", "P10", "P11");
    // 37 family-level indicators (G1-G6, F1-F13, P1-P18); a telco is scored on 33 of them
    assertThat(c.familyLevel()).hasSize(37);
    assertThat(c.element("F9.2").orElseThrow().reversed()).isTrue();
    assertThat(c.element("F11.1").orElseThrow().reversed()).isTrue();
    assertThat(c.elements().stream().filter(Element::reversed)).hasSize(2);
    assertThat(c.indicator("G1").orElseThrow().scope()).isEqualTo(ScoringScope.COMPANY);
    assertThat(c.indicator("G4c").orElseThrow().scope()).isEqualTo(ScoringScope.FULL);
    assertThat(c.indicator("P10a").orElseThrow().scope()).isEqualTo(ScoringScope.SERVICES);
  }

  @Test
  void telecomExclusionsMatchRdr() throws Exception {
    Catalog c = CatalogLoader.load(SHIPPED);

    assertThat(c.scored().stream().filter(i -> !i.appliesTo(CompanyType.TELECOM)).map(Indicator::id))
        .containsExactlyInAnyOrder("G6b", "F12", "F13", "P16", "P17");
    assertThat(c.scored().stream().filter(i -> !i.appliesTo(CompanyType.INTERNET)).map(Indicator::id))
        .containsExactlyInAnyOrder("F9", "F10");
    long telecomFamilyLevel = c.familyLevel().stream()
        .filter(i -> i.appliesTo(CompanyType.TELECOM))
        .filter(i -> !i.family() || c.subIndicators(i.id()).stream().anyMatch(s -> s.appliesTo(CompanyType.TELECOM)))
        .count();
    assertThat(telecomFamilyLevel).isEqualTo(33);
    // P1a: 3 of its 5 elements apply to telecoms (the 2022 report's Annex 2)
    assertThat(c.indicator("P1a").orElseThrow().elementsFor(CompanyType.TELECOM)).hasSize(3);
  }

  @Test
  void listCountsWhatAppliesToTelecoms() {
    CliRun all = CliRun.of("catalog", "list");
    CliRun telecom = CliRun.of("catalog", "list", "--applies-to", "telecom");
    CliRun privacy = CliRun.of("catalog", "list", "--category", "P");

    assertThat(all.exitCode()).isZero();
    assertThat(all.out()).contains("58 indicators, 335 elements; 335/335 covered");
    assertThat(telecom.out()).contains("53 indicators, 270 elements apply to telecom companies");
    assertThat(telecom.out()).doesNotContain("G6b ").doesNotContain("F12 ").doesNotContain("P16 ").doesNotContain("P17 ");
    assertThat(privacy.out()).contains("P18 ").doesNotContain("F1a ");
  }

  @Test
  void showPrintsAnIndicatorOrOneElement() {
    CliRun indicator = CliRun.of("catalog", "show", "F09");
    CliRun element = CliRun.of("catalog", "show", "P1a.2");
    CliRun missing = CliRun.of("catalog", "show", "Z9");

    assertThat(indicator.out()).startsWith("F9 | Network management").contains("F9.2 (reversed scoring)");
    assertThat(element.out()).startsWith("P1a | Access to privacy policies").contains("P1a.2:");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no indicator or element 'Z9'");
  }

  @Test
  void regeneratingFromRdrDataChangesNothing(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path rdr = SharedData.rdr2020();
    Catalog shipped = CatalogLoader.load(SHIPPED);

    Catalog generated = RdrCatalogGenerator.generate(rdr, Optional.of(shipped));
    String text = CatalogWriter.write(generated, RdrCatalogGenerator.header());

    // The shipped file is exactly what the generator writes: meta data in sync with RDR's,
    // and every hand-written cue and Khmer title kept.
    assertThat(text).isEqualTo(Files.readString(SHIPPED));
    Path copy = tmp.resolve("again.yaml");
    Files.writeString(copy, text);
    assertThat(CatalogWriter.write(CatalogLoader.load(copy), RdrCatalogGenerator.header())).isEqualTo(text);
    assertThat(List.of(generated.elementCount())).containsExactly(335);
  }
}
