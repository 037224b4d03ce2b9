package org.policyscore.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SourceNoteTest {
  @Test
  void theQuoteBlockIsTheCitation() {
    SourceNote n = SourceNote.parse("# Where these come from\n\nSome words first.\n\n> A. Author, \"A Report\",\n"
        + "> 2023 (CC BY 4.0).\n\nMore words.\n");
    assertThat(n.citation()).hasValue("A. Author, \"A Report\", 2023 (CC BY 4.0).");
  }

  @Test
  void aPlainCitationIsKept() {
    SourceNote n = SourceNote.parse("# Nepal 2022\r\n\r\nDigital Rights Nepal, \"Telecom scorecard 2022\",\r\n"
        + "Kathmandu, March 2023.\r\n\r\n- a list item\r\n");
    assertThat(n.citation()).hasValue("Digital Rights Nepal, \"Telecom scorecard 2022\", Kathmandu, March 2023.");
    assertThat(SourceNote.parse("# Only a heading\n\n| a | b |\n|---|---|\n").citation()).isEmpty();
  }

  @Test
  void theShippedCambodiaNoteCitesTheReportAndListsWhatItAssessed() throws Exception {
    SourceNote n = SourceNote.parse(Files.readString(Path.of("reports/cambodia/2022/SOURCE.md")));
    assertThat(n.citation().orElseThrow()).startsWith("EngageMedia and the Oxen Privacy Tech Foundation")
        .endsWith("Licensed CC BY-NC-ND 4.0.");
    assertThat(n.documents()).hasSize(5);
    assertThat(n.documents().get(0)).isEqualTo(new AssessedDocument("Metfone", "Terms of service", "en, km",
        "not found", "November 2021 to January 2022"));
    assertThat(n.elements("F3a", "mobile")).isEqualTo(OptionalInt.of(7));
    assertThat(n.elements("F3a", "broadband")).isEmpty();
  }

  @Test
  void elementsForEveryServiceAndEscapedPipes() {
    SourceNote n = SourceNote.parse("> Cite.\n\n## Elements scored\n\n| indicator | service | elements |\n"
        + "|---|---|---|\n| P1a |  | 3 |\n| F3a | mobile | 7 |\n| bad | | x |\n\n"
        + "## Documents assessed\n\n| company | document | language | url | date |\n|---|---|---|---|---|\n"
        + "| A \\| B | Terms | en | https://a.example/terms | 2022-01-05 |\n");
    assertThat(n.elements("P1a", "broadband")).isEqualTo(OptionalInt.of(3));
    assertThat(n.elements("p1a", "MOBILE")).isEqualTo(OptionalInt.of(3));
    assertThat(n.elementsScored()).hasSize(2);
    assertThat(n.documents()).containsExactly(new AssessedDocument("A | B", "Terms", "en", "https://a.example/terms",
        "2022-01-05"));
  }
}
