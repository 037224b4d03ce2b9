package org.policyscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void removesZeroWidthSpaceAndBom() {
    assertThat(TextNormalizer.normalize("\uFEFFយើង\u200Bមិន\u200Bលក់")).isEqualTo("យើងមិនលក់\n");
  }

  @Test
  void foldsWhitespaceTrimsLinesAndCollapsesBlankLines() {
    String raw = "\n\n  Clause\t1.1 \u00A0 applies  \r\n\r\n\r\n\n  Next\u2003paragraph \n\n";

    assertThat(TextNormalizer.normalize(raw)).isEqualTo("Clause 1.1 applies\n\nNext paragraph\n");
  }

  @Test
  void keepsEvenIndentationOfNestedListItemsOnly() {
    String raw = "1. item\n   - nested\n    not a list item\n";

    assertThat(TextNormalizer.normalize(raw)).isEqualTo("1. item\n  - nested\nnot a list item\n");
  }

  @Test
  void keepsIndentationOfLetteredAndRomanItems() {
    assertThat(TextNormalizer.normalize("a. first\n  i. sub\n   ii. sub\n")).isEqualTo("a. first\n  i. sub\n  ii. sub\n");
  }

  @Test
  void composesToNfc() {
    String decomposed = "Cafe\u0301 re\u0301sume\u0301";

    assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Café résumé\n");
  }

  @Test
  void keepsQuotesAsWrittenButFoldsThemForMatching() {
    String text = TextNormalizer.normalize("«lawful» “lawful” ‘x’");

    assertThat(text).isEqualTo("«lawful» “lawful” ‘x’\n");
    assertThat(TextNormalizer.foldQuotes(text)).isEqualTo("\"lawful\" \"lawful\" 'x'\n");
    assertThat(TextNormalizer.foldQuotes(text)).hasSameSizeAs(text);
  }

  @Test
  void emptyStaysEmptyAndIsIdempotent() {
    assertThat(TextNormalizer.normalize(" \n\u200B\n")).isEmpty();
    String once = TextNormalizer.normalize("a  b\n\n\n- c\n  - d \n");
    assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
  }

  @Test
  void khmerVowelsTypedAsTwoCharactersFoldToTheOneTheyLookLike() {
    // យើង and ក្រោយ typed with េ + ី and េ + ា: they draw the same as with ើ and ោ
    String typed = "\u1799\u17C1\u17B8\u1784 \u1780\u17D2\u179A\u17C1\u17B6\u1799\n";

    assertThat(TextNormalizer.normalize(typed)).isEqualTo("យើង ក្រោយ\n");
    assertThat(TextNormalizer.foldKhmerVowels(typed)).isEqualTo("យើង ក្រោយ\n");
    assertThat(TextNormalizer.normalize("យើង ក្រោយ\n")).isEqualTo("យើង ក្រោយ\n");
    // a lone េ or ា is left alone
    assertThat(TextNormalizer.normalize("\u1780\u17C1 \u1780\u17B6\n")).isEqualTo("\u1780\u17C1 \u1780\u17B6\n");
  }
}
