package org.policyscore.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the English and Khmer versions of one document by their structure, not their
 * words: which numbered sections and clauses one has and the other lacks, how many headings
 * each has, and the ratio of their lengths. A Khmer version that lacks sections of the English
 * one is exactly what RDR's "available in the primary language" elements care about.
 */
public final class LanguageCheck {
  private LanguageCheck() {}

  /** Khmer letters per English letter outside this range suggests missing text. */
  static final double MIN_RATIO = 0.4;
  static final double MAX_RATIO = 2.5;

  /**
   * @param onlyEn numbered sections and clauses in English only: number to its line
   * @param onlyKm the same in Khmer only
   * @param findings one sentence each, for people; empty when the structures agree
   */
  public record Result(
      ClauseStructure en,
      ClauseStructure km,
      Map<String, String> onlyEn,
      Map<String, String> onlyKm,
      double lengthRatio,
      List<String> findings) {

    public boolean consistent() {
      return findings.isEmpty();
    }
  }

  public static Result compare(String englishMarkdown, String khmerMarkdown) {
    ClauseStructure en = ClauseStructure.of(englishMarkdown);
    ClauseStructure km = ClauseStructure.of(khmerMarkdown);
    Map<String, String> onlyEn = missing(en.clauses(), km.clauses());
    Map<String, String> onlyKm = missing(km.clauses(), en.clauses());
    double ratio = en.letters() == 0 ? Double.NaN : (double) km.letters() / en.letters();

    List<String> findings = new ArrayList<>();
    onlyEn.forEach((n, line) -> findings.add("section " + n + " is in English only: " + line));
    onlyKm.forEach((n, line) -> findings.add("section " + n + " is in Khmer only: " + line));
    if (en.headings().size() != km.headings().size()) {
      findings.add("English has " + en.headings().size() + " headings, Khmer " + km.headings().size());
    }
    if (Double.isNaN(ratio) || ratio < MIN_RATIO || ratio > MAX_RATIO) {
      findings.add(String.format(Locale.ROOT,
          "length ratio Khmer/English is %.2f (%d and %d letters), outside %.1f-%.1f",
          ratio, km.letters(), en.letters(), MIN_RATIO, MAX_RATIO));
    }
    return new Result(en, km, onlyEn, onlyKm, ratio, List.copyOf(findings));
  }

  private static Map<String, String> missing(Map<String, String> from, Map<String, String> in) {
    Map<String, String> out = new LinkedHashMap<>();
    from.forEach((n, line) -> {
      if (!in.containsKey(n)) {
        out.put(n, line);
      }
    });
    return Collections.unmodifiableMap(out);
  }
}
