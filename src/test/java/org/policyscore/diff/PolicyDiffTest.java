package org.policyscore.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyscore.text.KhmerSegmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What each kind of change is reported as, in both languages, and which elements it touches. */
class PolicyDiffTest {

  private static List<String> touchedIds(DiffResult diff) {
    return ElementsTouched.find(diff, DiffFixtures.locator()).elements().stream()
        .map(TouchedElement::elementId).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "km"})
  void anAddedClauseIsOneAddedSentenceThatTouchesCollection(String lang) {
    DiffResult diff = DiffFixtures.diff(lang, "added-clause");
    assertThat(diff.changes()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(DiffRow.Kind.ADDED);
      assertThat(r.after().text()).contains(lang.equals("en") ? "websites you visit" : "គេហទំព័រ");
      assertThat(r.section()).contains(lang.equals("en") ? "Information we collect" : "ព័ត៌មានដែលយើងប្រមូល");
    });
    assertThat(touchedIds(diff)).containsExactly("P3a.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "km"})
  void anAddedGovernmentDemandsDisclosureTouchesP10aWithTheAnswerBeforeAndAfter(String lang) {
    DiffResult diff = DiffFixtures.diff(lang, "added-government-demands");
    assertThat(diff.added()).isEqualTo(1);
    List<TouchedElement> touched = ElementsTouched.find(diff, DiffFixtures.locator()).elements();
    assertThat(touched).extracting(TouchedElement::elementId).containsExactly("P10a.1", "P10a.4", "P10a.5");
    assertThat(touched).allSatisfy(e -> {
      assertThat(e.before()).isEqualTo("no disclosure found");
      assertThat(e.after()).isEqualTo("partial");
      assertThat(e.evidenceChanged()).isTrue();
      assertThat(e.quotes()).containsExactly(new TouchedElement.Quote("after", lang, diff.changes().get(0).after().text()));
      assertThat(e.question()).contains("clearly disclose");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "km"})
  void aRemovedClauseIsOneRemovedSentence(String lang) {
    DiffResult diff = DiffFixtures.diff(lang, "removed-clause");
    assertThat(diff.changes()).extracting(DiffRow::kind).containsExactly(DiffRow.Kind.REMOVED);
    assertThat(touchedIds(diff)).containsExactly("P6.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "km"})
  void aRewordedClauseIsChangedWithWordMarksNotRemovedAndAdded(String lang) {
    DiffResult diff = DiffFixtures.diff(lang, "reworded-clause");
    assertThat(diff.changes()).extracting(DiffRow::kind)
        .containsExactly(DiffRow.Kind.CHANGED, DiffRow.Kind.CHANGED);
    DiffRow first = diff.changes().get(0);
    String added = first.spans().stream().filter(s -> s.kind() == Span.Kind.ADDED)
        .map(Span::text).reduce("", String::concat);
    assertThat(added).contains(lang.equals("en") ? "marketing" : "ផ្នែកទីផ្សារ");
    // the marks rebuild both sentences exactly
    assertThat(first.spans().stream().map(Span::older).reduce("", String::concat)).isEqualTo(first.before().text());
    assertThat(first.spans().stream().map(Span::newer).reduce("", String::concat)).isEqualTo(first.after().text());
    assertThat(touchedIds(diff)).containsExactly("P7.5", "P8.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "km"})
  void aMovedSectionIsMovedNotRemovedAndAddedAndRenumberingIsNoChange(String lang) {
    DiffResult diff = DiffFixtures.diff(lang, "moved-section");
    assertThat(diff.added()).isZero();
    assertThat(diff.removed()).isZero();
    assertThat(diff.changed()).isZero();
    assertThat(diff.moved()).isEqualTo(3);
    assertThat(diff.changes()).filteredOn(r -> r.kind() == DiffRow.Kind.MOVED)
        .allSatisfy(r -> assertThat(r.reworded()).isFalse());
    assertThat(touchedIds(diff)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "km"})
  void whiteSpaceQuoteStyleAndZeroWidthSpacesAreNoChange(String lang) {
    DiffResult diff = DiffFixtures.diff(lang, "whitespace-only");
    assertThat(diff.before().citation().sha256()).isNotEqualTo(diff.after().citation().sha256());
    assertThat(diff.hasChanges()).isFalse();
    assertThat(diff.summary()).isEqualTo("no change in wording");
    assertThat(touchedIds(diff)).isEmpty();
  }

  @Test
  void aSentenceRewordedAndMovedIsMovedWithWordMarks() {
    String before = "# A\nWe collect your name and address.\n# B\nWe share data with partners.\n";
    String after = "# A\n# B\nWe share data with partners.\nWe collect your full name and address.\n";
    DiffResult diff = PolicyDiff.compare(side(before), side(after));
    DiffRow moved = diff.changes().stream().filter(r -> r.kind() == DiffRow.Kind.MOVED).findFirst().orElseThrow();
    assertThat(moved.reworded()).isTrue();
    assertThat(moved.changesWording()).isTrue();
    assertThat(moved.spans()).anySatisfy(s -> {
      assertThat(s.kind()).isEqualTo(Span.Kind.ADDED);
      assertThat(s.text()).isEqualTo("full ");
    });
  }

  @Test
  void aPolicyRewordedThroughoutPairsEachSentenceInPlace() {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (int i = 0; i < 700; i++) {
      before.append("We keep record ").append(i).append(" for one year after the call.\n");
      after.append("We keep record ").append(i).append(" for two years after the call.\n");
    }
    DiffResult diff = PolicyDiff.compare(side(before.toString()), side(after.toString()));
    assertThat(diff.changed()).isEqualTo(700);
    assertThat(diff.summary()).isEqualTo("0 added, 0 removed, 700 changed, 0 moved");
  }

  @Test
  void englishSentencesDoNotBreakAfterAbbreviations() {
    List<Unit> units = new UnitSplitter().split("We may contact you, e.g. by SMS. Mr. Sok will reply.\n");
    assertThat(units).extracting(Unit::text)
        .containsExactly("We may contact you, e.g. by SMS.", "Mr. Sok will reply.");
  }

  @Test
  void khmerSentencesBreakAtKhanAndBariyoosan() {
    List<Unit> units = new UnitSplitter().split("យើងប្រមូលឈ្មោះ។យើងមិនលក់ទិន្នន័យទេ៕ យើងការពារព័ត៌មាន។\n");
    assertThat(units).extracting(Unit::text)
        .containsExactly("យើងប្រមូលឈ្មោះ។", "យើងមិនលក់ទិន្នន័យទេ៕", "យើងការពារព័ត៌មាន។");
  }

  /** Every mark boundary in every Khmer fixture diff falls between words, never inside a cluster. */
  @Test
  void khmerMarksNeverSplitAWordOrACluster() {
    int checked = 0;
    for (String fixture : DiffFixtures.CASES) {
      for (DiffRow r : DiffFixtures.diff("km", fixture).changes()) {
        for (String side : List.of("older", "newer")) {
          String text = side.equals("older") ? (r.before() == null ? "" : r.before().text())
              : (r.after() == null ? "" : r.after().text());
          int at = 0;
          for (Span s : r.spans()) {
            at += (side.equals("older") ? s.older() : s.newer()).length();
            if (at > 0 && at < text.length()) {
              assertThat(KhmerSegmenter.boundaries(text)).as("word boundary at %d in %s", at, text).contains(at);
              assertThat(Words.safeBoundary(text, at)).as("cluster kept at %d in %s", at, text).isTrue();
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(4);
  }

  @Test
  void clusterSafetyRejectsBoundariesAfterCoengAndBeforeVowelSigns() {
    String word = "ក្រុម"; // ក ្ រ ុ ម
    assertThat(Words.safeBoundary(word, 2)).isFalse(); // after coeng
    assertThat(Words.safeBoundary(word, 3)).isFalse(); // before vowel sign u
    assertThat(Words.safeBoundary(word, 4)).isTrue(); // before ម
  }

  @Test
  void anUnchangedKhmerWordIsNeverMarkedRemovedAndAdded() {
    // ICU splits "គាត់" before its final consonant when a name follows ("គា|ត់ងួន") and not
    // otherwise, which made the diff show [-គាត់-]{+គាត់ងួន+}. Real-shaped text, from a clause
    // that gains a name.
    Words words = new Words();
    List<Span> spans = WordDiff.spans(words.split("គាត់បានទទួលសេវាកម្ម។"), words.split("គាត់ងួនបានទទួលសេវាកម្ម។"));

    assertThat(spans).extracting(Span::kind).containsExactly(Span.Kind.SAME, Span.Kind.ADDED, Span.Kind.SAME);
    assertThat(spans.get(0).newer()).isEqualTo("គាត់");
    assertThat(spans.get(1).newer()).isEqualTo("ងួន");
  }

  @Test
  void khmerDigitsAndWordsAreSeparateWords() {
    Words words = new Words();
    List<Span> spans = WordDiff.spans(words.split("យើងរក្សាទុកកំណត់ត្រារយៈពេល១២ខែ។"), words.split("យើងរក្សាទុកកំណត់ត្រារយៈពេល៦ខែ។"));

    assertThat(spans).filteredOn(s -> s.kind() != Span.Kind.SAME).extracting(Span::text).containsExactly("១២", "៦");
  }

  private static TextSide side(String text) {
    return TextSide.of("test", Instant.parse("2025-01-01T00:00:00Z"), "en", text);
  }
}
