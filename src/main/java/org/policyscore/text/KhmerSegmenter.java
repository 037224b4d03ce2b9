package org.policyscore.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Khmer word and sentence segmentation. Khmer writes no spaces between words and the JDK's
 * BreakIterator has no Khmer dictionary. ICU's word iterator has one, but measured on a public
 * human-segmented corpus it finds word boundaries at F1 0.876: it breaks inside names and
 * unknown words syllable by syllable, breaks before a final consonant (គា|ត់) and after a coeng,
 * and never between Khmer letters and digits (ជាង២៥លាន). Words here come from ICU's own word
 * list ({@link KhmerDictionary}) with the fewest words that cover each run of Khmer letters,
 * cut only between clusters ({@link KhmerClusters}); a run of clusters in no dictionary word
 * (a name, a misspelling) stays one word; Khmer letters and digits are always separate words.
 * Text in other scripts is split by ICU. A U+200B (zero-width space) in the text is a word
 * boundary the author marked, so segment before {@link TextNormalizer} removes it. Its
 * sentence iterator ends sentences at ។ (khan) and ៕ (bariyoosan) as well as at Latin
 * punctuation.
 */
public final class KhmerSegmenter {
  private KhmerSegmenter() {}

  private static final ULocale KHMER = new ULocale("km");

  /**
   * Costs: a dictionary word {@value #WORD}; a run of clusters in no dictionary word
   * {@value #UNKNOWN_BASE} plus {@value #UNKNOWN_PER_CLUSTER} per cluster, so that a known word
   * is never swallowed by an unknown run, and unknown clusters next to each other form one word.
   */
  private static final int WORD = 2;
  private static final int UNKNOWN_BASE = 4;
  private static final int UNKNOWN_PER_CLUSTER = 3;
  private static final int MAX_UNKNOWN_CLUSTERS = 16;

  /**
   * The words of the text: segments that hold a letter or digit, without spaces, punctuation
   * and U+200B.
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String s : segments(text)) {
      if (s.codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The text cut into segments that join back into it: words, runs of white space (a U+200B
   * is a segment of its own) and punctuation.
   */
  public static List<String> segments(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int b : boundaries(text)) {
      out.add(text.substring(start, b));
      start = b;
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** The offsets where segments end, ascending, the end of the text included. */
  public static int[] boundaries(String text) {
    TreeSet<Integer> cuts = new TreeSet<>();
    BreakIterator it = BreakIterator.getWordInstance(KHMER);
    it.setText(text);
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      cuts.add(b);
    }
    Optional<KhmerDictionary> dictionary = KhmerDictionary.get();
    for (int i = 0; i < text.length(); ) {
      if (!isKhmerLetter(text.charAt(i))) {
        if (text.charAt(i) == '\u200B') {
          cuts.add(i);
          cuts.add(i + 1);
        }
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && isKhmerLetter(text.charAt(end))) {
        end++;
      }
      cuts.add(i);
      cuts.add(end);
      if (isHinted(text, i, end)) {
        cuts.subSet(i, false, end, false).clear(); // the author marked this run as a word
      } else if (dictionary.isPresent()) {
        cuts.subSet(i, false, end, false).clear();
        cuts.addAll(bestCuts(text, i, end, dictionary.get()));
      }
      i = end;
    }
    cuts.removeIf(b -> b <= 0 || b > text.length() || !KhmerClusters.isBoundary(text, b));
    cuts.add(text.length());
    return cuts.stream().mapToInt(Integer::intValue).filter(b -> b > 0).toArray();
  }

