package org.policyscore.diff;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text (Markdown or plain) into units: every line is a block (extracted text versions
 * put one paragraph, heading or clause per line); a heading line is one unit; other lines are
 * split into sentences with ICU's sentence rules, which break English at full stops (not after
 * "Mr." or "e.g.") and Khmer at ។ and ៕.
 */
final class UnitSplitter {
  /** Markdown block markup that is layout, not wording: {@code #}, list bullets, quotes. */
  private static final Pattern MARKUP = Pattern.compile("^(?:#{1,6}\\s+|[-*+>]\\s+|>\\s*)+");
  /**
   * A clause number at the start of a unit ("4.", "4.1", "(b)", "iv.", "៤."): renumbering
   * after an inserted clause is not a change in wording.
   */
  private static final Pattern NUMBER = Pattern.compile(
      "^\\(?(?:[0-9០-៩]{1,3}(?:\\.[0-9០-៩]{1,3})*[.)]|[0-9០-៩]{1,3}(?:\\.[0-9០-៩]{1,3})+|[ivxlcdm]{1,6}[.)]|[a-zក-អ][.)])(?:\\s+|$)",
      Pattern.CASE_INSENSITIVE);
  private static final String CLOSING = ".!?;:។៕\"'”’»)";
  private static final int MAX_HEADING = 100;
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");

  private final BreakIterator sentences =
      BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

  List<Unit> split(String text) {
    // A Markdown text marks its headings; only plain text needs them guessed.
    boolean markdown = MARKDOWN_HEADING.matcher(text).find();
    List<Unit> units = new ArrayList<>();
    String section = "";
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? text.length() : nl;
      String line = text.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        if (markdown ? line.stripLeading().startsWith("#") : isHeading(line)) {
          int s = lineStart + leading(line);
          int e = lineStart + trailing(line);
          String written = text.substring(s, e);
          String title = stripMarkup(written);
          units.add(new Unit(units.size(), true, title, key(title), s, e, title));
          section = title;
        } else {
          addSentences(text, lineStart, line, section, units);
        }
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return units;
  }

  private void addSentences(String text, int lineStart, String line, String section, List<Unit> units) {
    sentences.setText(line);
    int s = sentences.first();
    for (int e = sentences.next(); e != BreakIterator.DONE; s = e, e = sentences.next()) {
      String piece = line.substring(s, e);
      if (piece.isBlank()) {
        continue;
      }
      int from = lineStart + s + leading(piece);
      int to = lineStart + s + trailing(piece);
      String written = text.substring(from, to);
      String wording = stripMarkup(written);
      String key = key(wording);
      if (key.isEmpty()) {
        continue;
      }
      units.add(new Unit(units.size(), false, wording, key, from, to, section));
    }
  }

  /** The comparison key of a unit: its wording without markup or clause number. */
  static String key(String withoutMarkup) {
    String rest = Comparison.key(NUMBER.matcher(withoutMarkup.strip()).replaceFirst(""));
    return rest.isEmpty() ? Comparison.key(withoutMarkup) : rest;
  }

  static boolean isHeading(String line) {
    String t = line.strip();
    if (t.startsWith("#")) {
      return true;
    }
    if (t.length() > MAX_HEADING || t.startsWith("-") || t.startsWith("*") || t.startsWith("|")) {
      return false;
    }
    int last = t.codePointBefore(t.length());
    return CLOSING.indexOf(last) < 0 && Character.isLetterOrDigit(t.codePointAt(0));
  }

  static String stripMarkup(String written) {
    Matcher m = MARKUP.matcher(written.strip());
    return m.replaceFirst("").strip();
  }

  private static int leading(String s) {
    int i = 0;
    while (i < s.length() && Comparison.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trailing(String s) {
    int i = s.length();
    while (i > 0 && Comparison.isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
