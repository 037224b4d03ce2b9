package org.policyscore.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Category;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;

/**
 * Turns element answers into scores, by RDR 2020's arithmetic ({@link ScoringMode#RDR_INDEX})
 * or one score per service and indicator ({@link ScoringMode#PER_SERVICE}). See
 * docs/scoring.md for the rules. Full precision throughout; rounding is the writer's job.
 *
 * <p>An element scores where it has an answer (the researcher's, else the suggestion) other
 * than N/A. An element with neither makes every score it feeds incomplete: no value, never a
 * mean of the others. Each score carries how many of the answers behind it a person reviewed
 * ({@link ScoreBasis}). Rows for every service ({@code *}) are resolved first ({@link
 * SharedAnswers}). Elements that the catalogue excludes for the company's type (e.g. P1a.4 for a
 * telco) are left out; exclusions by service are left to the answers (RDR's data marks them
 * N/A), because the 2022 Cambodia report scored elements RDR excludes for mobile.
 */
public final class Aggregator {
  private static final Set<String> MOBILE = Set.of("mobile", "prepaid", "postpaid");

  private final Catalog catalog;

  public Aggregator(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * @param indicators indicator (or family) ids to score; empty for the default: every
   *     indicator in rdr-index mode, the indicators the answers cover in per-service mode
   * @throws IllegalArgumentException for an id or element the catalogue does not have
   */
  public Aggregation aggregate(AnswerSet answers, ScoringMode mode, Collection<String> indicators) {
    Tally tally = tally();
    for (AnswerRow row : SharedAnswers.resolve(answers.rows())) {
      tally.add(row, answers.companyTypes().of(row.company()));
    }
    return tally.scores(answers.companyTypes(), mode, indicators);
  }

  /**
   * A tally to add answers to one at a time, for answers read as a stream and never held. Rows
   * for every service ({@code *}) must be resolved first ({@link SharedAnswers#resolve}).
   */
  public Tally tally() {
    return new Tally();
  }

  /**
   * Answers counted so far: per company and indicator, a running mean of element points at each
   * level, so its size depends on the companies and indicators, not on the number of answers.
   */
  public final class Tally {
    private final Map<String, Map<String, Levels>> byCompany = new TreeMap<>();
    private final Set<String> covered = new HashSet<>();
    // files list a company's answers indicator by indicator: remember where the last one went
    private String lastCompany;
    private String lastIndicator;
    private Levels last;
    private int answered;
    private int unreviewed;
    private int unanswered;

    private Tally() {}

    /**
     * @param type the kind of company the row's company is (it decides which elements apply)
     * @throws IllegalArgumentException for an element the catalogue does not have
     */
    public void add(AnswerRow row, CompanyType type) {
      // no lambda capturing the row: made once per row, it cost more than the rest of the tally
      Optional<Element> found = catalog.element(row.element());
      if (found.isEmpty()) {
        throw new IllegalArgumentException("not in the catalogue: " + row.element());
      }
      Element element = found.get();
      Levels levels = last;
      if (!element.indicatorId().equals(lastIndicator) || !row.company().equals(lastCompany)) {
        levels = byCompany.computeIfAbsent(row.company(), c -> new HashMap<>())
            .computeIfAbsent(element.indicatorId(), i -> new Levels());
        lastCompany = row.company();
        lastIndicator = element.indicatorId();
        last = levels;
      }
      if (row.level() == Level.SERVICE) {
        levels.services.computeIfAbsent(row.service(), s -> new Mean());
      }
      boolean applies = element.appliesTo(type);
      var answer = row.effectiveAnswer();
      if (answer.isEmpty()) {
        unanswered++;
        if (applies) {
          levels.at(row.level(), row.service()).addMissing();
        }
        return;
      }
      answered++;
      if (row.unreviewed()) {
        unreviewed++;
      }
      covered.add(element.indicatorId());
      if (applies) {
        levels.at(row.level(), row.service()).add(answer.get().points(element.reversed()), row.confirmed());
      }
    }

    /**
     * @param indicators indicator (or family) ids to score; empty for the default: every
     *     indicator in rdr-index mode, the indicators the answers cover in per-service mode
     * @throws IllegalArgumentException for an id the catalogue does not have
     */
    public Aggregation scores(CompanyTypes types, ScoringMode mode, Collection<String> indicators) {
      List<ScoreRow> scores = new ArrayList<>();
      for (var company : byCompany.entrySet()) {
        CompanyType type = types.of(company.getKey());
        if (mode == ScoringMode.RDR_INDEX) {
          List<Indicator> selected = indicators.isEmpty() ? catalog.scored() : select(indicators);
          rdrIndex(company.getKey(), type, company.getValue(), selected, scores);
        } else {
          List<Indicator> selected = select(indicators.isEmpty() ? covered : indicators);
          perService(company.getKey(), type, company.getValue(), selected, scores);
        }
      }
      return new Aggregation(scores, answered, unreviewed, unanswered);
    }
  }

  private void rdrIndex(String company, CompanyType type, Map<String, Levels> levels,
      List<Indicator> selected, List<ScoreRow> out) {
    Map<String, Value> scores = new HashMap<>();
    for (Indicator i : selected) {
      Levels l = levels.getOrDefault(i.id(), new Levels());
      Value s = i.appliesTo(type) ? indicatorScore(i, l) : Value.NONE;
      scores.put(i.id(), s);
      out.add(s.row(company, "", ScoreKind.INDICATOR, i.id()));
    }
    Map<Category, List<Value>> byCategory = new TreeMap<>();
    for (Indicator top : catalog.familyLevel()) {
      Value s;
      if (top.family()) {
        List<Value> subs = catalog.subIndicators(top.id()).stream()
            .filter(sub -> scores.containsKey(sub.id())).map(sub -> scores.get(sub.id())).toList();
        if (subs.isEmpty()) {
          continue;
        }
        s = mean(subs);
        out.add(s.row(company, "", ScoreKind.FAMILY, top.id()));
      } else if (scores.containsKey(top.id())) {
        s = scores.get(top.id());
      } else {
        continue;
      }
      byCategory.computeIfAbsent(top.category(), c -> new ArrayList<>()).add(s);
    }
    // The total is the mean of all family-level indicators, not of the three categories.
    List<Value> all = new ArrayList<>();
    for (var category : byCategory.entrySet()) {
      out.add(mean(category.getValue()).row(company, "", ScoreKind.CATEGORY, category.getKey().name()));
      all.addAll(category.getValue());
    }
    out.add(mean(all).row(company, "", ScoreKind.TOTAL, "total"));
  }

  private static Value indicatorScore(Indicator i, Levels l) {
    Value group = l.group.value();
    Value opcom = l.opcom.value();
    return switch (i.scope()) {
      case COMPANY -> mean(List.of(group, opcom));
      // Where a company has no opcom, its N/A simply drops out: mean(group, services).
      case FULL -> mean(List.of(group, opcom, servicesComposite(l)));
      case SERVICES -> servicesComposite(l);
    };
  }

  /** Mean over services, prepaid and postpaid (and mobile) first folded into one mobile value. */
  private static Value servicesComposite(Levels l) {
    List<Value> mobile = new ArrayList<>();
    List<Value> services = new ArrayList<>();
    for (var s : l.services.entrySet()) {
      (MOBILE.contains(s.getKey()) ? mobile : services).add(s.getValue().value());
    }
    if (!mobile.isEmpty()) {
      services.add(mean(mobile));
    }
    return mean(services);
  }

  private void perService(String company, CompanyType type, Map<String, Levels> levels,
      List<Indicator> selected, List<ScoreRow> out) {
    Set<String> services = new TreeSet<>();
    levels.values().forEach(l -> services.addAll(l.services.keySet()));
    for (String service : services) {
      for (Indicator i : selected) {
        Levels l = levels.get(i.id());
        Mean m = l == null ? null : l.services.get(service);
        Value s = m == null || !i.appliesTo(type) ? Value.NONE : m.value();
        out.add(s.row(company, service, ScoreKind.INDICATOR, i.id()));
      }
    }
  }

  /** The scored indicators named, families expanded to their sub-indicators, in catalogue order. */
  private List<Indicator> select(Collection<String> ids) {
    Set<String> wanted = new LinkedHashSet<>();
    for (String id : ids) {
      Indicator i = catalog.indicator(id)
          .orElseThrow(() -> new IllegalArgumentException("not in the catalogue: " + id));
      if (i.family()) {
        catalog.subIndicators(i.id()).forEach(sub -> wanted.add(sub.id()));
      } else {
        wanted.add(i.id());
      }
    }
    return catalog.scored().stream().filter(i -> wanted.contains(i.id())).toList();
  }

  /**
   * Mean of the values present (empty when none is), resting on all of them together; when any
   * is incomplete, so is the mean: a missing answer is never averaged away.
   */
  static Value mean(List<Value> values) {
    double sum = 0;
    int n = 0;
    ScoreBasis basis = new ScoreBasis(0, 0, true);
    for (Value v : values) {
      basis = basis.plus(v.basis);
      if (v.score.isPresent()) {
        sum += v.score.getAsDouble();
        n++;
      }
    }
    if (!basis.complete()) {
      return new Value(OptionalDouble.empty(), basis);
    }
    return new Value(n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n), basis);
  }

