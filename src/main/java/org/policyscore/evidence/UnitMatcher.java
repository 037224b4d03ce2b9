package org.policyscore.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The matching state while a text is read unit by unit: which parts of which cues the current
 * unit has, and which its context has (the section's heading, the sentence before it or the
 * list's lead-in). Reused across the units of one text; not thread-safe. Kept to plain arrays
 * and swaps, since a policy is usually read once, mostly before the JIT compiler has looked at
 * this code.
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
  private Masks current;
  private Masks heading;
  private Masks previous;
  private final Tokenizer.Lexicon lexicon;
  /** the unit in which each part was last found, so that a part marks its cues once per unit */
  private final int[] partSeenIn;
  private final int[] elementSeenIn;
  private final int[] bestCue;
  private final int[] bestWeight;
  private final int[] cueCount;
  private final int[] elementOrder;
  private final int[][] members;
  private int unit;
  private int state;

  UnitMatcher(EvidenceFinder.CompiledCues l, Set<String> overBudget) {
    this.l = l;
    this.overBudget = overBudget;
    int cues = l.cues.size();
    this.current = new Masks(cues);
    this.heading = new Masks(cues);
    this.previous = new Masks(cues);
    this.lexicon = l.vocabulary.reader();
    this.partSeenIn = new int[l.partCount()];
    int elements = l.elementIds.size();
    this.elementSeenIn = new int[elements];
    this.bestCue = new int[elements];
    this.bestWeight = new int[elements];
    this.cueCount = new int[elements];
    this.elementOrder = new int[elements];
    this.members = l.members;
  }

  /** Reads one unit, replacing the previous unit's parts. */
  void read(char[] text, String original, int from, int to) {
    current.clear();
    unit++;
    state = CueAutomaton.ROOT;
    Tokenizer.scan(text, from, to, lexicon, this);
    if (!l.regex.isEmpty()) {
      Masks m = current;
      l.regex.match(original, from, to, m::mark,
          cue -> overBudget.add(l.cues.get(cue).text() + " (" + l.cues.get(cue).elementId() + ")"));
    }
  }

  void keepAsHeading() {
    Masks t = heading;
    heading = current;
    current = t;
  }

  void keepAsPrevious() {
    Masks t = previous;
    previous = current;
    current = t;
  }

  void forgetPrevious() {
    previous.clear();
  }

  /**
   * The elements the current unit matches, in cue order. With context, the heading may supply
   * any parts of a cue of two or more parts but one, and the previous unit one more.
   */
  Map<String, Match> matches(boolean withContext) {
    Masks cur = current;
    if (cur.count == 0) {
      return Map.of();
    }
    int[] fullMasks = l.fullMasks;
    int[] vetoMasks = l.vetoMasks;
    int[] partCounts = l.partCounts;
    int[] elementOf = l.elementOf;
    int found = 0;
    for (int k = 0; k < cur.count; k++) {
      int cue = cur.touched[k];
      int own = cur.masks[cue];
      int full = fullMasks[cue];
      if ((own & vetoMasks[cue]) != 0 || (own & full) == 0) {
        continue;
      }
      boolean self = (own & full) == full;
      if (!self) {
        if (!withContext || partCounts[cue] < 2) {
          continue;
        }
        int missing = full & ~own & ~heading.masks[cue];
        if (!(missing == 0 || (Integer.bitCount(missing) == 1 && (missing & previous.masks[cue]) != 0))) {
          continue;
        }
      }
      int weight = (self ? 100 : 40) + 8 * Math.min(partCounts[cue], 4);
      int e = elementOf[cue];
      if (elementSeenIn[e] != unit) {
        elementSeenIn[e] = unit;
        elementOrder[found++] = e;
        bestCue[e] = cue;
        bestWeight[e] = weight;
        cueCount[e] = 1;
      } else {
        cueCount[e]++;
        if (weight > bestWeight[e]) {
          bestWeight[e] = weight;
          bestCue[e] = cue;
        }
      }
    }
    if (found == 0) {
      return Map.of();
    }
    Map<String, Match> out = new LinkedHashMap<>();
    for (int i = 0; i < found; i++) {
      int e = elementOrder[i];
      // more cues of the same element agreeing make a better quote
      out.put(l.elementIds.get(e), new Match(bestCue[e], cueCount[e], bestWeight[e] + 4 * Math.min(cueCount[e] - 1, 5)));
    }
    return out;
  }

  @Override
  public void word(int token) {
    state = l.automaton.step(state, token);
    int[] parts = l.automaton.outputs(state);
    for (int i = 0; i < parts.length; i++) {
      int part = parts[i];
      if (partSeenIn[part] != unit) {
        partSeenIn[part] = unit;
        int[] of = members[part];
        Masks cur = current;
        for (int j = 0; j < of.length; j++) {
          int member = of[j];
          cur.mark(member >>> 5, 1 << (member & 31));
        }
      }
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
  }
}
