package org.policyscore.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.Element;

class SuggesterTest {
  static Catalog catalog;
  final Suggester suggester = new Suggester(List.of("km"));

  @BeforeAll
  static void load() throws Exception {
    catalog = CatalogLoader.load(Path.of("indicators/rdr-2020.yaml"));
  }

  private Suggestion suggest(String element, List<DocumentFacts> docs, List<EvidenceHit> hits) {
    return suggester.suggest(catalog.indicator(element.substring(0, element.indexOf('.'))).orElseThrow(),
        catalog.element(element).orElseThrow(), docs, hits);
  }

  /** @param versions language -> whether its text passes the damage check */
  private static DocumentFacts doc(String id, String kind, Map<String, Boolean> versions) {
    return new DocumentFacts(id, kind, false, flags(versions), OptionalInt.empty());
  }

  private static Map<String, List<String>> flags(Map<String, Boolean> versions) {
    Map<String, List<String>> out = new TreeMap<>();
    versions.forEach((lang, ok) -> out.put(lang, ok ? List.of() : List.of("khmer-legacy-font")));
    return out;
  }

  private static EvidenceHit hit(String element, String doc, int start, int cues) {
    return new EvidenceHit(element, doc, "en", "0123456789abcdef", start, start + 5, "quote", "cue", cues, 10 * cues);
  }

  @Test
  void primaryLanguageFromTheVersionsThatPassTheLanguageCheck() {
    assertThat(suggest("P1a.2", List.of(doc("privacy", "privacy", Map.of("en", true, "km", true))), List.of()).answer())
        .contains(SuggestedAnswer.YES);
    assertThat(suggest("P1a.2", List.of(doc("privacy", "privacy", Map.of("en", true))), List.of()).answer())
        .contains(SuggestedAnswer.NO);
    Suggestion broken = suggest("P1a.2", List.of(doc("privacy", "privacy", Map.of("en", true, "km", false))), List.of());
    assertThat(broken.answer()).contains(SuggestedAnswer.NO);
    assertThat(broken.note()).contains("failing the damage check: km");
    // the terms document does not answer the privacy indicator
    assertThat(suggest("P1a.2", List.of(doc("terms", "terms", Map.of("km", true)), doc("privacy", "privacy", Map.of("en", true))), List.of()).answer())
        .contains(SuggestedAnswer.NO);
    Suggester twoLanguages = new Suggester(List.of("km", "en"));
    assertThat(twoLanguages.suggest(catalog.indicator("F1a").orElseThrow(), catalog.element("F1a.2").orElseThrow(),
        List.of(doc("terms", "terms", Map.of("en", true))), List.of()).answer()).contains(SuggestedAnswer.PARTIAL);
  }

  @Test
  void easyToFindFromTheRecordedClicksOrNotAtAll() {
    DocumentFacts twoClicks = new DocumentFacts("terms", "terms", false, Map.of("km", List.of()), OptionalInt.of(2));
    DocumentFacts deep = new DocumentFacts("terms", "terms", false, Map.of("km", List.of()), OptionalInt.of(4));
    assertThat(suggest("F1a.1", List.of(twoClicks), List.of()).answer()).contains(SuggestedAnswer.YES);
    assertThat(suggest("F1a.1", List.of(deep), List.of()).answer()).contains(SuggestedAnswer.PARTIAL);
    Suggestion unknown = suggest("F1a.1", List.of(doc("terms", "terms", Map.of("km", true))), List.of());
    assertThat(unknown.answer()).isEmpty();
    assertThat(unknown.note()).contains("does not record");
  }

  @Test
  void aDocumentDeclaredNotFoundAnswersNoDisclosureFound() {
    DocumentFacts notFound = new DocumentFacts("terms", "terms", true, Map.of(), OptionalInt.empty());
    for (String element : List.of("F1a.1", "F1a.2", "F3a.1")) {
      Suggestion s = suggest(element, List.of(notFound), List.of(hit("F3a.1", "terms", 0, 1)));
      assertThat(s.answer()).as(element).contains(SuggestedAnswer.NO_DISCLOSURE_FOUND);
      assertThat(s.note()).contains("declares the terms document not found");
    }
  }

  @Test
  void noSuggestionWhereNobodyLooked() {
    // no terms document declared at all: not searched is not "not disclosed"
    Suggestion undeclared = suggest("F3a.1", List.of(), List.of());
    assertThat(undeclared.answer()).isEmpty();
    assertThat(undeclared.note()).contains("declares no terms document");
  }

