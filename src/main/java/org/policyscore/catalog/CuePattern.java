package org.policyscore.catalog;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a cue written in the catalogue becomes a regular expression. A cue between slashes is a
 * regular expression as written; any other cue is a phrase, matched case-insensitively with any
 * run of white space between its words. Both are compiled with Unicode case and character
 * classes, so that {@code \d} also matches Khmer digits.
 */
public final class CuePattern {
  public static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private CuePattern() {}

  public static boolean isRegex(String cue) {
    return cue.length() >= 2 && cue.startsWith("/") && cue.endsWith("/");
  }

  /** The regular-expression source of a cue (not compiled). */
  public static String source(String cue) {
    if (isRegex(cue)) {
      return cue.substring(1, cue.length() - 1);
    }
    String[] words = cue.strip().split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        out.append("\\s+");
      }
      out.append(Pattern.quote(words[i]));
    }
    return out.toString();
  }

  /** Compiles a cue; throws {@link PatternSyntaxException} for a malformed regular expression. */
  public static Pattern compile(String cue) {
    return Pattern.compile(source(cue), FLAGS);
  }
}