  /** A score at full precision and what it rests on. */
  record Value(OptionalDouble score, ScoreBasis basis) {
    static final Value NONE = new Value(OptionalDouble.empty(), new ScoreBasis(0, 0, true));

    ScoreRow row(String company, String service, ScoreKind kind, String id) {
      return new ScoreRow(company, service, kind, id, score, basis);
    }
  }

  /** One indicator's answers at each level of one company. */
  private static final class Levels {
    final Mean group = new Mean();
    final Mean opcom = new Mean();
    final Map<String, Mean> services = new TreeMap<>();

    Mean at(Level level, String service) {
      return switch (level) {
        case GROUP -> group;
        case OPCOM -> opcom;
        case SERVICE -> services.computeIfAbsent(service, s -> new Mean());
      };
    }
  }

  /** Running mean of element points (N/A adds none), and how many answers are behind it. */
  private static final class Mean {
    double sum;
    int n;
    int elements;
    int reviewed;
    boolean complete = true;

    void add(OptionalDouble points, boolean confirmed) {
      elements++;
      if (confirmed) {
        reviewed++;
      }
      if (points.isPresent()) {
        sum += points.getAsDouble();
        n++;
      }
    }

    void addMissing() {
      elements++;
      complete = false;
    }

    Value value() {
      ScoreBasis basis = new ScoreBasis(reviewed, elements, complete);
      return new Value(!complete || n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n), basis);
    }
  }
}
