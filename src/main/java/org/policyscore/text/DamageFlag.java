package org.policyscore.text;

import java.util.Map;

/**
 * A sign that a text version's characters are damaged (typically Khmer extracted from a PDF
 * with a wrong glyph-to-character map, or typed in a legacy font), or that they were read by
 * OCR and wait for a person to check them. Printed by {@code extract} and stored in the
 * version's metadata, so a researcher knows not to trust quotes from it.
 *
 * @param code stable identifier, e.g. {@code khmer-orphan-sign}
 * @param count how many times it occurs (paragraphs, characters or pages, by flag)
 * @param where the first occurrence: line number and a short excerpt, or what was found
 */
public record DamageFlag(String code, int count, String where) {

  /** The text was read by OCR: not damage, but not yet checked by a person. */
  public static final String OCR = "ocr";

  private static final Map<String, String> MEANING = Map.of(
      "replacement-char", "characters the extractor could not map (U+FFFD)",
      "private-use", "private-use characters, as some fonts map glyphs",
      "khmer-orphan-sign", "Khmer vowel signs with no consonant before them (visual order)",
      "khmer-broken-coeng", "Khmer subscript marks (coeng) with no consonant after them",
      "few-khmer-letters", "a Khmer text in which few letters are Khmer (a legacy font)",
      "khmer-legacy-font", "paragraphs of Khmer typed in a legacy (Limon-style) font: Latin letters drawn as Khmer",
      "khmer-no-subscripts", "Khmer with its subscript consonants (coeng) dropped",
      "khmer-no-vowel-signs", "Khmer with its vowel signs dropped",
      OCR, "read by OCR, not yet checked against the original");

  /** One line for people: "khmer-orphan-sign ×3 (line 12: …)"; no count for a single finding. */
  public String describe() {
    return code + (count > 1 ? " \u00d7" + count : "") + (where.isEmpty() ? "" : " (" + where + ")");
  }

  /** Whether this flag means the characters are wrong (every flag but {@link #OCR}). */
  public boolean isDamage() {
    return !OCR.equals(code);
  }

  /** What a flag code means, in words; the code itself when it is not known. */
  public static String meaning(String code) {
    return MEANING.getOrDefault(code, code);
  }
}
