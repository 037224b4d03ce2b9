package org.policyscore.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyscore.catalog.CuePattern;

/**
 * The cues written as regular expressions, each matched on a sentence with its white space,
 * quotes and zero-width characters folded ({@link NormalisedText}). Java's regex engine
 * backtracks, so a careless pattern ({@code ((a+)+)+!}) can take exponential time on one
 * sentence: every match runs under a budget of character reads proportional to the
 * sentence's length, and a cue that exceeds it matches nothing there and is reported.
 */
final class RegexCues {
  /** Character reads allowed per character of the sentence (plus a floor). */
  static final int READS_PER_CHAR = 400;
  static final int MIN_READS = 100_000;

  private final int[] cues;
  private final Pattern[] patterns;

  private RegexCues(int[] cues, Pattern[] patterns) {
    this.cues = cues;
    this.patterns = patterns;
  }

  static final class Builder {
    private final List<Integer> cues = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    void add(int cue, String source) {
      cues.add(cue);
      patterns.add(Pattern.compile(NormalisedText.of(source), CuePattern.FLAGS));
    }

    RegexCues build() {
      return new RegexCues(cues.stream().mapToInt(Integer::intValue).toArray(), patterns.toArray(Pattern[]::new));
    }
  }

  boolean isEmpty() {
    return cues.length == 0;
  }

  /** Marks (bit 1) each cue that matches the sentence; reports each that ran out of budget. */
  void match(CharSequence text, int from, int to, CueMarker marker, IntConsumer overBudget) {
    if (cues.length == 0) {
      return;
    }
    String normalised = NormalisedText.of(text, from, to).text();
    for (int r = 0; r < cues.length; r++) {
      Budgeted input = new Budgeted(normalised, Math.max(MIN_READS, (long) READS_PER_CHAR * normalised.length()));
      try {
        if (patterns[r].matcher(input).find()) {
          marker.mark(cues[r], 1);
        }
      } catch (OverBudget e) {
        overBudget.accept(cues[r]);
      }
    }
  }

  /** Receives a matched cue. */
  interface CueMarker {
    void mark(int cue, int bits);
  }

  private static final class OverBudget extends RuntimeException {
    OverBudget() {
      super(null, null, false, false);
    }
  }

  /** A string that counts the characters read from it and gives up past a limit. */
  private static final class Budgeted implements CharSequence {
    private final String s;
    private long left;

    Budgeted(String s, long reads) {
      this.s = s;
      this.left = reads;
    }

    @Override
    public char charAt(int index) {
      if (--left < 0) {
        throw new OverBudget();
      }
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return s.substring(start, end);
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
