package org.policyscore.score;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.policyscore.catalog.CanonicalId;

/**
 * How far two researchers' answers agree, as RDR's second review asks: over the elements both
 * reviewed (a person's answer, or an accepted suggestion, in each file), the share of equal
 * answers and Cohen's kappa, per indicator and overall, and every disagreement. Answers are the
 * five categories yes, partial, no, no disclosure found and N/A ("no" and "no disclosure found"
 * score alike but are different findings). Rows for every service ({@code *}) are resolved
 * first, so a shared answer is compared with each service's.
 */
public final class Agreement {

  /**
   * Agreement over a set of elements.
   *
   * @param scope an indicator id, or {@code overall}
   * @param compared elements both reviewed
   * @param agreed of those, the ones answered alike
   * @param kappa Cohen's kappa; empty when it is undefined (both answered everything in one
   *     and the same category, so chance agreement is 1)
   */
  public record Kappa(String scope, int compared, int agreed, OptionalDouble kappa) {
    /** Percent agreement, 0-100 (empty with nothing compared). */
    public OptionalDouble percent() {
      return compared == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * agreed / compared);
    }
  }

  /** One element both reviewed and answered differently: the two rows as they resolve. */
  public record Disagreement(AnswerRow a, AnswerRow b) {
    public AnswerRow.Key key() {
      return a.key();
    }
  }

  /**
   * @param onlyA elements reviewed in the first file and not in the second
   * @param onlyB the other way round
   */
  public record Result(List<Kappa> perIndicator, Kappa overall, List<Disagreement> disagreements, int onlyA, int onlyB) {
    public Result {
      perIndicator = List.copyOf(perIndicator);
      disagreements = List.copyOf(disagreements);
    }
  }

  private Agreement() {}

  public static Result compare(List<AnswerRow> first, List<AnswerRow> second) {
    Map<AnswerRow.Key, AnswerRow> a = reviewed(first);
    Map<AnswerRow.Key, AnswerRow> b = reviewed(second);
    Map<String, List<Answer[]>> byIndicator = new TreeMap<>(CanonicalId::compare);
    List<Answer[]> all = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    int onlyA = 0;
    for (var e : a.entrySet()) {
      AnswerRow other = b.get(e.getKey());
      if (other == null) {
        onlyA++;
        continue;
      }
      Answer[] pair = {e.getValue().effectiveAnswer().orElseThrow(), other.effectiveAnswer().orElseThrow()};
      byIndicator.computeIfAbsent(e.getValue().indicator(), i -> new ArrayList<>()).add(pair);
      all.add(pair);
      if (pair[0] != pair[1]) {
        disagreements.add(new Disagreement(e.getValue(), other));
      }
    }
    int onlyB = (int) b.keySet().stream().filter(k -> !a.containsKey(k)).count();
    List<Kappa> perIndicator = new ArrayList<>();
    byIndicator.forEach((indicator, pairs) -> perIndicator.add(kappa(indicator, pairs)));
    disagreements.sort((x, y) -> AnswerMerge.ORDER.compare(x.a(), y.a()));
    return new Result(perIndicator, kappa("overall", all), disagreements, onlyA, onlyB);
  }

  /** Rows a person reviewed, by key, shared rows resolved; in the file's order. */
  private static Map<AnswerRow.Key, AnswerRow> reviewed(List<AnswerRow> rows) {
    Map<AnswerRow.Key, AnswerRow> out = new LinkedHashMap<>();
    for (AnswerRow r : SharedAnswers.resolve(rows)) {
      if (r.reviewed() && r.effectiveAnswer().isPresent()) {
        out.put(r.key(), r);
      }
    }
    return out;
  }

  /**
   * Cohen's kappa, (po - pe) / (1 - pe): po the share of pairs answered alike, pe the agreement
   * expected by chance from each rater's own share of each answer.
   */
  static Kappa kappa(String scope, List<Answer[]> pairs) {
    int n = pairs.size();
    if (n == 0) {
      return new Kappa(scope, 0, 0, OptionalDouble.empty());
    }
    Map<Answer, Integer> firstCounts = new EnumMap<>(Answer.class);
    Map<Answer, Integer> secondCounts = new EnumMap<>(Answer.class);
    int agreed = 0;
    for (Answer[] p : pairs) {
      firstCounts.merge(p[0], 1, Integer::sum);
      secondCounts.merge(p[1], 1, Integer::sum);
      if (p[0] == p[1]) {
        agreed++;
      }
    }
    double po = (double) agreed / n;
    double pe = 0;
    for (Answer c : Answer.values()) {
      pe += (firstCounts.getOrDefault(c, 0) / (double) n) * (secondCounts.getOrDefault(c, 0) / (double) n);
    }
    OptionalDouble kappa = pe >= 1 ? OptionalDouble.empty() : OptionalDouble.of((po - pe) / (1 - pe));
    return new Kappa(scope, n, agreed, kappa);
  }
}
