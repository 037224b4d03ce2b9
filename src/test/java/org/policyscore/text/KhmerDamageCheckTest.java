package org.policyscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KhmerDamageCheckTest {

  private static final String GOOD = "យើងរក្សាទុកកំណត់ត្រាការហៅទូរស័ព្ទរយៈពេល ១២ ខែ។\n";

  @Test
  void wellFormedKhmerHasNoFlags() {
    assertThat(KhmerDamageCheck.check(GOOD, "km")).isEmpty();
  }

  @Test
  void flagsVowelSignsWithoutBase() {
    // Visual order, as broken PDF extraction gives it: the vowel sign េ stored before its consonant.
    String visual = "យើងរក្សាទុក\n\u17C1\u1780\u17C7 \u17B6\n";

    assertThat(KhmerDamageCheck.check(visual, "km"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("khmer-orphan-sign");
          assertThat(f.count()).isEqualTo(2);
          assertThat(f.where()).startsWith("line 2:");
        });
  }

  @Test
  void flagsReplacementCharactersPrivateUseAndBrokenCoeng() {
    String text = "ការ\uFFFDហៅ \uE001 ក\u17D2 ";

    assertThat(KhmerDamageCheck.check(text, "km")).extracting(DamageFlag::code)
        .containsExactly("replacement-char", "private-use", "khmer-broken-coeng");
  }

  @Test
  void flagsAKhmerDocumentWithAlmostNoKhmerLetters() {
    // A legacy (Limon-style) font: Khmer drawn with Latin code points.
    String legacy = "eyIgrkSaTukkMNt;RtakarehATUrs½BÞ 12 Ex. SmartNas ១\n";

    assertThat(KhmerDamageCheck.check(legacy, "km")).extracting(DamageFlag::code)
        .containsExactly("khmer-legacy-font", "few-khmer-letters");
    // Khmer in a legacy font is damage in an English version too; the share of Khmer letters is not.
    assertThat(KhmerDamageCheck.check(legacy, "en")).extracting(DamageFlag::code).containsExactly("khmer-legacy-font");
  }

  static String fixture(String name) throws IOException {
    try (InputStream in = KhmerDamageCheckTest.class.getResourceAsStream("/extract/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLegacyFontBodyUnderUnicodeHeadingsIsFlaggedParagraphByParagraph() throws IOException {
    // Headings in Unicode Khmer, the body typed in a legacy font: over the whole document Khmer
    // letters are not rare, so only a paragraph-by-paragraph judgement sees it.
    StringBuilder text = new StringBuilder();
    for (String block : fixture("terms-km.md").split("\n\n")) {
      text.append(block.startsWith("#") ? block : LegacyKhmer.of(block)).append("\n\n");
    }
    int body = (int) java.util.Arrays.stream(fixture("terms-km.md").split("\n\n"))
        .filter(b -> !b.startsWith("#") && !b.startsWith("|")).count();

    List<DamageFlag> flags = KhmerDamageCheck.check(text.toString(), "km");

    assertThat(flags).extracting(DamageFlag::code).contains("khmer-legacy-font").doesNotContain("few-khmer-letters");
    assertThat(flags).filteredOn(f -> f.code().equals("khmer-legacy-font")).singleElement()
        .satisfies(f -> assertThat(f.count()).isEqualTo(body));
    DamageReport report = KhmerDamageCheck.report(text.toString(), "km");
    assertThat(report.damaged()).isTrue();
    assertThat(report.reason()).startsWith("the text looks damaged: paragraphs of Khmer typed in a legacy (Limon-style) font");
  }

  @ParameterizedTest
  @ValueSource(strings = {"terms-km.md", "privacy-km.md"})
  void khmerWithAllSubscriptsDroppedIsFlagged(String name) throws IOException {
    String dropped = fixture(name).replace("\u17D2", "");

    assertThat(KhmerDamageCheck.check(dropped, "km")).extracting(DamageFlag::code).containsExactly("khmer-no-subscripts");
  }

  @ParameterizedTest
  @ValueSource(strings = {"terms-km.md", "privacy-km.md"})
  void khmerWithAllVowelSignsDroppedIsFlagged(String name) throws IOException {
    String dropped = fixture(name).replaceAll("[\u17B6-\u17C5]", "");

    assertThat(KhmerDamageCheck.check(dropped, "km")).extracting(DamageFlag::code).containsExactly("khmer-no-vowel-signs");
  }

  @ParameterizedTest
  @ValueSource(strings = {"terms-km.md", "privacy-km.md", "terms-en.md", "privacy-en.md"})
  void goodTextIsNeverFlagged(String name) throws IOException {
    String text = fixture(name);
    String lang = name.contains("-km") ? "km" : "en";

    assertThat(KhmerDamageCheck.check(text, lang)).isEmpty();
    DamageReport report = KhmerDamageCheck.report(text, lang);
    assertThat(report.damaged()).isFalse();
    assertThat(report.reason()).isEmpty();
  }

  @Test
  void shortKhmerLinesWithoutSubscriptsAreNotDamage() {
    // headings, names and dates can lack a coeng or a vowel sign: too little text to judge
    String text = "# សហគមន៍\n\nថ្ងៃទី ១ ខែមករា\n\nលោក សុខ សាន\n";

    assertThat(KhmerDamageCheck.check(text, "km")).isEmpty();
  }

  @Test
  void ocrIsAFlagForAPersonNotDamage() {
    DamageReport ocrOnly = new DamageReport(List.of(DamageFlag.OCR));
    DamageReport both = new DamageReport(List.of("khmer-orphan-sign", DamageFlag.OCR));

    assertThat(ocrOnly.damaged()).isFalse();
    assertThat(ocrOnly.readByOcr()).isTrue();
    assertThat(ocrOnly.reason()).isEqualTo("the text was read by OCR and not yet checked against the original");
    assertThat(both.damaged()).isTrue();
    assertThat(both.reason()).isEqualTo("the text looks damaged: Khmer vowel signs with no consonant before them"
        + " (visual order) (khmer-orphan-sign); the text was read by OCR and not yet checked against the original");
  }
}
