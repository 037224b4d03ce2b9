package org.policyscore.evidence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over token ids: every phrase of every cue is found in one pass
 * over a text's tokens, however many cues there are, overlapping matches included.
 */
final class CueAutomaton {
  private final Map<Long, Integer> go;
  private final int[] fail;
  private final int[][] outputs;

  private CueAutomaton(Map<Long, Integer> go, int[] fail, int[][] outputs) {
    this.go = go;
    this.fail = fail;
    this.outputs = outputs;
  }

  static final class Builder {
    private final Map<Long, Integer> go = new HashMap<>();
    private final List<List<Integer>> out = new ArrayList<>(List.of(new ArrayList<>()));
    private final List<List<Integer>> children = new ArrayList<>(List.of(new ArrayList<>()));

    /** Adds a phrase (a token-id sequence) that reports {@code payload} when found. */
    void add(int[] tokens, int payload) {
      int node = 0;
      for (int t : tokens) {
        Integer child = go.get(key(node, t));
        if (child == null) {
          child = out.size();
          out.add(new ArrayList<>());
          children.add(new ArrayList<>());
          go.put(key(node, t), child);
          children.get(node).add(t);
        }
        node = child;
      }
      out.get(node).add(payload);
    }

    CueAutomaton build() {
      int n = out.size();
      int[] fail = new int[n];
      int[][] outputs = new int[n][];
      outputs[0] = toArray(out.get(0));
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      for (int t : children.get(0)) {
        int child = go.get(key(0, t));
        fail[child] = 0;
        queue.add(child);
      }
      for (int child : queue) {
        outputs[child] = toArray(out.get(child));
      }
      while (!queue.isEmpty()) {
        int node = queue.poll();
        for (int t : children.get(node)) {
          int child = go.get(key(node, t));
          int f = fail[node];
          while (f != 0 && !go.containsKey(key(f, t))) {
            f = fail[f];
          }
          Integer target = go.get(key(f, t));
          fail[child] = target == null || target == child ? 0 : target;
          // a node reports its own phrases and those of every suffix that is also a phrase
          List<Integer> merged = new ArrayList<>(out.get(child));
          for (int p : outputs[fail[child]]) {
            merged.add(p);
          }
          outputs[child] = toArray(merged);
          queue.add(child);
        }
      }
      return new CueAutomaton(go, fail, outputs);
    }

    private static int[] toArray(List<Integer> list) {
      return list.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  static final int ROOT = 0;

  /** The state after reading token {@code t} (-1 for a token no cue contains). */
  int step(int state, int t) {
    if (t < 0) {
      return ROOT;
    }
    while (true) {
      Integer next = go.get(key(state, t));
      if (next != null) {
        return next;
      }
      if (state == ROOT) {
        return ROOT;
      }
      state = fail[state];
    }
  }

  /** The payloads of the phrases that end at this state. */
  int[] outputs(int state) {
    return outputs[state];
  }

  int states() {
    return fail.length;
  }

  private static long key(int node, int token) {
    return ((long) node << 32) | (token & 0xffffffffL);
  }

  @Override
  public String toString() {
    return "CueAutomaton[" + states() + " states, " + Arrays.stream(outputs).mapToInt(o -> o.length).sum() + " outputs]";
  }
}