  @Test
  void aDamagedTextIsNotReadAndNeverYieldsNoDisclosureFound() {
    Suggestion onlyDamaged = suggest("P4.3", List.of(doc("privacy", "privacy", Map.of("km", false))), List.of());
    assertThat(onlyDamaged.answer()).isEmpty();
    assertThat(onlyDamaged.note()).contains("not read: privacy km (fails the damage check: the text looks damaged").contains("(khmer-legacy-font)");
    // a hit reported from the damaged text (it should not be read at all) is not quoted
    Suggestion withStrayHit = suggest("P4.3", List.of(doc("privacy", "privacy", Map.of("km", false))),
        List.of(new EvidenceHit("P4.3", "privacy", "km", "ff", 0, 5, "quote", "c", 1, 100)));
    assertThat(withStrayHit.answer()).isEmpty();
    // a sound English text was searched: its silence is a finding, and the note says what was not read
    Suggestion mixed = suggest("P4.3", List.of(doc("privacy", "privacy", Map.of("en", true, "km", false))), List.of());
    assertThat(mixed.answer()).contains(SuggestedAnswer.NO_DISCLOSURE_FOUND);
    assertThat(mixed.note()).contains("no sentence matched in privacy en").contains("not read: privacy km");
  }

  @Test
  void anElementReadByAPersonGetsNoSuggestion() {
    Element understandable = catalog.element("P1a.3").orElseThrow();
    assertThat(understandable.readByPerson()).isPresent();
    Suggestion s = suggest("P1a.3", List.of(doc("privacy", "privacy", Map.of("en", true))), List.of());
    assertThat(s.answer()).isEmpty();
    assertThat(s.note()).startsWith("read by a person: ");
  }

  @Test
  void hitsSuggestPartialWithTheBestQuotesAndNoHitsNoDisclosureFound() {
    List<DocumentFacts> docs = List.of(doc("privacy", "privacy", Map.of("en", true)), doc("terms", "terms", Map.of("en", true)));
    List<EvidenceHit> hits = List.of(
        hit("P4.3", "privacy", 10, 1), hit("P4.3", "privacy", 50, 3), hit("P4.3", "privacy", 90, 1),
        hit("P4.3", "privacy", 130, 2), hit("P4.1", "privacy", 0, 1), hit("P4.3", "terms", 0, 9));
    Suggestion s = suggest("P4.3", docs, hits);
    assertThat(s.answer()).contains(SuggestedAnswer.PARTIAL);
    // terms does not count for P4; most cues first, then document order
    assertThat(s.quotes()).extracting(EvidenceHit::start).containsExactly(50, 130, 10);
    assertThat(s.note()).contains("4 sentences matched");
    assertThat(s.evidence()).startsWith("[privacy en 50-55] quote\n[privacy en 130-135] quote");
    assertThat(s.snapshots()).isEqualTo("0123456789ab");
    assertThat(suggest("P4.4", docs, hits).answer()).contains(SuggestedAnswer.NO_DISCLOSURE_FOUND);
    // P10a counts both privacy and terms
    assertThat(suggest("P10a.1", docs, List.of(hit("P10a.1", "terms", 3, 1))).answer()).contains(SuggestedAnswer.PARTIAL);
  }

  @Test
  void aDocumentWithNoTextYetGetsNoSuggestion() {
    DocumentFacts unread = new DocumentFacts("privacy", "privacy", false, Map.of(), OptionalInt.of(1));
    for (String element : List.of("P1a.2", "P4.1")) {
      Suggestion s = suggest(element, List.of(unread), List.of());
      assertThat(s.answer()).as(element).isEmpty();
      assertThat(s.note()).contains("no text version");
    }
    assertThat(suggest("P1a.1", List.of(unread), List.of()).answer()).contains(SuggestedAnswer.YES);
  }

  @Test
  void evidenceCitationsCanBeReadBack() {
    Suggestion s = new Suggestion("P4.3", Optional.of(SuggestedAnswer.PARTIAL),
        List.of(new EvidenceHit("P4.3", "privacy", "km", "ff", 12, 40, "យើងអាចផ្តល់ព័ត៌មាន។", "c", 1, 100)), "");
    var m = Suggestion.CITATION.matcher(s.evidence());
    assertThat(m.find()).isTrue();
    assertThat(m.group(1)).isEqualTo("privacy");
    assertThat(m.group(3)).isEqualTo("12");
    assertThat(m.group(5)).isEqualTo("យើងអាចផ្តល់ព័ត៌មាន។");
  }
}
