package org.policyscore.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Compares two versions of a policy, sentence by sentence.
 *
 * <p>Units (headings and sentences) are aligned on their comparison keys with a Myers diff, so
 * layout, white space and quote style never count as change. Inside each changed stretch, an
 * older and a newer unit are paired as "changed" when they share enough words (so a reworded
 * sentence is one change, not a removal and an addition); the rest are removed or added.
 * Finally a removed unit that reappears, the same or nearly, elsewhere is "moved".
 */
public final class PolicyDiff {
  /** Word overlap above which two units in the same changed stretch are one reworded unit. */
  static final double PAIR = 0.4;
  /** Word overlap above which a unit removed here and added there is one moved unit. */
  static final double MOVE = 0.75;
  /** Bounds the pairing work on one stretch (cells); beyond it units are left unpaired. */
  private static final long MAX_CELLS = 250_000;
  /** Bounds near-equal move matching (pairs compared). */
  private static final long MAX_MOVE_PAIRS = 1_000_000;

  private final List<Unit> a;
  private final List<Unit> b;
  private final List<Words.Word>[] wordsA;
  private final List<Words.Word>[] wordsB;
  private final Words words = new Words();

  @SuppressWarnings("unchecked")
  private PolicyDiff(List<Unit> a, List<Unit> b) {
    this.a = a;
    this.b = b;
    this.wordsA = new List[a.size()];
    this.wordsB = new List[b.size()];
  }

  public static DiffResult compare(TextSide before, TextSide after) {
    // the two texts are split into sentences at the same time (a splitter each: ICU's
    // iterators are not shared between threads)
    CompletableFuture<List<Unit>> older = CompletableFuture.supplyAsync(() -> new UnitSplitter().split(before.text()));
    List<Unit> newer = new UnitSplitter().split(after.text());
    PolicyDiff d = new PolicyDiff(older.join(), newer);
    return new DiffResult(before, after, d.rows());
  }

  /** An aligned step: a (older) index, b (newer) index, -1 where the unit is on one side only. */
  private record Step(int ai, int bi) {}

  private List<DiffRow> rows() {
    List<String> keysA = a.stream().map(Unit::key).toList();
    List<String> keysB = b.stream().map(Unit::key).toList();
    List<Step> steps = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(keysA, keysB).getDeltas()) {
      int si = d.getSource().getPosition();
      int ti = d.getTarget().getPosition();
      while (i < si) {
        steps.add(new Step(i++, j++));
      }
      j = ti;
      pair(si, si + d.getSource().size(), ti, ti + d.getTarget().size(), steps);
      i = si + d.getSource().size();
      j = ti + d.getTarget().size();
    }
    while (i < a.size()) {
      steps.add(new Step(i++, j++));
    }
    Map<Integer, Integer> moves = findMoves(steps);
    Map<Integer, Integer> movedTo = new HashMap<>();
    moves.forEach((bi, ai) -> movedTo.put(ai, bi));

