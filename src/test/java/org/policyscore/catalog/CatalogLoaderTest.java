package org.policyscore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
  private static final Path MINIMAL = Path.of("src/test/resources/catalog/minimal.yaml");

  @Test
  void readsFamiliesElementsCuesAndPaddedIds() throws Exception {
    Catalog c = CatalogLoader.load(MINIMAL);

    assertThat(c.id()).isEqualTo("mini");
    assertThat(c.indicators()).extracting(Indicator::id).containsExactly("F1", "F1a", "F1b", "G1");
    assertThat(c.familyLevel()).extracting(Indicator::id).containsExactly("F1", "G1");
    assertThat(c.subIndicators("F1")).extracting(Indicator::id).containsExactly("F1a", "F1b");
    // F01b.01 in the file is read in canonical form, and found by either form
    assertThat(c.element("F1b.1")).isPresent();
    assertThat(c.element("F01b.01")).isPresent();
    assertThat(c.indicator("F01a").orElseThrow().titleKm()).contains("ការចូលប្រើលក្ខខណ្ឌសេវាកម្ម");
    assertThat(c.element("G1.1").orElseThrow().reversed()).isTrue();
    assertThat(c.element("F1a.1").orElseThrow().cues().en()).hasSize(2);
    assertThat(c.indicator("F1b").orElseThrow().appliesTo(CompanyType.TELECOM)).isFalse();
  }

  @Test
  void writerOutputReadsBackToTheSameCatalogue(@TempDir Path tmp) throws Exception {
    Catalog c = CatalogLoader.load(MINIMAL);
    Path copy = tmp.resolve("copy.yaml");
    Files.writeString(copy, CatalogWriter.write(c, java.util.List.of("test")));

    Catalog back = CatalogLoader.load(copy);

    assertThat(back.indicators()).isEqualTo(c.indicators());
    assertThat(CatalogWriter.write(back, java.util.List.of("test"))).isEqualTo(Files.readString(copy));
  }

  @Test
  void conceptsAreReadAndWrittenBackAndCuesKeepTheirReferences(@TempDir Path tmp) throws Exception {
    Catalog c = CatalogLoader.load(Path.of("src/test/resources/catalog/concepts.yaml"));

    assertThat(c.concepts()).extracting(Concept::name).containsExactly("authority", "disclosure");
    assertThat(c.concept("authority").orElseThrow().km()).containsExactly("អាជ្ញាធរ", "ប៉ូលីស");
    assertThat(c.concept("disclosure").orElseThrow().km()).isEmpty();
    assertThat(c.element("P4.3").orElseThrow().cues().en()).containsExactly("@disclosure | release & @authority | court");
    assertThat(CuePattern.parts("@disclosure | release & @authority | court", "en", c::concept))
        .containsExactly(new CuePattern.Part(false, java.util.List.of("share", "disclose", "hand over", "release")),
            new CuePattern.Part(false, java.util.List.of("government", "police", "regulator", "court")));

    Path copy = tmp.resolve("copy.yaml");
    Files.writeString(copy, CatalogWriter.write(c, java.util.List.of("test")));
    Catalog back = CatalogLoader.load(copy);
    assertThat(back.concepts()).isEqualTo(c.concepts());
    assertThat(back.indicators()).isEqualTo(c.indicators());
    assertThat(CatalogWriter.write(back, java.util.List.of("test"))).isEqualTo(Files.readString(copy));
  }

  @Test
  void quotesAndControlCharactersSurviveTheRoundTrip(@TempDir Path tmp) throws Exception {
    String tricky = "He said \"no\" \\ then: «ok» # not a comment\tand a tab";
    Indicator i = new Indicator("G1", Category.G, java.util.Optional.empty(), false, tricky,
        java.util.Optional.empty(), "", "", ScoringScope.COMPANY, java.util.Set.of(),
        java.util.List.of(new Element("G1.1", "G1", "Q: \"why\"?", java.util.Set.of(), java.util.Set.of(), false, Cues.NONE)));
    Path file = tmp.resolve("t.yaml");
    Files.writeString(file, CatalogWriter.write(new Catalog("t", "t", "a", java.util.List.of(i)), java.util.List.of()));

    assertThat(CatalogLoader.load(file).indicator("G1").orElseThrow().title()).isEqualTo(tricky);
  }
}
