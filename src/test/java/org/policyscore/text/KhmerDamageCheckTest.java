package org.policyscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
