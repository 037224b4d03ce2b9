package org.policyscore.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause numbers as written in policies, in Latin or Khmer digits: "3", "3.2", "៣.២",
 * "Article 4", "ប្រការ ៤". Khmer digits stay in the text; here they are read as numbers, so an
 * English clause 3.2 and a Khmer clause ៣.២ are the same clause.
 */
public final class Numbers {
  private Numbers() {}

  // \d with UNICODE_CHARACTER_CLASS matches Khmer digits ០-៩ too.
  private static final Pattern CLAUSE = Pattern.compile(
      "^(?:(?:article|clause|section|part|ប្រការ|មាត្រា|ផ្នែក|ជំពូក)\\s*)?"
          + "(\\d{1,3}(?:\\.\\d{1,3}){0,4})([.)]|\\s|$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /** The value of a string of decimal digits in any script, e.g. "១២" is 12. */
  public static int parseDigits(CharSequence digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(i), 10);
      if (d < 0) {
        throw new NumberFormatException("not a digit: '" + digits.charAt(i) + "' in " + digits);
      }
      value = value * 10 + d;
    }
    return value;
  }

  /**
   * The clause number a heading starts with, canonical with Latin digits ("៣.២" gives
   * "3.2"), or empty when it starts with none.
   */
  public static Optional<String> clauseNumber(String line) {
    return clauseNumber(line, false);
  }

  /**
   * Like {@link #clauseNumber(String)}, but for running text: when {@code strict}, a bare
   * number ("30 days") is not a clause; only "3.", "3)", "3.2" or a keyword form are.
   */
  public static Optional<String> clauseNumber(String line, boolean strict) {
    Matcher m = CLAUSE.matcher(line.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    boolean marked = !m.group(2).isBlank() || m.group(1).contains(".")
        || m.start(1) > 0;
    if (strict && !marked) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String part : m.group(1).split("\\.")) {
      parts.add(Integer.toString(parseDigits(part)));
    }
    return Optional.of(String.join(".", parts));
  }
}
