package org.policyscore.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/**
 * Scores arranged for charting: the companies, services and indicators they cover, in a fixed
 * order (companies and services as they first appear, indicators in catalogue order), and a
 * lookup by company, service, kind and id.
 */
final class ScoreTable {
  private final List<String> companies;
  private final List<String> services;
  private final List<String> indicators;
  private final Map<String, OptionalDouble> byKey = new TreeMap<>();
  private final Map<String, ScoreRow> rows = new TreeMap<>();

  ScoreTable(List<ScoreRow> rows, List<String> catalogueOrder) {
    LinkedHashSet<String> c = new LinkedHashSet<>();
    LinkedHashSet<String> s = new LinkedHashSet<>();
    LinkedHashSet<String> i = new LinkedHashSet<>();
    for (ScoreRow r : rows) {
      c.add(r.company());
      if (r.kind() == ScoreKind.INDICATOR) {
        s.add(r.service());
        i.add(r.id());
      }
      byKey.put(key(r.company(), r.service(), r.kind(), r.id()), r.score());
      this.rows.put(key(r.company(), r.service(), r.kind(), r.id()), r);
    }
    this.companies = List.copyOf(c);
    List<String> serviceList = new ArrayList<>(s);
    serviceList.sort(Comparator.comparingInt(ScoreTable::serviceRank));
    this.services = List.copyOf(serviceList);
    List<String> ordered = new ArrayList<>(i);
    ordered.sort(Comparator.comparingInt(id -> {
      int at = catalogueOrder.indexOf(id);
      return at < 0 ? Integer.MAX_VALUE : at;
    }));
    this.indicators = List.copyOf(ordered);
  }

  /** Mobile before broadband, as the report draws them, whatever order the file has. */
  private static int serviceRank(String service) {
    int at = List.of("", "mobile", "prepaid", "postpaid", "broadband").indexOf(service);
    return at < 0 ? 100 : at;
  }

  private static String key(String company, String service, ScoreKind kind, String id) {
    return company + "\u0000" + service + "\u0000" + kind + "\u0000" + id;
  }

  List<String> companies() {
    return companies;
  }

  /** Services with indicator scores; a single empty string in rdr-index mode. */
  List<String> services() {
    return services;
  }

  List<String> indicators() {
    return indicators;
  }

  boolean has(String company, String service, ScoreKind kind, String id) {
    return byKey.containsKey(key(company, service, kind, id));
  }

  /** The row of a score, if there is one. */
  java.util.Optional<ScoreRow> row(String company, String service, ScoreKind kind, String id) {
    return java.util.Optional.ofNullable(rows.get(key(company, service, kind, id)));
  }

  /** The score, or NaN when it is N/A or absent. */
  double score(String company, String service, ScoreKind kind, String id) {
    OptionalDouble v = byKey.get(key(company, service, kind, id));
    return v == null || v.isEmpty() ? Double.NaN : v.getAsDouble();
  }
}
