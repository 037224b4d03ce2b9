package org.policyscore.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A date a policy states about itself ("Last updated: 1 March 2026", "ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖
 * ថ្ងៃទី១ ខែមីនា ឆ្នាំ២០២៦"). It is the company's claim, not something the tool observed: the
 * dates the tool can vouch for are those it retrieved a copy on.
 *
 * @param kind what the date is said to be
 * @param date ISO 8601: {@code 2026-03-01}, or {@code 2026-03} when the policy names no day
 * @param asWritten the words as the policy writes them, from the phrase to the end of the date
 */
public record StatedDate(Kind kind, String date, String asWritten) {

  /** What a stated date is said to mark. */
  public enum Kind {
    /** "last updated", "last modified", "last revised", "ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ"... */
    LAST_UPDATED("last updated"),
    /** "effective", "in force from", "ចូលជាធរមាន", "មានប្រសិទ្ធភាព"... */
    EFFECTIVE("effective");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** As written in text versions' records and shown to people. */
    public String label() {
      return label;
    }

    public static Optional<Kind> parse(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }
  }

  public StatedDate {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(asWritten);
    if (!date.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
      throw new IllegalArgumentException("not an ISO date: " + date);
    }
  }

  static StatedDate of(Kind kind, LocalDate day, String asWritten) {
    return new StatedDate(kind, day.toString(), asWritten);
  }

  static StatedDate of(Kind kind, YearMonth month, String asWritten) {
    return new StatedDate(kind, month.toString(), asWritten);
  }

  /** "last updated 2026-03-01 (“Last updated: 1 March 2026”)". */
  public String describe() {
    return kind.label() + " " + date + " (\u201C" + asWritten + "\u201D)";
  }
}
