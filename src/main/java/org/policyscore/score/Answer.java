package org.policyscore.score;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** An answer to one element, as a researcher gives it. */
public enum Answer {
  YES("yes"),
  PARTIAL("partial"),
  NO("no"),
  NO_DISCLOSURE_FOUND("no disclosure found"),
  NOT_APPLICABLE("N/A");

  /** What each answer is written as, and the other spellings accepted on reading. */
  public static final String SPELLINGS =
      "yes (or full), partial, no, no disclosure found (or ndf), N/A (or NA, n/a)";

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final String csvName;

  Answer(String csvName) {
    this.csvName = csvName;
  }

  public String csvName() {
    return csvName;
  }

  /** Accepts any case and surrounding spaces; empty for text that is not an answer. */
  public static Optional<Answer> parse(String text) {
    Optional<Answer> exact = spelling(text);
    // most files spell answers exactly; only the others need their spaces and case folded
    return exact.isPresent() ? exact : spelling(SPACES.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" "));
  }

  private static Optional<Answer> spelling(String t) {
    return switch (t) {
      case "yes", "full" -> Optional.of(YES);
      case "partial" -> Optional.of(PARTIAL);
      case "no" -> Optional.of(NO);
      case "no disclosure found", "ndf" -> Optional.of(NO_DISCLOSURE_FOUND);
      case "n/a", "na", "N/A", "NA" -> Optional.of(NOT_APPLICABLE);
      default -> Optional.empty();
    };
  }

  /**
   * RDR's points: yes 100, partial 50, no 0, no disclosure found 0; reversed elements score
   * yes 0 and no 100. N/A has no points: it leaves the element out of the average.
   */
  public OptionalDouble points(boolean reversed) {
    return switch (this) {
      case YES -> OptionalDouble.of(reversed ? 0 : 100);
      case PARTIAL -> OptionalDouble.of(50);
      case NO -> OptionalDouble.of(reversed ? 100 : 0);
      case NO_DISCLOSURE_FOUND -> OptionalDouble.of(0);
      case NOT_APPLICABLE -> OptionalDouble.empty();
    };
  }
}
