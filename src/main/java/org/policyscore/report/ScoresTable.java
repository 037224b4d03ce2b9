package org.policyscore.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.policyscore.io.Html;
import org.policyscore.score.ScoreBasis;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/**
 * The report's scores table. Rows: each scored id (indicators, then families, categories,
 * total); columns: company and service. A score some answer behind which no person reviewed
 * says "draft" and how many are; one with an element not answered says "incomplete" instead of
 * a number; and for computed scores a last column gives each row's reviewed share.
 */
final class ScoresTable {
  private ScoresTable() {}

  static void render(StringBuilder out, List<ScoreRow> scores, Function<String, String> company,
      Function<String, String> service, Function<String, String> indicator) {
    out.append("<section id=\"scores\">\n<h2>Scores</h2>\n");
    if (scores.isEmpty()) {
      out.append("<p>No scores yet.</p>\n</section>\n");
      return;
    }
    Map<String, String> columns = new LinkedHashMap<>();
    Map<String, String> rowsById = new LinkedHashMap<>();
    Map<String, ScoreRow> cells = new LinkedHashMap<>();
    for (ScoreKind kind : ScoreKind.values()) {
      for (ScoreRow r : scores) {
        if (r.kind() != kind) {
          continue;
        }
        String column = r.company() + "\u0000" + r.service();
        columns.putIfAbsent(column, r.service().isEmpty() ? company.apply(r.company())
            : company.apply(r.company()) + " · " + service.apply(r.service()));
        String row = kind + "\u0000" + r.id();
        rowsById.putIfAbsent(row, kind == ScoreKind.TOTAL ? "Total" : indicator.apply(r.id()));
        cells.put(row + "\u0001" + column, r);
      }
    }
    // companies as they come, Mobile before broadband within each, as the charts draw them
    List<String> companyOrder = scores.stream().map(ScoreRow::company).distinct().toList();
    List<Map.Entry<String, String>> ordered = new ArrayList<>(columns.entrySet());
    ordered.sort(Comparator.comparingInt((Map.Entry<String, String> e) ->
            companyOrder.indexOf(e.getKey().substring(0, e.getKey().indexOf('\u0000'))))
        .thenComparingInt(e -> serviceRank(e.getKey().substring(e.getKey().indexOf('\u0000') + 1))));
    boolean computed = scores.stream().anyMatch(r -> r.basis().elements() > 0);
    out.append("<div class=\"table-wrap\"><table class=\"scores\">\n<thead><tr><th>Indicator</th>");
    ordered.forEach(c -> out.append("<th class=\"num\">").append(Html.escape(c.getValue())).append("</th>"));
    if (computed) {
      out.append("<th class=\"num\">Reviewed</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Map.Entry<String, String> row : rowsById.entrySet()) {
      out.append("<tr><th").append(Html.lang(row.getValue())).append(">").append(Html.escape(row.getValue()))
          .append("</th>");
      ScoreBasis share = new ScoreBasis(0, 0, true);
      for (Map.Entry<String, String> column : ordered) {
        ScoreRow r = cells.get(row.getKey() + "\u0001" + column.getKey());
        if (r != null) {
          share = share.plus(r.basis());
        }
        cell(out, r);
      }
      if (computed) {
        out.append(share.draft()
            ? "<td class=\"num draft\">" + share.reviewedText() + " <span class=\"source\">(" + percent(share) + ")</span></td>"
            : "<td class=\"num reviewed\">all " + share.elements() + "</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table></div>\n");
    if (computed) {
      out.append("<p class=\"source\">Reviewed: element answers behind the scores of the row that a person reviewed.")
          .append(scores.stream().noneMatch(ScoreRow::draft) ? ""
              : " A score marked <span class=\"draft-mark\">draft</span> rests partly on the tool's suggestions (or on"
                  + " a review whose evidence changed since) and can still change; <i>incomplete</i>: an element"
                  + " behind it has no answer yet, so there is no score.")
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  private static void cell(StringBuilder out, ScoreRow r) {
    if (r == null) {
      out.append("<td class=\"num na\"></td>");
    } else if (r.incomplete()) {
      out.append("<td class=\"num incomplete\">incomplete<br><span class=\"draft-mark\">draft ")
          .append(r.basis().reviewedText()).append("</span></td>");
    } else if (r.score().isEmpty()) {
      out.append("<td class=\"num na\">N/A</td>");
    } else if (r.draft()) {
      out.append("<td class=\"num draft\">").append(HtmlReport.twoDecimals(r.score().getAsDouble()))
          .append("<br><span class=\"draft-mark\">draft ").append(r.basis().reviewedText()).append("</span></td>");
    } else {
      out.append("<td class=\"num\">").append(HtmlReport.twoDecimals(r.score().getAsDouble())).append("</td>");
    }
  }

  private static String percent(ScoreBasis b) {
    return b.elements() == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * b.reviewed() / b.elements());
  }

  private static int serviceRank(String service) {
    int at = List.of("", "mobile", "prepaid", "postpaid", "broadband").indexOf(service);
    return at < 0 ? 100 : at;
  }
}
