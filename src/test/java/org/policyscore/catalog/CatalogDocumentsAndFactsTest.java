package org.policyscore.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.InvalidInputException;

class CatalogDocumentsAndFactsTest {
  @TempDir Path dir;

  @Test
  void theRdrCatalogueDeclaresDocumentKindsFactsAndCues() throws Exception {
    Catalog c = CatalogLoader.load(Path.of("indicators/rdr-2020.yaml"));
    assertThat(c.indicator("F3a").orElseThrow().documents()).containsExactly("terms");
    assertThat(c.indicator("P4").orElseThrow().documents()).containsExactly("privacy");
    assertThat(c.indicator("P10a").orElseThrow().documents()).contains("privacy", "terms");
    assertThat(c.element("F1a.2").orElseThrow().fact()).contains(ElementFact.PRIMARY_LANGUAGE);
    assertThat(c.element("P1a.1").orElseThrow().fact()).contains(ElementFact.EASY_TO_FIND);
    // every element of every indicator is answered somehow: cues in both languages, facts, or a person
    Coverage coverage = Coverage.of(c.scored().stream().flatMap(i -> i.elements().stream()).toList());
    assertThat(coverage.gaps()).isEmpty();
    assertThat(coverage.covered()).isEqualTo(335);
    assertThat(c.element("F1a.3").orElseThrow().readByPerson()).isPresent();
    assertThat(c.element("P2a.1").orElseThrow().cuedIn("km")).isTrue();
  }

  @Test
  void writtenCatalogueReadsBackEqual() throws Exception {
    Catalog c = CatalogLoader.load(Path.of("indicators/rdr-2020.yaml"));
    Path out = dir.resolve("again.yaml");
    Files.writeString(out, CatalogWriter.write(c, List.of("test")));
    Catalog again = CatalogLoader.load(out);
    assertThat(again.indicators()).isEqualTo(c.indicators());
  }

  @Test
  void badDocumentKindOrFactIsAnErrorWithItsLine() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, """
        catalog: t
        indicators:
          - id: P4
            category: P
            title: "Sharing"
            scope: services
            documents: [Privacy Policy]
            elements:
              - id: P4.1
                question: "?"
        """);
    assertThatThrownBy(() -> CatalogLoader.load(file)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(":7:").hasMessageContaining("not a document kind");
    Files.writeString(file, """
        catalog: t
        indicators:
          - id: P4
            category: P
            title: "Sharing"
            scope: services
            elements:
              - id: P4.1
                question: "?"
                fact: clicks
        """);
    assertThatThrownBy(() -> CatalogLoader.load(file)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(":10:").hasMessageContaining("unknown fact 'clicks'");
  }

  @Test
  void compositeCuesCompileToAnEquivalentSentencePattern() {
    var p = CuePattern.compile("share | disclose & police | court");
    assertThat(p.matcher("The police may ask and we disclose it.").find()).isTrue();
    assertThat(p.matcher("We disclose it.").find()).isFalse();
    assertThat(CuePattern.parts("a b | c & d & !e | f")).containsExactly(
        new CuePattern.Part(false, List.of("a b", "c")), new CuePattern.Part(false, List.of("d")),
        new CuePattern.Part(true, List.of("e", "f")));
  }
}
