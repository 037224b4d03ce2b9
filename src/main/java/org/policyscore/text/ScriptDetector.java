package org.policyscore.text;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Which script a paragraph is written in, by counting its letters and combining marks (Khmer,
 * Latin, other); digits and punctuation do not count. A paragraph is MIXED when the minority script
 * has at least {@value #MIXED_SHARE_PERCENT}% of the letters: Khmer policies often carry
 * English names (SIM, Smart, URLs) that should not make a Khmer paragraph "mixed".
 */
public final class ScriptDetector {
  private ScriptDetector() {}

  static final int MIXED_SHARE_PERCENT = 30;

  /** Letter counts of one piece of text. */
  public record Counts(int khmer, int latin, int other) {
    public int letters() {
      return khmer + latin + other;
    }
  }

  /** One paragraph (a block of the Markdown text) and its script. */
  public record Paragraph(int index, String text, Script script) {}

  public static Counts count(CharSequence text) {
    int khmer = 0;
    int latin = 0;
    int other = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      // Khmer vowel signs and subscripts are marks, not letters, but they are Khmer writing.
      int type = Character.getType(cp);
      if (!Character.isLetter(cp) && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
        continue;
      }
      switch (UScript.getScript(cp)) {
        case UScript.KHMER -> khmer++;
        case UScript.LATIN -> latin++;
        default -> other++;
      }
    }
    return new Counts(khmer, latin, other);
  }

  public static Script detect(CharSequence text) {
    Counts c = count(text);
    int total = c.letters();
    if (total == 0) {
      return Script.NONE;
    }
    int max = Math.max(c.khmer(), Math.max(c.latin(), c.other()));
    if ((total - max) * 100 >= total * MIXED_SHARE_PERCENT) {
      return Script.MIXED;
    }
    if (max == c.khmer()) {
      return Script.KHMER;
    }
    return max == c.latin() ? Script.LATIN : Script.OTHER;
  }

  /** The script of each paragraph (blocks separated by a blank line), in order. */
  public static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int index = 0;
    for (String block : text.split("\n\\s*\n")) {
      String b = block.strip();
      if (!b.isEmpty()) {
        out.add(new Paragraph(index++, b, detect(b)));
      }
    }
    return out;
  }
}
