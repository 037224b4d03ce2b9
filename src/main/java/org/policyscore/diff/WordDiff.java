package org.policyscore.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** Word-level marks inside a changed sentence, in reading order: removals before additions. */
final class WordDiff {
  private WordDiff() {}

  static List<Span> spans(List<Words.Word> before, List<Words.Word> after) {
    List<String> a = before.stream().map(Words.Word::key).toList();
    List<String> b = after.stream().map(Words.Word::key).toList();
    List<Span> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      int si = d.getSource().getPosition();
      int ti = d.getTarget().getPosition();
      same(out, before, i, si, after, j, ti);
      i = si;
      j = ti;
      add(out, Span.Kind.REMOVED, before, i, i + d.getSource().size());
      add(out, Span.Kind.ADDED, after, j, j + d.getTarget().size());
      i += d.getSource().size();
      j += d.getTarget().size();
    }
    same(out, before, i, before.size(), after, j, after.size());
    return out;
  }

  private static void same(List<Span> out, List<Words.Word> before, int i0, int i1,
      List<Words.Word> after, int j0, int j1) {
    if (j0 < j1) {
      out.add(new Span(Span.Kind.SAME, join(before, i0, i1), join(after, j0, j1)));
    }
  }

  private static String join(List<Words.Word> words, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int k = from; k < to; k++) {
      text.append(words.get(k).text());
    }
    return text.toString();
  }

  private static void add(List<Span> out, Span.Kind kind, List<Words.Word> words, int from, int to) {
    if (from >= to) {
      return;
    }
    String text = join(words, from, to);
    out.add(kind == Span.Kind.REMOVED ? new Span(kind, text, "") : new Span(kind, "", text));
  }
}
