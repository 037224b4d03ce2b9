package org.policyscore.evidence;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The matching state while a text is read unit by unit: which cue parts the current unit has,
 * and which its context has (the section's heading, the sentence before it or the list's
 * lead-in). Words such as "information" are in hundreds of cues, so a part found does not
 * mark every cue that has it: each cue has an anchor, its least common part, and only cues
 * whose anchor is in the unit or its context are looked at, their other parts checked then.
 * Reused across the units of one text; not thread-safe. Kept to plain arrays, since a policy
 * is usually read once, mostly before the JIT compiler has looked at this code.
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
  private final Tokenizer.Lexicon lexicon;
  /** per part: the unit it was last found in, and the heading / previous unit that has it */
  private final int[] partInUnit;
  private final int[] partInHeading;
  private final int[] partInPrevious;
  private final int[] cueLookedAt;
  private final int[] elementSeenIn;
  private final int[] bestCue;
  private final int[] bestWeight;
  private final int[] cueCount;
  private final int[] elementOrder;
  /** parts found in the current unit, and those of the heading and the previous unit */
  private Parts found = new Parts();
  private Parts heading = new Parts();
  private Parts previous = new Parts();
  private int unit;
  private int headingUnit = -1;
  private int previousUnit = -1;
  private int state;

  UnitMatcher(EvidenceFinder.CompiledCues l, Set<String> overBudget) {
    this.l = l;
    this.overBudget = overBudget;
    this.lexicon = l.vocabulary.reader();
    int parts = l.partCount();
    this.partInUnit = new int[parts];
    this.partInHeading = new int[parts];
    this.partInPrevious = new int[parts];
    Arrays.fill(partInUnit, -1);
    Arrays.fill(partInHeading, -1);
    Arrays.fill(partInPrevious, -1);
    this.cueLookedAt = new int[l.cues.size()];
    Arrays.fill(cueLookedAt, -1);
    int elements = l.elementIds.size();
    this.elementSeenIn = new int[elements];
    Arrays.fill(elementSeenIn, -1);
    this.bestCue = new int[elements];
    this.bestWeight = new int[elements];
    this.cueCount = new int[elements];
    this.elementOrder = new int[elements];
  }

  /** Reads one unit, replacing the previous unit's parts. */
  void read(char[] text, String original, int from, int to) {
    unit++;
    found.clear();
    state = CueAutomaton.ROOT;
    Tokenizer.scan(text, from, to, lexicon, this);
    if (!l.regex.isEmpty()) {
      l.regex.match(original, from, to, (cue, bits) -> found(l.regexPart(cue)),
          cue -> overBudget.add(l.cues.get(cue).text() + " (" + l.cues.get(cue).elementId() + ")"));
    }
  }

  void keepAsHeading() {
    headingUnit = unit;
    for (int i = 0; i < found.size; i++) {
      partInHeading[found.ids[i]] = unit;
    }
    Parts t = heading;
    heading = found;
    found = t;
  }

  void keepAsPrevious() {
    previousUnit = unit;
    for (int i = 0; i < found.size; i++) {
      partInPrevious[found.ids[i]] = unit;
    }
    Parts t = previous;
    previous = found;
    found = t;
  }

  void forgetPrevious() {
    previousUnit = -1;
    previous.clear();
  }

  /**
   * The elements the current unit matches, in the order they were found. With context, the
   * heading may supply any parts of a cue of two or more parts but one, and the previous unit
   * one more; the unit itself must have a part.
   */
  Map<String, Match> matches(boolean withContext) {
    if (found.size == 0) {
      return Map.of();
    }
    int elements = 0;
    elements = lookAt(found, withContext, elements);
    if (withContext) {
      if (headingUnit >= 0) {
        elements = lookAt(heading, true, elements);
      }
      if (previousUnit >= 0) {
        elements = lookAt(previous, true, elements);
      }
    }
    if (elements == 0) {
      return Map.of();
    }
    Map<String, Match> out = new LinkedHashMap<>();
    for (int i = 0; i < elements; i++) {
      int e = elementOrder[i];
      // more cues of the same element agreeing make a better quote
      out.put(l.elementIds.get(e), new Match(bestCue[e], cueCount[e], bestWeight[e] + 4 * Math.min(cueCount[e] - 1, 5)));
    }
    return out;
  }

  /** Looks at every cue anchored on one of the parts, once per unit; returns the element count. */
  private int lookAt(Parts anchors, boolean withContext, int elements) {
    int[][] anchored = l.anchored;
    for (int i = 0; i < anchors.size; i++) {
      int[] cues = anchored[anchors.ids[i]];
      for (int k = 0; k < cues.length; k++) {
        int cue = cues[k];
        if (cueLookedAt[cue] != unit) {
          cueLookedAt[cue] = unit;
          elements = lookAt(cue, withContext, elements);
        }
      }
    }
    return elements;
  }

  private int lookAt(int cue, boolean withContext, int elements) {
    int[] parts = l.cueParts[cue];
    int own = 0;
    int inHeading = 0;
    int inPrevious = 0;
    for (int bit = 0; bit < parts.length; bit++) {
      int p = parts[bit];
      if (partInUnit[p] == unit) {
        own |= 1 << bit;
      }
      if (withContext) {
        if (headingUnit >= 0 && partInHeading[p] == headingUnit) {
          inHeading |= 1 << bit;
        }
        if (previousUnit >= 0 && partInPrevious[p] == previousUnit) {
          inPrevious |= 1 << bit;
        }
      }
    }
    int full = l.fullMasks[cue];
    if ((own & l.vetoMasks[cue]) != 0 || (own & full) == 0) {
      return elements;
    }
    boolean self = (own & full) == full;
    if (!self) {
      if (!withContext || l.partCounts[cue] < 2) {
        return elements;
      }
      int missing = full & ~own & ~inHeading;
      if (!(missing == 0 || (Integer.bitCount(missing) == 1 && (missing & inPrevious) != 0))) {
        return elements;
      }
    }
    int weight = (self ? 100 : 40) + 8 * Math.min(l.partCounts[cue], 4);
    int e = l.elementOf[cue];
    if (elementSeenIn[e] != unit) {
      elementSeenIn[e] = unit;
      elementOrder[elements++] = e;
      bestCue[e] = cue;
      bestWeight[e] = weight;
      cueCount[e] = 1;
    } else {
      cueCount[e]++;
      if (weight > bestWeight[e] || (weight == bestWeight[e] && cue < bestCue[e])) {
        bestWeight[e] = weight;
        bestCue[e] = cue;
      }
    }
    return elements;
  }

  @Override
  public void word(int token) {
    state = l.automaton.step(state, token);
    int[] parts = l.automaton.outputs(state);
    for (int i = 0; i < parts.length; i++) {
      found(parts[i]);
    }
  }

  private void found(int part) {
    if (partInUnit[part] != unit) {
      partInUnit[part] = unit;
      found.add(part);
    }
  }

  /** The ids of the parts found in a unit, in order. */
  private static final class Parts {
    int[] ids = new int[64];
    int size;

    void add(int id) {
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    void clear() {
      size = 0;
    }
  }
}
