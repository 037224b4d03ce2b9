package org.policyscore.extract;

/**
 * Character similarity of an extracted text to the text it should be, as the corpus tests and
 * the benchmark measure it: 1 - (edit distance / longer length), over code points, after
 * removing white space and Markdown marks (#, list dashes, table pipes and rules), so that line
 * breaks, layout and Markdown styling do not count but every lost, added or reordered character
 * does. White space inside a Khmer word is counted apart, by {@link #brokenClusters}.
 */
final class TextSimilarity {
  private TextSimilarity() {}

  static double of(String expected, String actual) {
    int[] a = canonical(expected).codePoints().toArray();
    int[] b = canonical(actual).codePoints().toArray();
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length; j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return 1.0 - (double) prev[b.length] / Math.max(a.length, b.length);
  }

  static String canonical(String markdown) {
    StringBuilder out = new StringBuilder();
    for (String raw : markdown.split("\n")) {
      String line = raw.strip();
      if (line.matches("\\|[\\s\\-|]+\\|")) {
        continue;
      }
      line = line.replaceFirst("^#+\\s+", "").replaceFirst("^(?:[-*\u2022]|\\d+[.)])\\s+", "").replace("|", "");
      out.append(line);
    }
    return out.toString().replaceAll("\\s+", "");
  }

  static long replacementChars(String text) {
    return text.chars().filter(c -> c == 0xFFFD).count();
  }

  /** White space where no word can end: before a Khmer mark or after a coeng. */
  static long brokenClusters(String text) {
    long n = 0;
    for (int i = 1; i + 1 < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        int next = text.codePointAt(i + 1);
        int type = Character.getType(next);
        boolean mark = next >= 0x1780 && next <= 0x17FF
            && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
        if (mark || text.charAt(i - 1) == '\u17D2') {
          n++;
        }
      }
    }
    return n;
  }
}
