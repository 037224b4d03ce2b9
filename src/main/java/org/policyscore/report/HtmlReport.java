package org.policyscore.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.policyscore.io.Html;
import org.policyscore.score.ScoreRow;

/**
 * Renders a study's yearly report as one self-contained HTML page: inline CSS, charts
 * embedded as data URIs, no scripts and nothing fetched, so it opens offline and prints.
 * Every string from the input is escaped. The same input gives the same bytes.
 */
public final class HtmlReport {
  private static final String CSS = loadCss();

  private final ReportInput in;
  private final StringBuilder out = new StringBuilder(64 * 1024);

  private HtmlReport(ReportInput in) {
    this.in = in;
  }

  public static String render(ReportInput input) {
    return new HtmlReport(input).page();
  }

  private String page() {
    String title = in.studyName() + " " + in.year();
    boolean draft = in.scores().stream().anyMatch(ScoreRow::draft);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(title + (draft ? " (draft)" : ""))).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    header(title, draft);
    method();
    ScoresTable.render(out, in.scores(), this::company, this::service, this::indicator);
    ReviewSections.stale(out, in.answers(), this::company, this::service);
    ReviewSections.agreement(out, in.agreements(), this::indicator);
    charts();
    answers();
    documents();
    out.append("<footer>Written by policyscore ").append(Html.escape(in.toolVersion()))
        .append(" from the study <code>").append(Html.escape(in.studyId())).append("</code>.</footer>\n")
        .append("</body>\n</html>\n");
    return out.toString();
  }

  private void header(String title, boolean draft) {
    long stale = in.answers().stream().filter(ReportInput.Answer::needsReview).count();
    long reviewed = in.answers().stream().filter(ReportInput.Answer::reviewed).count() - stale;
    long unreviewed = in.answers().size() - reviewed - stale;
    out.append("<header>\n<h1").append(Html.lang(title)).append(">").append(Html.escape(title))
        .append(draft ? " <span class=\"badge\">draft</span>" : "").append("</h1>\n")
        .append("<p class=\"subtitle\">").append(Html.escape(in.country())).append(" · ")
        .append(in.companyNames().isEmpty() ? "" : Html.escape(String.join(", ", companies()))).append("</p>\n")
        .append("<div class=\"summary\">")
        .append("<span><b>").append(companies().size()).append("</b> companies</span>")
        .append("<span><b>").append(in.documents().size()).append("</b> documents</span>")
        .append("<span><b>").append(in.answers().size()).append("</b> element answers</span>")
        .append("<span><b>").append(reviewed).append("</b> reviewed by a person</span>")
        .append("<span class=\"").append(unreviewed > 0 ? "unreviewed" : "reviewed").append("\"><b>")
        .append(unreviewed).append("</b> not yet reviewed</span>")
        .append(stale > 0 ? "<span class=\"stale-mark\"><b>" + stale + "</b> reviewed, to look at again</span>" : "")
        .append("</div>\n");
    if (draft) {
      out.append("<p class=\"draft-banner\"><b>Draft.</b> ").append(reviewed).append(" of ")
          .append(in.answers().size()).append(" element answers are reviewed by a person")
          .append(stale > 0 ? " (" + stale + " more were, before their evidence changed)" : "")
          .append(". The scores marked draft rest on the tool's suggestions in part and can still change.</p>\n");
    }
    out.append("</header>\n");
  }

  private List<String> companies() {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    in.scores().forEach(r -> ids.add(r.company()));
    in.answers().forEach(a -> ids.add(a.company()));
    in.documents().forEach(d -> ids.add(d.company()));
    return ids.stream().map(this::company).toList();
  }

  private String company(String id) {
    return in.companyNames().getOrDefault(id, id);
  }

  private String service(String id) {
    return in.serviceNames().getOrDefault(id, id);
  }

  private String indicator(String id) {
    String t = in.indicatorTitles().get(id);
    return t == null ? id : id + " | " + t;
  }

  private void method() {
    out.append("<section id=\"method\">\n<h2>Method and attribution</h2>\n");
    for (String p : in.method()) {
      out.append("<p").append(Html.lang(p)).append(">").append(Html.escape(p)).append("</p>\n");
    }
    if (!in.attributions().isEmpty()) {
      out.append("<ul class=\"attributions\">\n");
      for (String a : in.attributions()) {
        out.append("<li>").append(Html.escape(a)).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  static String twoDecimals(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private void charts() {
    if (in.charts().isEmpty()) {
      return;
    }
    out.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
    for (ReportInput.Chart c : in.charts()) {
      out.append("<figure><img alt=\"").append(Html.escape(c.title())).append("\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(c.png())).append("\">")
          .append("<figcaption").append(Html.lang(c.title())).append(">").append(Html.escape(c.title()))
          .append("</figcaption></figure>\n");
    }
    out.append("</section>\n");
  }

  private void answers() {
    out.append("<section id=\"answers\">\n<h2>Answers and evidence</h2>\n");
    if (in.answers().isEmpty()) {
      out.append("<p>No element answers yet.</p>\n");
    }
    Map<String, List<ReportInput.Answer>> byCompany = new LinkedHashMap<>();
    in.answers().forEach(a -> byCompany.computeIfAbsent(a.company(), k -> new ArrayList<>()).add(a));
    for (Map.Entry<String, List<ReportInput.Answer>> e : byCompany.entrySet()) {
      out.append("<h3>").append(Html.escape(company(e.getKey()))).append("</h3>\n")
          .append("<table class=\"answers\">\n<thead><tr><th>Element</th><th>Level / service</th><th>Answer</th>")
          .append("<th>Reviewed</th><th>Evidence</th></tr></thead>\n<tbody>\n");
      for (ReportInput.Answer a : e.getValue()) {
        answerRow(a);
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</section>\n");
  }

  private void answerRow(ReportInput.Answer a) {
    out.append("<tr id=\"").append(Html.escape(anchor(a))).append("\"><td><b>").append(Html.escape(a.element()))
        .append("</b><br><span class=\"source\"").append(Html.lang(a.question())).append(">")
        .append(Html.escape(a.question())).append("</span></td>")
        .append("<td>").append(Html.escape(a.level()))
        .append(a.service().isEmpty() ? "" : " · " + Html.escape(service(a.service()))).append("</td>")
        .append("<td><span class=\"answer\">").append(Html.escape(a.answer().isEmpty() ? "—" : a.answer()))
        .append("</span>");
    if (!a.suggested().isEmpty() && !a.suggested().equalsIgnoreCase(a.answer())) {
      out.append("<br><span class=\"source\">suggested: ").append(Html.escape(a.suggested())).append("</span>");
    }
    out.append("</td><td>");
    if (a.needsReview()) {
      out.append("<span class=\"stale-mark\">look again</span>");
      if (!a.reviewer().isEmpty()) {
        out.append("<br><span class=\"source\">").append(Html.escape(a.reviewer())).append("</span>");
      }
      out.append("<br><span class=\"source\">");
      ReviewSections.lines(out, a.stale());
      out.append("</span>");
    } else if (a.reviewed()) {
      out.append("<span class=\"reviewed\">yes</span>");
      if (!a.reviewer().isEmpty()) {
        out.append("<br><span class=\"source\">").append(Html.escape(a.reviewer())).append("</span>");
      }
    } else {
      out.append("<span class=\"unreviewed\">no</span>");
    }
    out.append("</td><td>");
    for (ReportInput.Quote q : a.quotes()) {
      out.append("<blockquote").append(Html.lang(q.text())).append(">").append(Html.escape(q.text()))
          .append("</blockquote><div class=\"source\">").append(Html.escape(q.document()));
      if (!q.snapshot().isEmpty()) {
        out.append(" · copy ").append(Html.link(q.link(), shortHash(q.snapshot())));
      }
      out.append("</div>");
    }
    if (!a.comment().isEmpty()) {
      out.append("<p").append(Html.lang(a.comment())).append("><i>Comment:</i> ").append(Html.escape(a.comment()))
          .append("</p>");
    }
    out.append("</td></tr>\n");
  }

  static String anchor(ReportInput.Answer a) {
    return (a.company() + "-" + a.level() + "-" + a.service() + "-" + a.element()).replaceAll("[^A-Za-z0-9.-]+", "-");
  }

  private static String shortHash(String hash) {
    return hash.length() > 12 ? hash.substring(0, 12) : hash;
  }

  private void documents() {
    out.append("<section id=\"documents\">\n<h2>Documents</h2>\n");
    if (!in.documentsNote().isBlank()) {
      out.append("<p>").append(Html.escape(in.documentsNote())).append("</p>\n");
    } else {
      out.append("<p>Each document's newest archived copy, named by the SHA-256 of the archived file: cite it with the"
          + " dates it was first retrieved and last seen unchanged. The date a policy states about itself is the"
          + " company's claim, not checked.</p>\n");
    }
    if (in.documents().isEmpty()) {
      out.append("</section>\n");
      return;
    }
    out.append("<table class=\"documents\">\n<thead><tr><th>Company</th><th>Document</th><th>Language</th>")
        .append("<th>Status</th><th>Copy retrieved</th><th>The policy's own date</th>")
        .append("<th>Copy (SHA-256)</th><th class=\"num\">Bytes</th></tr></thead>\n<tbody>\n");
    for (ReportInput.Document d : in.documents()) {
      out.append("<tr><td>").append(Html.escape(company(d.company()))).append("</td><td>")
          .append(Html.escape(d.document())).append(d.kind().isEmpty() ? "" : " (" + Html.escape(d.kind()) + ")");
      if (!d.url().isEmpty()) {
        out.append("<br><span class=\"source\">").append(Html.link(d.url(), d.url())).append("</span>");
      }
      out.append("</td><td>").append(Html.escape(d.language())).append("</td><td>")
          .append(Html.escape(d.status())).append("</td><td>");
      if (!d.retrieved().isEmpty()) {
        out.append("<span class=\"source\">first retrieved</span> ").append(Html.escape(d.retrieved()));
      }
      if (!d.lastSeen().isEmpty()) {
        out.append("<br><span class=\"source\">last seen unchanged</span> ").append(Html.escape(d.lastSeen()));
      }
      out.append("</td><td").append(Html.lang(d.stated())).append(">").append(Html.escape(d.stated()));
      if (!d.stated().isEmpty()) {
        out.append("<br><span class=\"source\">the company's claim</span>");
      }
      out.append("</td><td>");
      if (!d.sha256().isEmpty()) {
        out.append("<span class=\"hash\">").append(Html.link(d.link(), d.sha256())).append("</span>");
      }
      out.append("</td><td class=\"num\">").append(d.bytes() > 0 ? Long.toString(d.bytes()) : "").append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  private static String loadCss() {
    try (InputStream s = HtmlReport.class.getResourceAsStream("report.css")) {
      if (s == null) {
        throw new IllegalStateException("report.css is missing from the jar");
      }
      return new String(s.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
