package org.policyscore.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.SharedAnswers;

/**
 * The heatmap's cells from answers.csv: every element of every indicator answered, for every
 * column (company and service, or group / opcom) that has answers, in the study's order. An
 * element the catalogue leaves out for that company type or service is an "excluded" cell; one
 * with no row at all is "no answer yet". A row for service {@code *} stands for each of the
 * company's services unless the service's own row has a person's answer (issue 12's {@link
 * SharedAnswers}). A cell is reviewed when a person answered or accepted it and no change of
 * evidence has put that in doubt since (a stale review shows as a suggestion).
 */
public final class AnswerCells {
  private AnswerCells() {}

  public static List<AnswerCell> of(List<AnswerRow> rows, Catalog catalog, ChartStudy study) {
    Map<String, AnswerRow> byKey = new HashMap<>();
    Map<String, LinkedHashSet<String>> columns = new HashMap<>();
    LinkedHashSet<String> indicators = new LinkedHashSet<>();
    for (AnswerRow r : SharedAnswers.resolve(rows)) {
      String column = r.service().isEmpty() ? r.level().csvName() : r.service();
      columns.computeIfAbsent(r.company(), k -> new LinkedHashSet<>()).add(column);
      byKey.put(key(r.company(), column, r.element()), r);
      indicators.add(r.indicator());
    }
    List<String> elements = new ArrayList<>();
    for (Indicator i : catalog.indicators()) {
      if (indicators.contains(i.id())) {
        i.elements().forEach(e -> elements.add(e.id()));
      }
    }
    List<AnswerCell> cells = new ArrayList<>();
    for (String company : study.orderCompanies(columns.keySet())) {
      CompanyType type = study.types().of(company);
      for (String column : columnOrder(columns.get(company), study)) {
        for (String id : elements) {
          AnswerRow r = byKey.get(key(company, column, id));
          Element e = catalog.element(id).orElseThrow();
          boolean excluded = !e.appliesTo(type) || (!isLevel(column) && !e.appliesToService(study.rdrService(column)));
          if (r != null) {
            cells.add(new AnswerCell(company, column, id, r.effectiveAnswer(), r.confirmed(), false));
          } else {
            cells.add(excluded ? AnswerCell.excluded(company, column, id) : AnswerCell.missing(company, column, id));
          }
        }
      }
    }
    return cells;
  }

  private static List<String> columnOrder(Set<String> columns, ChartStudy study) {
    List<String> levels = List.of("group", "opcom").stream().filter(columns::contains).toList();
    List<String> out = new ArrayList<>(levels);
    out.addAll(study.orderServices(columns.stream().filter(c -> !isLevel(c)).toList()));
    return out;
  }

  private static boolean isLevel(String column) {
    return column.equals("group") || column.equals("opcom");
  }

  private static String key(String company, String column, String element) {
    return company + "\u0000" + column + "\u0000" + element;
  }
}
