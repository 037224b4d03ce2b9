package org.policyscore.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The matching state while a text is read unit by unit: which parts of which cues the current
 * unit has, and which its context has (the section's heading, the sentence before it or the
 * list's lead-in). Reused across the units of one text; not thread-safe.
 */
final class UnitMatcher implements Tokenizer.Sink {
  /**
   * The best cue of an element in a unit.
   *
   * @param cue the index of the cue that gave the weight
   * @param cueCount how many cues of the element matched
   * @param weight how specific the match is, for ranking quotes (higher is better)
   */
  record Match(int cue, int cueCount, int weight) {}

  private final EvidenceFinder.CompiledCues l;
  private final Set<String> overBudget;
  private final Masks current;
  private final Masks heading;
  private final Masks previous;
  private final Tokenizer.Lexicon lexicon;
  private int state;

  UnitMatcher(EvidenceFinder.CompiledCues l, Set<String> overBudget) {
    this.l = l;
    this.overBudget = overBudget;
    this.current = new Masks(l.cues.size());
    this.heading = new Masks(l.cues.size());
    this.previous = new Masks(l.cues.size());
    this.lexicon = l.vocabulary.reader();
  }

  /** Reads one unit, replacing the previous unit's parts. */
  void read(CharSequence text, int from, int to) {
    current.clear();
    state = CueAutomaton.ROOT;
    Tokenizer.scan(text, from, to, lexicon, this);
    l.regex.match(text, from, to, current::mark, cue -> overBudget.add(l.cues.get(cue).text() + " (" + l.cues.get(cue).elementId() + ")"));
  }

  void keepAsHeading() {
    heading.copyFrom(current);
  }

  void keepAsPrevious() {
    previous.copyFrom(current);
  }

  void forgetPrevious() {
    previous.clear();
  }

  /**
   * The elements the current unit matches, in cue order. With context, the heading may supply
   * any parts of a cue of two or more parts but one, and the previous unit one more.
   */
  Map<String, Match> matches(boolean withContext) {
    Map<String, Match> out = new LinkedHashMap<>();
    for (int k = 0; k < current.count; k++) {
      int cue = current.touched[k];
      EvidenceFinder.CompiledCues.Cue c = l.cues.get(cue);
      int own = current.masks[cue];
      if ((own & c.vetoMask()) != 0 || (own & c.fullMask()) == 0) {
        continue;
      }
      boolean self = (own & c.fullMask()) == c.fullMask();
      if (!self) {
        if (!withContext || c.parts() < 2) {
          continue;
        }
        int missing = c.fullMask() & ~own & ~heading.masks[cue];
        if (!(missing == 0 || (Integer.bitCount(missing) == 1 && (missing & previous.masks[cue]) != 0))) {
          continue;
        }
      }
      int weight = (self ? 100 : 40) + 8 * Math.min(c.parts(), 4);
      Match prior = out.get(c.elementId());
      out.put(c.elementId(), prior == null ? new Match(cue, 1, weight)
          : new Match(weight > prior.weight() ? cue : prior.cue(), prior.cueCount() + 1, Math.max(weight, prior.weight())));
    }
    // more cues of the same element agreeing make a better quote
    out.replaceAll((id, m) -> new Match(m.cue(), m.cueCount(), m.weight() + 4 * Math.min(m.cueCount() - 1, 5)));
    return out;
  }

  @Override
  public void word(int token) {
    advance(token);
  }

  private void advance(int token) {
    state = l.automaton.step(state, token);
    for (int payload : l.automaton.outputs(state)) {
      current.mark(payload >>> 5, 1 << (payload & 31));
    }
  }

  /** Part bits per cue, with the list of cues touched so that clearing costs what was set. */
  private static final class Masks {
    final int[] masks;
    final int[] touched;
    int count;

    Masks(int cues) {
      masks = new int[cues];
      touched = new int[cues];
    }

    void mark(int cue, int bits) {
      if (masks[cue] == 0) {
        touched[count++] = cue;
      }
      masks[cue] |= bits;
    }

    void clear() {
      for (int k = 0; k < count; k++) {
        masks[touched[k]] = 0;
      }
      count = 0;
    }

    void copyFrom(Masks other) {
      clear();
      for (int k = 0; k < other.count; k++) {
        mark(other.touched[k], other.masks[other.touched[k]]);
      }
    }
  }
}
