package org.policyscore.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.policyscore.io.Html;
import org.policyscore.score.Agreement;

/**
 * The parts of the report about the review itself: answers whose evidence changed after a
 * person reviewed them, and the agreement between two researchers' reviews.
 */
final class ReviewSections {
  private ReviewSections() {}

  static void stale(StringBuilder out, List<ReportInput.Answer> answers, Function<String, String> company,
      Function<String, String> service) {
    // what matters most first: a changed suggestion, then quotes added or gone, then new text alone
    List<ReportInput.Answer> stale = answers.stream().filter(ReportInput.Answer::needsReview)
        .sorted(java.util.Comparator.comparingInt(ReviewSections::weight).reversed()).toList();
    if (stale.isEmpty()) {
      return;
    }
    out.append("<section id=\"stale\">\n<h2>Reviews to look at again</h2>\n<p>The evidence behind these reviewed")
        .append(" answers changed after the review (a new text version, a quote added or gone). The answers are")
        .append(" as the reviewer gave them; until someone looks again, they count as not reviewed.</p>\n")
        .append("<table class=\"second-look\">\n<thead><tr><th>Element</th><th>Company</th><th>Level / service</th>")
        .append("<th>Answer</th><th>What changed</th></tr></thead>\n<tbody>\n");
    for (ReportInput.Answer a : stale) {
      out.append("<tr><td><a href=\"#").append(Html.escape(HtmlReport.anchor(a))).append("\">")
          .append(Html.escape(a.element())).append("</a></td><td>").append(Html.escape(company.apply(a.company())))
          .append("</td><td>").append(Html.escape(a.level()))
          .append(a.service().isEmpty() ? "" : " · " + Html.escape(service.apply(a.service())))
          .append("</td><td>").append(Html.escape(a.answer()))
          .append(a.reviewer().isEmpty() ? "" : " <span class=\"source\">(" + Html.escape(a.reviewer()) + ")</span>")
          .append("</td><td>");
      lines(out, a.stale());
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static int weight(ReportInput.Answer a) {
    return a.stale().contains("suggestion changed") ? 2 : a.stale().contains("quote ") ? 1 : 0;
  }

  /** The reasons of a stale cell, one per line (the accepted answer is shown as the answer). */
  static void lines(StringBuilder out, String stale) {
    boolean first = true;
    for (String line : stale.lines().filter(l -> !l.startsWith("accepted: ")).toList()) {
      out.append(first ? "" : "<br>").append("<span").append(Html.lang(line)).append(">")
          .append(Html.escape(line)).append("</span>");
      first = false;
    }
  }

  static void agreement(StringBuilder out, List<ReportInput.ReviewAgreement> agreements,
      Function<String, String> indicator) {
    if (agreements.isEmpty()) {
      return;
    }
    out.append("<section id=\"agreement\">\n<h2>Agreement between reviewers</h2>\n<p>Over the elements both")
        .append(" researchers reviewed: the share answered alike, and Cohen's kappa (1 is full agreement, 0 what")
        .append(" chance alone would give). Answers compared: yes, partial, no, no disclosure found, N/A.</p>\n");
    for (ReportInput.ReviewAgreement g : agreements) {
      out.append("<h3>").append(Html.escape(g.first())).append(" and ").append(Html.escape(g.second()))
          .append("</h3>\n<table class=\"agreement\">\n<thead><tr><th>Indicator</th><th class=\"num\">Compared</th>")
          .append("<th class=\"num\">Alike</th><th class=\"num\">Agreement</th><th class=\"num\">Kappa</th></tr></thead>\n<tbody>\n");
      for (Agreement.Kappa k : g.indicators()) {
        row(out, indicator.apply(k.scope()), k);
      }
      row(out, "Overall", g.overall());
      out.append("</tbody>\n</table>\n<p class=\"source\">").append(g.disagreements())
          .append(" disagreement(s); 'policyscore agree' lists them for reconciliation.")
          .append(g.overall().kappa().isEmpty() && g.overall().compared() > 0
              ? " Kappa is undefined where both gave one and the same answer throughout." : "")
          .append("</p>\n");
    }
    out.append("</section>\n");
  }

  private static void row(StringBuilder out, String label, Agreement.Kappa k) {
    out.append("<tr><th").append(Html.lang(label)).append(">").append(Html.escape(label)).append("</th><td class=\"num\">")
        .append(k.compared()).append("</td><td class=\"num\">").append(k.agreed()).append("</td><td class=\"num\">")
        .append(k.percent().isPresent() ? String.format(Locale.ROOT, "%.1f%%", k.percent().getAsDouble()) : "–")
        .append("</td><td class=\"num\">")
        .append(k.kappa().isPresent() ? String.format(Locale.ROOT, "%.2f", k.kappa().getAsDouble()) : "n/a")
        .append("</td></tr>\n");
  }
}
