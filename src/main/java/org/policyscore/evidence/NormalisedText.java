package org.policyscore.evidence;

/**
 * A span of a text version prepared for regular-expression cues: zero-width characters
 * removed, curly quotes and guillemets folded to plain quotes, runs of white space folded to
 * one space and Khmer subscript da folded to subscript ta. {@link #originalOffset} maps every
 * position back to the text version, so quotes are always taken from the original.
 */
final class NormalisedText {
  private final String text;
  private final int[] toOriginal;

  private NormalisedText(String text, int[] toOriginal) {
    this.text = text;
    this.toOriginal = toOriginal;
  }

  static NormalisedText of(CharSequence original, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int[] map = new int[to - from + 1];
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = original.charAt(i);
      if (Tokenizer.isIgnorable(c)) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (!space) {
          map[out.length()] = i;
          out.append(' ');
          space = true;
        }
        continue;
      }
      space = false;
      map[out.length()] = i;
      out.append(fold(c, original, i, to));
    }
    map[out.length()] = to;
    int[] exact = new int[out.length() + 1];
    System.arraycopy(map, 0, exact, 0, exact.length);
    return new NormalisedText(out.toString(), exact);
  }

  static String of(String s) {
    return of(s, 0, s.length()).text();
  }

  private static char fold(char c, CharSequence original, int i, int to) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
      case '\u178A' -> i > 0 && original.charAt(i - 1) == '\u17D2' ? '\u178F' : c;
      default -> c;
    };
  }

  String text() {
    return text;
  }

  /** The offset in the original text of position {@code i} of the normalised text. */
  int originalOffset(int i) {
    return toOriginal[i];
  }
}
