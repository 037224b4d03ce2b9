package org.policyscore.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Answers written once for every service of a company: a row whose {@code service} is {@code
 * *} holds for each service of that company (the services its other rows name), unless the
 * service's own row says otherwise, that is, a person answered or accepted it there. RDR still
 * scores per service: resolving turns the shared row into one row per service.
 */
public final class SharedAnswers {
  private SharedAnswers() {}

  /** The services each company's rows name at the service level (never {@code *}), sorted. */
  public static Map<String, Set<String>> services(List<AnswerRow> rows) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (AnswerRow r : rows) {
      if (r.level() == Level.SERVICE && !r.allServices()) {
        out.computeIfAbsent(r.company(), c -> new TreeSet<>()).add(r.service());
      }
    }
    return out;
  }

  /**
   * The rows with every shared row applied to each service of its company, and the shared
   * rows themselves left out. A service row without a person's answer takes the shared
   * answer, comment, reviewer and stale mark, and keeps its own evidence; a service with no
   * row for the element gets one.
   *
   * @throws IllegalArgumentException for a shared row of a company that names no service
   */
  public static List<AnswerRow> resolve(List<AnswerRow> rows) {
    if (rows.stream().noneMatch(AnswerRow::allServices)) {
      return rows;
    }
    Map<String, Set<String>> services = services(rows);
    Map<AnswerRow.Key, AnswerRow> byKey = new LinkedHashMap<>();
    List<AnswerRow> shared = new ArrayList<>();
    for (AnswerRow r : rows) {
      if (r.allServices()) {
        shared.add(r);
      } else {
        byKey.put(r.key(), r);
      }
    }
    for (AnswerRow s : shared) {
      Set<String> of = services.get(s.company());
      if (of == null) {
        throw new IllegalArgumentException("no service of " + s.company() + " is named for the shared answer to " + s.element());
      }
      for (String service : of) {
        AnswerRow.Key key = new AnswerRow.Key(s.company(), Level.SERVICE, service, s.element());
        AnswerRow own = byKey.get(key);
        if (own != null && own.reviewed()) {
          continue;
        }
        AnswerRow base = own != null ? own
            : new AnswerRow(s.company(), Level.SERVICE, service, s.indicator(), s.element(),
                java.util.Optional.empty(), "", "", "", "", "", "", "", "");
        byKey.put(key, base.withHumanColumns(s.answer(), s.comment(), s.reviewer()).withStale(s.stale()));
      }
    }
    List<AnswerRow> out = new ArrayList<>(byKey.values());
    out.sort(AnswerMerge.ORDER);
    return out;
  }

  /** For each shared row, the service rows it covers (those without a person's own answer). */
  static Map<AnswerRow.Key, List<AnswerRow>> covered(List<AnswerRow> rows) {
    Map<String, Set<String>> services = services(rows);
    Map<AnswerRow.Key, AnswerRow> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(r.key(), r));
    Map<AnswerRow.Key, List<AnswerRow>> out = new LinkedHashMap<>();
    for (AnswerRow s : rows) {
      if (!s.allServices()) {
        continue;
      }
      List<AnswerRow> list = new ArrayList<>();
      for (String service : services.getOrDefault(s.company(), Set.of())) {
        AnswerRow own = byKey.get(new AnswerRow.Key(s.company(), Level.SERVICE, service, s.element()));
        if (own != null && !own.reviewed()) {
          list.add(own);
        }
      }
      out.put(s.key(), list);
    }
    return out;
  }
}
