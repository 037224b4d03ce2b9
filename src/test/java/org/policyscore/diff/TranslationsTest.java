package org.policyscore.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.archive.DocumentKey;
import org.policyscore.extract.TextVersionStore;

/**
 * A change read together with its translation: the same elements for a clause and its
 * translation, whichever language's cues catch them; nothing borrowed from a translation's
 * changes elsewhere; and which version of the translation goes with which.
 */
class TranslationsTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant T1 = Instant.parse("2026-06-02T09:00:00Z");

  private static final String EN_BEFORE = """
      # Privacy Notice
      ## 1. What we collect
      We collect your name.
      ## 2. Sharing
      We do not sell your data to third parties.
      ## 3. Offers
      You may opt out of offers at any time.
      """;
  // "Group companies may receive your records.": no English cue of the test catalogue catches it
  private static final String EN_AFTER = EN_BEFORE.replace("third parties.\n",
      "third parties.\nGroup companies may receive your records.\n");
  private static final String KM_BEFORE = """
      # សេចក្តីជូនដំណឹង
      ## ១. អ្វីដែលយើងប្រមូល
      យើងប្រមូលឈ្មោះរបស់អ្នក។
      ## ២. ការចែករំលែក
      យើងមិនលក់ទិន្នន័យរបស់អ្នកទៅភាគីទីបីទេ។
      ## ៣. ការផ្តល់ជូន
      អ្នកអាចប្រាប់យើងឱ្យឈប់ផ្ញើការផ្តល់ជូនបានគ្រប់ពេល។
      """;
  // the same addition in Khmer ("... may receive a share of your records", caught by ចែករំលែក),
  // and, in section 3 only in Khmer, the opt-out sentence dropped
  private static final String KM_AFTER = KM_BEFORE
      .replace("ភាគីទីបីទេ។\n", "ភាគីទីបីទេ។\nក្រុមហ៊ុនក្នុងក្រុមរបស់យើងអាចទទួលការចែករំលែកកំណត់ត្រារបស់អ្នក។\n")
      .replace("អ្នកអាចប្រាប់យើងឱ្យឈប់ផ្ញើការផ្តល់ជូនបានគ្រប់ពេល។\n", "");

  private static DiffResult diff(String lang, String before, String after) {
    return PolicyDiff.compare(TextSide.of("mekong/privacy/" + lang, T0, lang, before),
        TextSide.of("mekong/privacy/" + lang, T1, lang, after));
  }

  private static List<String> listed(ElementsTouched t) {
    return t.elements().stream().map(e -> e.elementId() + " " + e.before() + " -> " + e.after() + " " + e.why()).toList();
  }

  @Test
  void aClauseAndItsTranslationTouchTheSameElementsWhicheverCuesCatchThem() {
    DiffResult en = diff("en", EN_BEFORE, EN_AFTER);
    DiffResult km = diff("km", KM_BEFORE, KM_AFTER);
    EvidenceElementLocator cues = DiffFixtures.locator();

    assertThat(ElementsTouched.find(en, cues).elements()).as("English alone: its cues miss the clause").isEmpty();
    ElementsTouched enWithKm = ElementsTouched.find(en, cues, List.of(km));
    assertThat(listed(enWithKm)).containsExactly("P4.1 partial -> partial evidence added (km)");
    assertThat(enWithKm.elements().get(0).quotes()).singleElement().satisfies(q -> {
      assertThat(q.lang()).isEqualTo("km");
      assertThat(q.text()).startsWith("ក្រុមហ៊ុនក្នុងក្រុម");
    });
    assertThat(enWithKm.languages()).containsExactly("en", "km");

    // the Khmer diff has the same clause, and its own change in section 3 as well; the English
    // diff does not borrow that one: English did not change there
    assertThat(listed(ElementsTouched.find(km, cues, List.of(en)))).containsExactly(
        "P4.1 partial -> partial evidence added (km)",
        "P7.5 partial -> no disclosure found evidence removed (km)");
  }

  @Test
  void sectionsMatchByClauseNumberInLatinOrKhmerDigitsElseByPlace() {
    DiffResult en = diff("en", EN_BEFORE, EN_AFTER);
    DiffResult km = diff("km", KM_BEFORE, KM_AFTER);
    assertThat(ChangedSections.of(en)).extracting(ChangedSections.Placed::section).containsExactly("2");
    assertThat(ChangedSections.of(km)).extracting(ChangedSections.Placed::section).containsExactly("2", "3");
    DiffResult unnumbered = diff("en", "# Notice\n## Sharing\nWe do not sell data.\n",
        "# Notice\n## Sharing\nWe do not sell data.\nWe share data.\n");
    assertThat(ChangedSections.of(unnumbered)).extracting(ChangedSections.Placed::section).containsExactly("#2");
  }

  @Test
  void theTranslationsVersionIsTheOnePublishedTogetherElseTheOneInForce(@TempDir Path texts) throws IOException {
    TextVersionStore store = new TextVersionStore(texts);
    write(texts, "en", "20250115T090000Z", "20260110T090000Z", "20260602T090000Z");
    write(texts, "km", "20250115T090005Z", "20260603T120000Z");
    TextHistory en = TextHistory.read(store, null, new DocumentKey("mekong", "privacy", "en"), "en");
    TextHistory km = TextHistory.read(store, null, new DocumentKey("mekong", "privacy", "km"), "km");
    List<TextHistory.Version> e = en.versions();
    List<TextHistory.Version> k = km.versions();
    // published together (a day apart): each is the other's nearest
    assertThat(DocumentHistory.counterpart(en, km, e.get(0))).contains(k.get(0));
    assertThat(DocumentHistory.counterpart(en, km, e.get(2))).contains(k.get(1));
    // the January English change has no Khmer twin: the Khmer in force then goes with it
    assertThat(DocumentHistory.counterpart(en, km, e.get(1))).contains(k.get(0));
    assertThat(DocumentHistory.counterpart(km, en, k.get(1))).contains(e.get(2));
    // before a translation existed, nothing goes with it
    write(texts, "lo", "20260603T120000Z");
    TextHistory lao = TextHistory.read(store, null, new DocumentKey("mekong", "privacy", "lo"), "lo");
    assertThat(DocumentHistory.counterpart(en, lao, e.get(0))).isEmpty();
  }

  private static void write(Path texts, String lang, String... stamps) throws IOException {
    Path dir = Files.createDirectories(texts.resolve("mekong/privacy").resolve(lang));
    for (String s : stamps) {
      Files.writeString(dir.resolve(s + ".md"), "# Notice\n\nVersion " + s + ".\n");
    }
  }
}
