package org.policyscore.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which elements a diff touches, for locators other than the cue one. */
class ElementsTouchedTest {

  /**
   * A locator like the scoring pipeline's mechanical answers: "available in Khmer" depends on
   * the whole document (here, whether any sentence is in Khmer), not on one piece of evidence.
   */
  private static final ElementLocator WHOLE_DOCUMENT = new ElementLocator() {
    @Override
    public String name() {
      return "whole-document";
    }

    @Override
    public ElementFindings locate(String text, String lang) {
      boolean khmer = text.codePoints().anyMatch(c -> c >= 0x1780 && c <= 0x17FF);
      return new ElementFindings(List.of(), Map.of("P1a.2", khmer ? "yes" : "no"));
    }
  };

  @Test
  void anElementWhoseAnswerChangesWithoutEvidenceInTheChangedTextIsTouched() {
    DiffResult diff = PolicyDiff.compare(
        TextSide.of("t", DiffFixtures.BEFORE, "en", "# Notice\nWe collect your name.\n"),
        TextSide.of("t", DiffFixtures.AFTER, "en", "# Notice\nWe collect your name.\nសេចក្តីជូនដំណឹងនេះមានជាភាសាខ្មែរ។\n"));
    List<TouchedElement> touched = ElementsTouched.find(diff, WHOLE_DOCUMENT).elements();
    assertThat(touched).singleElement().satisfies(e -> {
      assertThat(e.elementId()).isEqualTo("P1a.2");
      assertThat(e.before()).isEqualTo("no");
      assertThat(e.after()).isEqualTo("yes");
      assertThat(e.evidenceChanged()).isFalse();
      assertThat(e.answerChanged()).isTrue();
    });
    assertThat(DiffFormat.TEXT.render(diff, ElementsTouched.find(diff, WHOLE_DOCUMENT), false))
        .contains("P1a.2    no -> yes  (answer differs)");
  }

  /** With the project's own catalogue and its cues, not only the test catalogue. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"en", "km"})
  void anAddedGovernmentDemandsDisclosureTouchesP10aWithTheRdrCatalogue(String lang) throws Exception {
    ElementLocator rdr = new EvidenceElementLocator(
        org.policyscore.catalog.CatalogLoader.load(java.nio.file.Path.of("indicators", "rdr-2020.yaml")));
    DiffResult diff = DiffFixtures.diff(lang, "added-government-demands");
    List<TouchedElement> touched = ElementsTouched.find(diff, rdr).elements();
    assertThat(touched).filteredOn(e -> e.elementId().startsWith("P10a."))
        .isNotEmpty()
        .allSatisfy(e -> {
          assertThat(e.before()).isEqualTo("no disclosure found");
          assertThat(e.after()).isEqualTo("partial");
        });
    // moving a section or changing white space touches nothing, whatever the cues
    assertThat(ElementsTouched.find(DiffFixtures.diff(lang, "moved-section"), rdr).elements()).isEmpty();
    assertThat(ElementsTouched.find(DiffFixtures.diff(lang, "whitespace-only"), rdr).elements()).isEmpty();
  }

  @Test
  void evidenceInUnchangedTextWithTheSameAnswerTouchesNothing() {
    DiffResult diff = DiffFixtures.diff("en", "added-clause");
    List<String> touched = ElementsTouched.find(diff, DiffFixtures.locator()).elements().stream()
        .map(TouchedElement::elementId).toList();
    // P4.1 and P6.1 have evidence in the notice, but none in the added sentence
    assertThat(touched).containsExactly("P3a.1").doesNotContain("P4.1", "P6.1");
  }
}
