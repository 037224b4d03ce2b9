package org.policyscore.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/**
 * Scores arranged for charting: the companies, services and indicators they cover, in a fixed
 * order (companies and services in the study's order, indicators in catalogue order), which
 * services each company has (those it has indicator scores for, N/A included), and a lookup by
 * company, service, kind and id.
 */
final class ScoreTable {
  private final List<String> companies;
  private final List<String> services;
  private final List<String> indicators;
  private final Map<String, List<String>> servicesOf = new HashMap<>();
  private final Map<ScoreRef, OptionalDouble> byRef = new HashMap<>();

  ScoreTable(List<ScoreRow> rows, List<String> catalogueOrder, ChartStudy study) {
    LinkedHashSet<String> c = new LinkedHashSet<>();
    LinkedHashSet<String> s = new LinkedHashSet<>();
    LinkedHashSet<String> i = new LinkedHashSet<>();
    Map<String, LinkedHashSet<String>> has = new HashMap<>();
    for (ScoreRow r : rows) {
      c.add(r.company());
      if (r.kind() == ScoreKind.INDICATOR) {
        s.add(r.service());
        i.add(r.id());
        has.computeIfAbsent(r.company(), k -> new LinkedHashSet<>()).add(r.service());
      }
      byRef.put(ScoreRef.of(r), r.score());
    }
    this.companies = study.orderCompanies(c);
    this.services = study.orderServices(s);
    has.forEach((company, own) -> servicesOf.put(company, study.orderServices(own)));
    List<String> ordered = new ArrayList<>(i);
    ordered.sort(Comparator.comparingInt(id -> {
      int at = catalogueOrder.indexOf(id);
      return at < 0 ? Integer.MAX_VALUE : at;
    }));
    this.indicators = List.copyOf(ordered);
  }

  List<String> companies() {
    return companies;
  }

  /** Services with indicator scores; a single empty string in rdr-index mode. */
  List<String> services() {
    return services;
  }

  /** The services this company has indicator scores for: a company is drawn with these only. */
  List<String> servicesOf(String company) {
    return servicesOf.getOrDefault(company, List.of());
  }

  /** The companies that have this service, in order. */
  List<String> companiesWith(String service) {
    return companies.stream().filter(c -> servicesOf(c).contains(service)).toList();
  }

  /** Indicators this company has a score row for with this service. */
  List<String> indicatorsOf(String company, String service) {
    return indicators.stream().filter(id -> has(company, service, ScoreKind.INDICATOR, id)).toList();
  }

  List<String> indicators() {
    return indicators;
  }

  boolean has(String company, String service, ScoreKind kind, String id) {
    return byRef.containsKey(new ScoreRef(company, service, kind, id));
  }

  /** The score, or NaN when it is N/A or absent. */
  double score(String company, String service, ScoreKind kind, String id) {
    OptionalDouble v = byRef.get(new ScoreRef(company, service, kind, id));
    return v == null || v.isEmpty() ? Double.NaN : v.getAsDouble();
  }
}
