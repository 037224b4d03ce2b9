package org.policyscore.diff;

import java.text.Normalizer;

/**
 * What counts as "the same wording". Two texts are the same when they differ only in white
 * space (runs, line wrapping inside a sentence, indentation, non-breaking or zero-width spaces),
 * in quote style (« », “ ”, "...") or in Unicode normal form. Khmer separates phrases with
 * optional spaces and zero-width spaces, so spaces next to Khmer letters do not count either.
 */
final class Comparison {
  private Comparison() {}

  static boolean isKhmer(int c) {
    return (c >= 0x1780 && c <= 0x17FF) || (c >= 0x19E0 && c <= 0x19FF);
  }

  /** Characters that are white space for comparison, including those Java does not count. */
  static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF
        || c == 0x2060;
  }

  /** Maps the quote styles that policies mix onto plain ASCII ones. */
  static int plainQuote(int c) {
    return switch (c) {
      case '«', '»', '“', '”', '„', '‟', '″', '〝', '〞' -> '"';
      case '‘', '’', '‚', '‛', '′', '‹', '›' -> '\'';
      default -> c;
    };
  }

  /** The comparison key of a piece of text: equal keys mean "no change in wording". */
  static String key(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    int prev = 0;
    for (int i = 0; i < nfc.length(); ) {
      int c = nfc.codePointAt(i);
      i += Character.charCount(c);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      c = plainQuote(c);
      if (pendingSpace && spaceMatters(prev, c)) {
        out.append(' ');
      }
      pendingSpace = false;
      out.appendCodePoint(c);
      prev = c;
    }
    return out.toString();
  }

  /** A space between two letters or digits of a spaced script separates words; others do not. */
  private static boolean spaceMatters(int before, int after) {
    return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
        && !isKhmer(before) && !isKhmer(after);
  }
}
