package org.policyscore.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.Category;
import org.policyscore.catalog.Cues;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;
import org.policyscore.catalog.ScoringScope;

class EvidenceFinderTest {
  static EvidenceFinder rdr;

  @BeforeAll
  static void load() throws Exception {
    rdr = EvidenceFinder.of(CatalogLoader.load(Path.of("indicators/rdr-2020.yaml")));
  }

  private static List<EvidenceHit> find(EvidenceFinder finder, String lang, String text) {
    return finder.find(new EvidenceSource("privacy", "privacy", lang, "ab12cd34ef56aa", text));
  }

  private static List<String> elements(List<EvidenceHit> hits) {
    return hits.stream().map(EvidenceHit::elementId).distinct().sorted().toList();
  }

  @Test
  void quotesTheSentenceAtItsOffsets() {
    String text = "Our shops open at 8 am.\n\nWe may disclose your personal data to the police "
        + "when the law requires it. Prices include VAT.";
    List<EvidenceHit> hits = find(rdr, "en", text);
    EvidenceHit hit = hits.stream().filter(h -> h.elementId().equals("P4.3")).findFirst().orElseThrow();
    assertThat(hit.quote()).isEqualTo("We may disclose your personal data to the police when the law requires it.");
    assertThat(text.substring(hit.start(), hit.end())).isEqualTo(hit.quote());
    assertThat(hit.documentId()).isEqualTo("privacy");
    assertThat(hit.snapshotSha()).isEqualTo("ab12cd34ef56aa");
    assertThat(hits).allSatisfy(h -> assertThat(text.substring(h.start(), h.end())).isEqualTo(h.quote()));
  }

  @Test
  void toleratesInflectionQuotesAndHyphens() {
    assertThat(elements(find(rdr, "en", "Personal data is “shared” with third-party contractors."))).contains("P4.2");
    assertThat(elements(find(rdr, "en", "We disclosed subscribers' information to law-enforcement agencies."))).contains("P4.3");
  }

  @Test
  void hardNegativesFindNothing() {
    assertThat(find(rdr, "en", "Share your data bundle with family members: dial *888#.")).isEmpty();
    assertThat(find(rdr, "en", "The courts of Phnom Penh shall have exclusive jurisdiction.")).isEmpty();
    assertThat(find(rdr, "km", "តុលាការរាជធានីភ្នំពេញមានយុត្តាធិការលើវិវាទទាំងឡាយ។")).isEmpty();
  }

  @Test
  void khmerMatchesAcrossZeroWidthSpacesAndSpellingVariants() {
    // zero-width spaces between words, subscript da instead of ta, and the អោយ spelling
    String text = "សេចក្ដីផ្ដើម។ អ្នកអាចស្នើសុំអោយយើងលុប\u200bព័ត៌មាន\u200bផ្ទាល់ខ្លួន\u200bរបស់អ្នក។";
    List<EvidenceHit> hits = find(rdr, "km", text);
    EvidenceHit hit = hits.stream().filter(h -> h.elementId().equals("P7.2")).findFirst().orElseThrow();
    assertThat(hit.quote()).isEqualTo(text.substring(hit.start(), hit.end()));
    assertThat(hit.quote()).startsWith("អ្នកអាចស្នើសុំ").endsWith("។");
    assertThat(elements(find(rdr, "km", "យើងអាចផ្តល់ពត៌មានអតិថិជនទៅនគរបាល។"))).contains("P4.3");
    assertThat(elements(find(rdr, "km", "យើងអាចផ្ដល់ព័ត៌មានអតិថិជនទៅនគរបាល។"))).contains("P4.3");
  }

  @Test
  void cuesOfALanguageOnlyMatchThatLanguage() {
    assertThat(find(rdr, "km", "We may disclose your personal data to the police.")).isEmpty();
    assertThat(find(rdr, "fr", "We may disclose your personal data to the police.")).isEmpty();
  }

  private static Catalog catalog(Element... elements) {
    return new Catalog("t", "t", "", List.of(new Indicator("P4", Category.P, Optional.empty(), false,
        "Sharing", Optional.empty(), "", "", ScoringScope.SERVICES, Set.of(), List.of(elements))));
  }