    List<DiffRow> rows = new ArrayList<>(steps.size());
    for (Step s : steps) {
      if (s.ai >= 0 && s.bi >= 0) {
        Unit ua = a.get(s.ai);
        Unit ub = b.get(s.bi);
        if (ua.key().equals(ub.key())) {
          rows.add(new DiffRow(DiffRow.Kind.SAME, ua, ub, List.of(), ub.section(), ""));
        } else {
          rows.add(new DiffRow(DiffRow.Kind.CHANGED, ua, ub, WordDiff.spans(wordsA(s.ai), wordsB(s.bi)),
              ub.section(), ""));
        }
      } else if (s.ai >= 0) {
        Integer to = movedTo.get(s.ai);
        Unit ua = a.get(s.ai);
        if (to == null) {
          rows.add(new DiffRow(DiffRow.Kind.REMOVED, ua, null, List.of(), ua.section(), ""));
        } else {
          int h = headingOf(a, s.ai);
          String shownUnder = h >= 0 && movedTo.containsKey(h) ? (h == 0 ? "" : a.get(h - 1).section()) : ua.section();
          rows.add(new DiffRow(DiffRow.Kind.MOVED_AWAY, ua, b.get(to), List.of(), shownUnder,
              place(b, to, moves.keySet())));
        }
      } else {
        Integer from = moves.get(s.bi);
        Unit ub = b.get(s.bi);
        if (from == null) {
          rows.add(new DiffRow(DiffRow.Kind.ADDED, null, ub, List.of(), ub.section(), ""));
        } else {
          Unit ua = a.get(from);
          List<Span> spans = ua.key().equals(ub.key())
              ? List.of() : WordDiff.spans(wordsA(from), wordsB(s.bi));
          rows.add(new DiffRow(DiffRow.Kind.MOVED, ua, ub, spans, ub.section(),
              place(a, from, movedTo.keySet())));
        }
      }
    }
    return rows;
  }

  /**
   * Where a moved unit stands in {@code units}: its section, or, when its whole section moved
   * with it ({@code moved} holds the indices that moved), the section it follows.
   */
  private static String place(List<Unit> units, int i, java.util.Set<Integer> moved) {
    int h = headingOf(units, i);
    if (h >= 0 && moved.contains(h)) {
      String before = h == 0 ? "" : units.get(h - 1).section();
      return before.isEmpty() ? "the beginning" : "after § " + before;
    }
    String section = units.get(i).section();
    return section.isEmpty() ? "the beginning" : "§ " + section;
  }

  /** The index of the heading a unit stands under (itself, for a heading); -1 if none. */
  private static int headingOf(List<Unit> units, int i) {
    for (int k = i; k >= 0; k--) {
      if (units.get(k).heading()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Pairs the units of one changed stretch, keeping order, so that the total word overlap of
   * the pairs is greatest (a small sequence alignment); unpaired units stay one-sided.
   */
  private void pair(int a0, int a1, int b0, int b1, List<Step> steps) {
    int m = a1 - a0;
    int n = b1 - b0;
    if (m == 0 || n == 0) {
      for (int x = a0; x < a1; x++) {
        steps.add(new Step(x, -1));
      }
      for (int y = b0; y < b1; y++) {
        steps.add(new Step(-1, y));
      }
      return;
    }
    if ((long) m * n > MAX_CELLS) {
      pairGreedily(a0, a1, b0, b1, steps);
      return;
    }
    double[][] best = new double[m + 1][n + 1];
    double[][] sim = new double[m][n];
    for (int x = 1; x <= m; x++) {
      for (int y = 1; y <= n; y++) {
        Unit ua = a.get(a0 + x - 1);
        Unit ub = b.get(b0 + y - 1);
        double s = ua.heading() == ub.heading()
            ? Words.similarity(wordsA(a0 + x - 1), wordsB(b0 + y - 1)) : 0;
        sim[x - 1][y - 1] = s;
        double diag = s >= PAIR ? best[x - 1][y - 1] + s : -1;
        best[x][y] = Math.max(Math.max(best[x - 1][y], best[x][y - 1]), diag);
      }
    }
    List<Step> back = new ArrayList<>();
    int x = m;
    int y = n;
    while (x > 0 || y > 0) {
      if (x > 0 && y > 0 && sim[x - 1][y - 1] >= PAIR
          && best[x][y] == best[x - 1][y - 1] + sim[x - 1][y - 1]) {
        back.add(new Step(a0 + x - 1, b0 + y - 1));
        x--;
        y--;
      } else if (y > 0 && (x == 0 || best[x][y] == best[x][y - 1])) {
        back.add(new Step(-1, b0 + y - 1));
        y--;
      } else {
        back.add(new Step(a0 + x - 1, -1));
        x--;
      }
    }
    // Reading order: within a run of one-sided units, older (removed) ones first.
    for (int k = back.size() - 1; k >= 0; k--) {
      steps.add(back.get(k));
    }
  }

  /**
   * For a very long changed stretch (a policy rewritten throughout): pairs each older unit with
   * the most alike of the next few newer ones, keeping order. Linear, and close to the full
   * alignment when the order of clauses is mostly kept.
   */
  private void pairGreedily(int a0, int a1, int b0, int b1, List<Step> steps) {
    final int window = 16;
    int y = b0;
    for (int x = a0; x < a1; x++) {
      int bestY = -1;
      double bestSim = PAIR;
      for (int k = y; k < Math.min(b1, y + window); k++) {
        if (a.get(x).heading() != b.get(k).heading()) {
          continue;
        }
        double sim = Words.similarity(wordsA(x), wordsB(k));
        if (sim >= bestSim) {
          bestSim = sim;
          bestY = k;
        }
      }
      if (bestY < 0) {
        steps.add(new Step(x, -1));
        continue;
      }
      while (y < bestY) {
        steps.add(new Step(-1, y++));
      }
      steps.add(new Step(x, y++));
    }
    while (y < b1) {
      steps.add(new Step(-1, y++));
    }
  }

  /** Newer index to older index, for units removed in one place and added in another. */
  private Map<Integer, Integer> findMoves(List<Step> steps) {
    List<Integer> removed = new ArrayList<>();
    List<Integer> added = new ArrayList<>();
    for (Step s : steps) {
      if (s.bi < 0) {
        removed.add(s.ai);
      } else if (s.ai < 0) {
        added.add(s.bi);
      }
    }
    // Only a sentence that occurs once in each version can be said to have moved; a clause
    // repeated through the policy ("This applies to all plans.") added here and removed there
    // is an addition and a removal.
    Map<String, Integer> countA = new HashMap<>();
    Map<String, Integer> countB = new HashMap<>();
    a.forEach(u -> countA.merge(u.key(), 1, Integer::sum));
    b.forEach(u -> countB.merge(u.key(), 1, Integer::sum));
    Map<Integer, Integer> moves = new HashMap<>();
    Map<String, Integer> removedByKey = new HashMap<>();
    List<Integer> left = new ArrayList<>();
    for (int ai : removed) {
      if (countA.get(a.get(ai).key()) == 1) {
        removedByKey.put(a.get(ai).key(), ai);
        left.add(ai);
      }
    }
    List<Integer> unmatched = new ArrayList<>();
    for (int bi : added) {
      String key = b.get(bi).key();
      if (countB.get(key) != 1) {
        continue;
      }
      Integer same = removedByKey.get(key);
      if (same != null) {
        moves.put(bi, same);
        left.remove(same);
      } else {
        unmatched.add(bi);
      }
    }
    if ((long) left.size() * unmatched.size() > MAX_MOVE_PAIRS) {
      return moves;
    }
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (int bi : unmatched) {
      int bestA = -1;
      double bestSim = MOVE;
      for (int ai : left) {
        if (taken.contains(ai) || a.get(ai).heading() != b.get(bi).heading()) {
          continue;
        }
        double s = Words.similarity(wordsA(ai), wordsB(bi));
        if (s >= bestSim) {
          bestSim = s;
          bestA = ai;
        }
      }
      if (bestA >= 0) {
        moves.put(bi, bestA);
        taken.add(bestA);
      }
    }
    return moves;
  }

  private List<Words.Word> wordsA(int i) {
    if (wordsA[i] == null) {
      wordsA[i] = words.split(a.get(i).text());
    }
    return wordsA[i];
  }

  private List<Words.Word> wordsB(int i) {
    if (wordsB[i] == null) {
      wordsB[i] = words.split(b.get(i).text());
    }
    return wordsB[i];
  }
}
