package org.policyscore.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one normalisation every text version goes through, so that two extractions of the same
 * policy compare equal. Deterministic and documented in docs/extract.md:
 *
 * <ol>
 *   <li>Unicode NFC.</li>
 *   <li>U+200B (zero-width space) and U+FEFF (byte-order mark / zero-width no-break space)
 *       removed: Khmer pages sprinkle U+200B between words as line-break hints, and Java does
 *       not count either as whitespace.</li>
 *   <li>Line ends become {@code \n}; every run of other whitespace (tabs, no-break spaces,
 *       the Unicode space separators) inside a line becomes one space; lines are trimmed,
 *       except that a list item ({@code - }, {@code 1. }, {@code a. }, {@code iv. }) keeps its indentation, rounded
 *       down to an even number of spaces, which is how Markdown nests lists.</li>
 *   <li>Control characters other than spaces and line breaks (ESC, NUL, DEL, the C1 set)
 *       are removed: they are no text, and on a terminal they are commands.</li>
 *   <li>Runs of blank lines become one blank line; no blank lines at the start; exactly one
 *       {@code \n} at the end (empty text stays empty).</li>
 *   <li>Khmer vowels typed as two characters become the one character they look like:
 *       េ + ី (U+17C1 U+17B8) is ើ (U+17BE), េ + ា (U+17C1 U+17B6) is ោ (U+17C4). NFC does not
 *       do this, the two spellings draw the same, and people and keyboards type both.</li>
 * </ol>
 *
 * <p>Quotes are left as written (« », “ ”, " "): {@link #foldQuotes} gives the form used for
 * matching, where they count alike.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    StringBuilder line = new StringBuilder();
    boolean pendingBlank = false;
    int indent = 0; // leading spaces of the current line so far
    int i = 0;
    int n = nfc.length();
    while (i <= n) {
      int cp = i < n ? nfc.codePointAt(i) : '\n';
      if (cp == '\r' && i + 1 < n && nfc.charAt(i + 1) == '\n') {
        i++;
        continue;
      }
      if (i == n || isLineBreak(cp)) {
        String trimmed = line.toString().strip();
        if (!trimmed.isEmpty() && LIST_ITEM.matcher(trimmed).lookingAt()) {
          trimmed = " ".repeat(indent - indent % 2) + trimmed;
        }
        line.setLength(0);
        indent = 0;
        if (trimmed.isEmpty()) {
          pendingBlank = out.length() > 0;
        } else {
          if (pendingBlank) {
            out.append('\n');
            pendingBlank = false;
          }
          out.append(trimmed).append('\n');
        }
        i += i == n ? 1 : Character.charCount(cp);
        continue;
      }
      if (cp == 0x17C1 && i + 1 < n && (nfc.charAt(i + 1) == '\u17B8' || nfc.charAt(i + 1) == '\u17B6')) {
        line.append(nfc.charAt(i + 1) == '\u17B8' ? '\u17BE' : '\u17C4');
        i += 2;
        continue;
      }
      if (cp != 0x200B && cp != 0xFEFF && !isControl(cp)) {
        if (isSpace(cp)) {
          if (line.length() == indent) {
            line.append(' '); // leading indentation, kept only for list items
            indent++;
          } else if (line.charAt(line.length() - 1) != ' ') {
            line.append(' ');
          }
        } else {
          line.appendCodePoint(cp);
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** The Khmer split vowels of a text folded as {@link #normalize} does, and nothing else. */
  public static String foldKhmerVowels(String text) {
    if (text.indexOf('\u17C1') < 0) {
      return text;
    }
    return text.replace("\u17C1\u17B8", "\u17BE").replace("\u17C1\u17B6", "\u17C4");
  }

  private static final Pattern LIST_ITEM =
      Pattern.compile("(?:[-*+]|\\d{1,3}[.)]|[a-z]{1,2}[.)]|[A-Z]{1,2}[.)]|[ivxlcdm]{1,6}[.)]|[IVXLCDM]{1,6}[.)]) ");

  private static boolean isLineBreak(int cp) {
    return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C
        || cp == 0x85;
  }

  /**
   * A control character that is neither a space nor a line break (ESC, NUL, BEL, DEL, the C1
   * set): no policy holds one, and on a terminal an ESC sequence can rewrite what is shown.
   */
  public static boolean isControl(int cp) {
    return Character.getType(cp) == Character.CONTROL && !isSpace(cp) && !isLineBreak(cp);
  }

  /** Whitespace as a reader sees it, including no-break and other Unicode spaces. */
  static boolean isSpace(int cp) {
    return cp == '\t' || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  /**
   * The text with every kind of double quote (“ ” „ ‟ « » ″) turned into {@code "} and every
   * single quote (‘ ’ ‚ ‛ ‹ › ′) into {@code '}, one character for one, so offsets found in
   * the folded text are offsets in the original.
   */
  public static String foldQuotes(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      switch (c[i]) {
        case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> c[i] = '"';
        case '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A', '\u2032' -> c[i] = '\'';
        default -> { }
      }
    }
    return new String(c);
  }
}