  private static Element element(String id, List<String> en) {
    return new Element(id, "P4", "?", Set.of(), Set.of(), false, new Cues(en, List.of()));
  }

  @Test
  void overlappingCuesOfDifferentElementsAreAllFound() {
    EvidenceFinder finder = EvidenceFinder.of(catalog(
        element("P4.1", List.of("personal data")),
        element("P4.2", List.of("share personal data with")),
        element("P4.3", List.of("data")),
        element("P4.4", List.of("/with\\s+\\w+/", "/personal/"))));
    List<EvidenceHit> hits = find(finder, "en", "We share personal data with partners.");
    assertThat(elements(hits)).containsExactly("P4.1", "P4.2", "P4.3", "P4.4");
    assertThat(hits.stream().filter(h -> h.elementId().equals("P4.4")).findFirst().orElseThrow().cueCount()).isEqualTo(2);
    assertThat(finder.cueCount()).isEqualTo(5);
  }

  @Test
  void aCueMatchesWithinASentenceOrWithHelpFromItsContext() {
    EvidenceFinder finder = EvidenceFinder.of(catalog(element("P4.3", List.of("share | disclose & police | court & data"))));
    List<EvidenceHit> alone = find(finder, "en", "The police may ask, and we disclose data.");
    assertThat(elements(alone)).containsExactly("P4.3");
    // the sentence before, in the same paragraph, may supply one part: a weaker quote
    List<EvidenceHit> helped = find(finder, "en", "The police may ask for records. We disclose data then.");
    assertThat(helped).extracting(EvidenceHit::quote).containsExactly("We disclose data then.");
    assertThat(helped.get(0).weight()).isLessThan(alone.get(0).weight());
    // but not two parts, and not across paragraphs
    assertThat(find(finder, "en", "The police may ask for data. We disclose then.")).isEmpty();
    assertThat(find(finder, "en", "The police may ask for records.\n\nWe disclose data then.")).isEmpty();
    // a section heading may supply every part but one; the heading itself is never quoted
    List<EvidenceHit> underHeading = find(finder, "en", "## When we disclose to the police\n\nWe keep data safe.");
    assertThat(underHeading).extracting(EvidenceHit::quote).containsExactly("We keep data safe.");
  }

  @Test
  void khmerVowelsTypedAsTwoCharactersMatchTheSingleCharacter() {
    Element retention = new Element("P6.1", "P6", "?", Set.of(), Set.of(), false,
        new Cues(List.of(), List.of("លុប & ក្រោយ | ពេល")));
    EvidenceFinder finder = EvidenceFinder.of(new Catalog("t", "t", "", List.of(new Indicator("P6", Category.P,
        Optional.empty(), false, "Retention", Optional.empty(), "", "", ScoringScope.SERVICES, Set.of(),
        List.of(retention)))));
    assertThat(elements(find(finder, "km", "យើងលុបទិន្នន័យក្រោយ ១២ ខែ។"))).containsExactly("P6.1");
    // ោ typed as េ + ា looks the same on screen, and must match the same
    assertThat(elements(find(finder, "km", "យើងលុបទិន្នន័យក្រ\u17C1\u17B6យ ១២ ខែ។"))).containsExactly("P6.1");
    // but the fold of េ + ី is ើ, a different vowel from េ: ពើល is not ពេល
    assertThat(elements(find(finder, "km", "យើងលុបទិន្នន័យព\u17C1\u17B8ល។"))).isEmpty();
  }

  @Test
  void aListItemReadsItsLeadIn() {
    EvidenceFinder finder = EvidenceFinder.of(catalog(element("P3a.1", List.of("collect & location | name"))));
    String text = "We collect the following:\n\n- your name;\n- your location.\n\nWe never sell data. Your name is yours.";
    assertThat(find(finder, "en", text)).extracting(EvidenceHit::quote)
        .containsExactly("your name;", "your location.");
  }