  /**
   * Where a line may break, ascending, the end of the text included: ICU's line breaks (after
   * spaces, around punctuation), but inside Khmer only between words as {@link #boundaries}
   * finds them, so a wrapped label never ends in a dangling coeng or splits a syllable.
   */
  public static int[] lineBreaks(String text) {
    TreeSet<Integer> breaks = new TreeSet<>();
    BreakIterator it = BreakIterator.getLineInstance(KHMER);
    it.setText(text);
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      breaks.add(b);
    }
    for (int i = 0; i < text.length(); ) {
      if (!isKhmerLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && isKhmerLetter(text.charAt(end))) {
        end++;
      }
      breaks.subSet(i, false, end, false).clear();
      i = end;
    }
    for (int b : boundaries(text)) {
      if (b > 0 && b < text.length() && isKhmerLetter(text.charAt(b - 1)) && isKhmerLetter(text.charAt(b))) {
        breaks.add(b);
      }
    }
    breaks.removeIf(b -> b <= 0 || !KhmerClusters.isBoundary(text, b));
    breaks.add(text.length());
    return breaks.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * A run of Khmer letters the page marked as one word: U+200B on one side and U+200B, white
   * space or an end of the text on the other, and short ({@value #MAX_HINTED_CLUSTERS} clusters
   * at most; pages that put U+200B between phrases rather than words get longer runs).
   */
  private static boolean isHinted(String text, int start, int end) {
    boolean before = start == 0 || Character.isWhitespace(text.charAt(start - 1)) || text.charAt(start - 1) == '\u200B';
    boolean after = end == text.length() || Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '\u200B';
    boolean zwsp = (start > 0 && text.charAt(start - 1) == '\u200B') || (end < text.length() && text.charAt(end) == '\u200B');
    if (!before || !after || !zwsp) {
      return false;
    }
    int clusters = 0;
    for (int p = start + 1; p <= end; p++) {
      if (p == end || KhmerClusters.isBoundary(text, p)) {
        clusters++;
      }
    }
    return clusters <= MAX_HINTED_CLUSTERS;
  }

  private static final int MAX_HINTED_CLUSTERS = 6;

  /** Letters, signs and joiners of Khmer words; not digits, not ។ ៗ and other punctuation. */
  private static boolean isKhmerLetter(char c) {
    return (c >= '\u1780' && c <= '\u17D3') || c == '\u17DD' || c == '\u200C' || c == '\u200D';
  }

  /**
   * The cuts inside {@code text[start, end)} that cover it with dictionary words and unknown
   * runs at the least cost, fewest pieces on a tie.
   */
  private static List<Integer> bestCuts(String text, int start, int end, KhmerDictionary dictionary) {
    List<Integer> clusters = new ArrayList<>();
    for (int p = start; p <= end; p++) {
      if (p == start || p == end || KhmerClusters.isBoundary(text, p)) {
        clusters.add(p);
      }
    }
    int m = clusters.size() - 1;
    Map<Integer, Integer> index = new HashMap<>();
    for (int k = 0; k <= m; k++) {
      index.put(clusters.get(k), k);
    }
    long[] cost = new long[m + 1];
    int[] back = new int[m + 1];
    Arrays.fill(cost, Long.MAX_VALUE);
    cost[0] = 0;
    int[] ends = new int[64];
    for (int k = 0; k < m; k++) {
      if (cost[k] == Long.MAX_VALUE) {
        continue;
      }
      int n = dictionary.wordEnds(text, clusters.get(k), end, ends);
      for (int w = 0; w < n; w++) {
        Integer j = index.get(ends[w]);
        if (j != null) {
          relax(cost, back, k, j, WORD);
        }
      }
      for (int j = k + 1; j <= Math.min(m, k + MAX_UNKNOWN_CLUSTERS); j++) {
        relax(cost, back, k, j, UNKNOWN_BASE + UNKNOWN_PER_CLUSTER * (j - k));
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int j = m; j > 0; j = back[j]) {
      out.add(clusters.get(j));
    }
    return out;
  }

  /** Costs carry the piece count in their low bits, so that ties go to fewer pieces. */
  private static void relax(long[] cost, int[] back, int from, int to, int add) {
    long c = cost[from] + ((long) add << 20) + 1;
    if (c < cost[to]) {
      cost[to] = c;
      back[to] = from;
    }
  }

  /** The sentences of the text, each stripped of surrounding whitespace, empty ones left out. */
  public static List<String> sentences(String text) {
    return sentenceSpans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  /**
   * Sentences as [start, end) offsets into the text, whitespace trimmed: evidence quotes keep
   * their offsets into the version.
   */
  public static List<int[]> sentenceSpans(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(KHMER);
    it.setText(text);
    List<int[]> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int s = start;
      int e = end;
      while (s < e && TextNormalizer.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && TextNormalizer.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new int[] {s, e});
      }
    }
    return out;
  }
}
