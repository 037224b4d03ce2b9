package org.policyscore.cli;

import java.util.OptionalInt;
import org.policyscore.study.Study;

/**
 * {@code --year} as every command reads it: a year from {@link Study#FIRST_YEAR} to {@link
 * Study#LAST_YEAR}, as a study file may name; anything else is a usage error with one line
 * saying so (never a folder {@code reports/<study>/-1/}).
 */
final class Years {
  static final String HELP = "Which year, " + Study.FIRST_YEAR + " to " + Study.LAST_YEAR;

  private Years() {}

  /** The year given, or empty when {@code --year} was not given. */
  static OptionalInt parse(String text) throws UsageException {
    if (text == null) {
      return OptionalInt.empty();
    }
    String t = text.strip();
    int year;
    try {
      year = Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new UsageException(problem(text));
    }
    if (!t.matches("\\d{4}") || year < Study.FIRST_YEAR || year > Study.LAST_YEAR) {
      throw new UsageException(problem(text));
    }
    return OptionalInt.of(year);
  }

  private static String problem(String text) {
    return "--year must be a year from " + Study.FIRST_YEAR + " to " + Study.LAST_YEAR + ", not '" + text + "'";
  }
}