  @Test
  void aNegatedPartRulesASentenceOut() {
    EvidenceFinder finder = EvidenceFinder.of(catalog(element("P4.1", List.of("share & data & !bundle | allowance"))));
    assertThat(elements(find(finder, "en", "We share data with partners."))).containsExactly("P4.1");
    assertThat(find(finder, "en", "Share your data bundle with family."))
        .isEmpty();
  }

  @Test
  void aCatastrophicRegexCueIsCutOffAndReported() {
    EvidenceFinder finder = EvidenceFinder.of(catalog(element("P4.1", List.of("/((a+)+)+!x/", "share & data"))));
    List<EvidenceHit> hits = find(finder, "en", "a".repeat(5_000) + " We share data.");
    assertThat(elements(hits)).containsExactly("P4.1");
    assertThat(finder.cuesOverBudget()).containsExactly("/((a+)+)+!x/ (P4.1)");
  }

  @Test
  void moreSpecificSentencesRankFirst() {
    EvidenceFinder finder = EvidenceFinder.of(catalog(element("P4.3", List.of("disclose & police", "disclose & police & court order"))));
    List<EvidenceHit> hits = find(finder, "en", "We may disclose data to the police. We disclose data to the police only on a court order.");
    assertThat(hits).hasSize(2);
    assertThat(hits.get(1).weight()).isGreaterThan(hits.get(0).weight());
  }

  @Test
  void conceptReferencesMatchEveryWordOfTheConceptInTheCuesLanguage() throws Exception {
    EvidenceFinder finder = EvidenceFinder.of(CatalogLoader.load(Path.of("src/test/resources/catalog/concepts.yaml")));
    assertThat(elements(find(finder, "en", "We may hand over records to the regulator."))).containsExactly("P4.3");
    assertThat(elements(find(finder, "en", "Records are released when a court asks."))).containsExactly("P4.3");
    assertThat(find(finder, "en", "We may hand over records to our auditors.")).isEmpty();
    assertThat(elements(find(finder, "km", "យើងអាចផ្តល់កំណត់ត្រាទៅប៉ូលីស។"))).containsExactly("P4.3");
  }

  @Test
  void numberWordsFromTwoUpCountAsNumbersButOneDoesNot() {
    EvidenceFinder finder = EvidenceFinder.of(catalog(element("F10.6", List.of("received # orders"))));
    assertThat(elements(find(finder, "en", "We received two orders to restrict the network."))).containsExactly("F10.6");
    assertThat(elements(find(finder, "en", "We received 12 orders to restrict the network."))).containsExactly("F10.6");
    assertThat(elements(find(finder, "km", "យើងបានទទួល ២ ដង។"))).isEmpty();
    assertThat(find(finder, "en", "No one received orders; we received one order.")).isEmpty();
  }

  @Test
  void regexCuesMatchNormalisedTextAndQuoteTheOriginal() {
    EvidenceFinder finder = EvidenceFinder.of(catalog(element("P4.1", List.of("/\"personal data\" means/"))));
    String text = "Intro line\n“Personal\u200b   data” means any information about you.";
    List<EvidenceHit> hits = find(finder, "en", text);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).quote()).isEqualTo("“Personal\u200b   data” means any information about you.");
    assertThat(text.substring(hits.get(0).start(), hits.get(0).end())).isEqualTo(hits.get(0).quote());
  }

  @Test
  void sentencesSplitAtKhmerMarksAndNotAfterAbbreviations() {
    String text = "Smart Axiata Co., Ltd. is the operator. It may e.g. share data.\nថ្ងៃនេះ។ ស្អែក៕";
    List<String> sentences = Sentences.split(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    assertThat(sentences).containsExactly(
        "Smart Axiata Co., Ltd. is the operator.", "It may e.g. share data.", "ថ្ងៃនេះ។", "ស្អែក៕");
    String md = "## Sharing with the police\n\n- We may share data.\n#hashtag stays";
    assertThat(Sentences.split(md).stream().map(s -> md.substring(s[0], s[1])).toList())
        .containsExactly("Sharing with the police", "We may share data.", "#hashtag stays");
  }
}
