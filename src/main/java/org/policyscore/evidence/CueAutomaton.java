package org.policyscore.evidence;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over token ids: every phrase of every cue is found in one pass
 * over a text's tokens, however many cues there are, overlapping matches included. Transitions
 * live in one open-addressing table of primitive longs, so a step allocates nothing.
 */
final class CueAutomaton {
  static final int ROOT = 0;

  private final long[] keys;
  private final int[] values;
  private final int mask;
  private final int[] fail;
  private final int[][] outputs;

  private CueAutomaton(long[] keys, int[] values, int[] fail, int[][] outputs) {
    this.keys = keys;
    this.values = values;
    this.mask = keys.length - 1;
    this.fail = fail;
    this.outputs = outputs;
  }

  static final class Builder {
    private final Transitions go = new Transitions();
    private final List<int[]> out = new ArrayList<>(List.of(new int[0]));
    private final List<int[]> children = new ArrayList<>(List.of(new int[0]));

    /** Adds a phrase (a token-id sequence) that reports {@code payload} when found. */
    void add(int[] tokens, int payload) {
      int node = 0;
      for (int t : tokens) {
        int child = go.get(node, t);
        if (child < 0) {
          child = out.size();
          out.add(new int[0]);
          children.add(new int[0]);
          go.put(node, t, child);
          children.set(node, append(children.get(node), t));
        }
        node = child;
      }
      int[] o = out.get(node);
      for (int p : o) {
        if (p == payload) {
          return;
        }
      }
      out.set(node, append(o, payload));
    }

    CueAutomaton build() {
      int n = out.size();
      int[] fail = new int[n];
      int[][] outputs = new int[n][];
      outputs[0] = out.get(0);
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      for (int t : children.get(0)) {
        int child = go.get(0, t);
        outputs[child] = out.get(child);
        queue.add(child);
      }
      while (!queue.isEmpty()) {
        int node = queue.poll();
        for (int t : children.get(node)) {
          int child = go.get(node, t);
          int f = fail[node];
          while (f != 0 && go.get(f, t) < 0) {
            f = fail[f];
          }
          int target = go.get(f, t);
          fail[child] = target < 0 || target == child ? 0 : target;
          // a node reports its own phrases and those of every suffix that is also a phrase
          int[] own = out.get(child);
          int[] inherited = outputs[fail[child]];
          int[] merged = Arrays.copyOf(own, own.length + inherited.length);
          System.arraycopy(inherited, 0, merged, own.length, inherited.length);
          outputs[child] = merged;
          queue.add(child);
        }
      }
      return new CueAutomaton(go.keys, go.values, fail, outputs);
    }

    private static int[] append(int[] a, int v) {
      int[] b = Arrays.copyOf(a, a.length + 1);
      b[a.length] = v;
      return b;
    }
  }

  /** The state after reading token {@code t} (-1 for a token no cue contains). */
  int step(int state, int t) {
    if (t < 0) {
      return ROOT;
    }
    while (true) {
      int next = lookup(state, t);
      if (next >= 0) {
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

  private int lookup(int node, int token) {
    long key = key(node, token);
    int i = Transitions.slot(key, mask);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == Transitions.EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
  }

  private static long key(int node, int token) {
    return ((long) node << 32) | (token & 0xffffffffL);
  }

  @Override
  public String toString() {
    return "CueAutomaton[" + states() + " states, " + Arrays.stream(outputs).mapToInt(o -> o.length).sum() + " outputs]";
  }

  /** (node, token) → node, open addressing with linear probing; keys are never removed. */
  private static final class Transitions {
    static final long EMPTY = -1L;
    long[] keys = filled(1 << 10);
    int[] values = new int[1 << 10];
    int size;

    static long[] filled(int n) {
      long[] a = new long[n];
      Arrays.fill(a, EMPTY);
      return a;
    }

    static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32) & mask;
    }

    int get(int node, int token) {
      long key = key(node, token);
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return values[i];
        }
        if (keys[i] == EMPTY) {
          return -1;
        }
      }
    }

    void put(int node, int token, int value) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      long key = key(node, token);
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != EMPTY && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] == EMPTY) {
        size++;
      }
      keys[i] = key;
      values[i] = value;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = filled(oldKeys.length * 2);
      values = new int[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          put((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldValues[i]);
        }
      }
    }
  }
}
