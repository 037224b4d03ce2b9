package org.policyscore.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Word-boundary precision, recall and F1 of {@link KhmerSegmenter} and of ICU's word iterator
 * alone, against human-segmented Khmer in the khPOS corpus format (one sentence a line, words
 * separated by spaces, each {@code word/TAG}; {@code _} joins the parts of a compound and
 * {@code ~} a prefix). The corpus is not ours to ship (CC BY-NC-SA): point the benchmark at a
 * copy. "coarse" counts a compound as one word, "fine" splits it at {@code _} and {@code ~}.
 * Each sentence is segmented with its spaces removed, as Khmer is written.
 * Run: mvn -B -Pbenchmark verify -Dtest=KhmerSegmentationBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *      -Dkhmer.segmented=/path/to/file.tag
 */
@Tag("benchmark")
class KhmerSegmentationBenchmark {

  @Test
  void boundaryF1() throws Exception {
    String path = System.getProperty("khmer.segmented", System.getenv().getOrDefault("KHMER_SEGMENTED", ""));
    if (path.isBlank() || !Files.isRegularFile(Path.of(path))) {
      System.out.println("skipped: give a human-segmented Khmer file in the khPOS format with -Dkhmer.segmented=FILE");
      return;
    }
    List<List<String>> coarse = new ArrayList<>();
    List<List<String>> fine = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(path), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      List<String> c = new ArrayList<>();
      List<String> f = new ArrayList<>();
      for (String token : line.strip().split("\\s+")) {
        String word = token.replaceAll("/[A-Z_]+$", "");
        c.add(word.replaceAll("[_~^]", ""));
        for (String part : word.replace("^", "").split("[_~]")) {
          if (!part.isEmpty()) {
            f.add(part);
          }
        }
      }
      coarse.add(c);
      fine.add(f);
    }
    Function<String, Set<Integer>> icu = s -> {
      BreakIterator it = BreakIterator.getWordInstance(new ULocale("km"));
      it.setText(s);
      Set<Integer> b = new TreeSet<>();
      for (int x = it.next(); x != BreakIterator.DONE; x = it.next()) {
        b.add(x);
      }
      return b;
    };
    Function<String, Set<Integer>> ours = s -> {
      Set<Integer> b = new TreeSet<>();
      for (int x : KhmerSegmenter.boundaries(s)) {
        b.add(x);
      }
      return b;
    };
    System.out.printf(Locale.ROOT, "%d sentences from %s%n", coarse.size(), Path.of(path).getFileName());
    for (String convention : List.of("coarse", "fine")) {
      List<List<String>> gold = convention.equals("coarse") ? coarse : fine;
      System.out.printf(Locale.ROOT, "%-7s ICU alone:     %s%n", convention, score(gold, icu));
      System.out.printf(Locale.ROOT, "%-7s KhmerSegmenter: %s%n", convention, score(gold, ours));
    }
  }

  private static String score(List<List<String>> gold, Function<String, Set<Integer>> segmenter) {
    long tp = 0;
    long predicted = 0;
    long expected = 0;
    long nanos = 0;
    for (List<String> words : gold) {
      String sentence = String.join("", words);
      Set<Integer> want = new TreeSet<>();
      int at = 0;
      for (String w : words) {
        at += w.length();
        if (at < sentence.length()) {
          want.add(at);
        }
      }
      long start = System.nanoTime();
      Set<Integer> got = new TreeSet<>(segmenter.apply(sentence));
      nanos += System.nanoTime() - start;
      got.removeIf(b -> b <= 0 || b >= sentence.length());
      for (int b : got) {
        if (want.contains(b)) {
          tp++;
        }
      }
      predicted += got.size();
      expected += want.size();
    }
    double p = (double) tp / predicted;
    double r = (double) tp / expected;
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d gold boundaries, %.1f ms)", p, r, 2 * p * r / (p + r),
        expected, nanos / 1e6);
  }
}
