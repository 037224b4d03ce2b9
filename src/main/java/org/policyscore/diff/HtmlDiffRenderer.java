package org.policyscore.diff;

import java.util.List;
import org.policyscore.io.Html;

/**
 * The diff as one self-contained HTML page: older and newer version side by side, each changed
 * sentence with one unchanged sentence of context around it, removed words struck through in
 * red, added words underlined in green, and a table of the elements touched. Everything taken
 * from a policy is escaped.
 */
final class HtmlDiffRenderer {
  private static final String STYLE = """
      body{font-family:system-ui,"Noto Sans","Noto Sans Khmer","Khmer OS",sans-serif;margin:1.5em;line-height:1.5;color:#222}
      :lang(km){font-family:"Noto Sans Khmer","Khmer OS","Khmer OS System","Leelawadee UI",sans-serif;line-height:1.9}
      table{border-collapse:collapse;width:100%}
      td,th{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
      table.diff td,table.versions td{width:50%}
      tr.section th{background:#eef;font-weight:bold}
      tr.same td{color:#666}
      tr.gap td{color:#999;text-align:center;border:none}
      tr.added td.new,ins{background:#e6ffec;text-decoration:underline;color:#05501f}
      tr.removed td.old,del{background:#ffebe9;color:#82071e}
      tr.moved td{background:#eef7ff}
      .note{font-style:italic;color:#555}
      code{font-size:.85em;word-break:break-all}
      """;

  private HtmlDiffRenderer() {}

  static String render(DiffResult diff, ElementsTouched touched) {
    StringBuilder out = new StringBuilder();
    String lang = diff.after().lang();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>What changed: ").append(Html.escape(diff.after().label())).append("</title>\n<style>\n")
        .append(STYLE).append("</style>\n</head>\n<body>\n");
    out.append("<h1>What changed: ").append(Html.escape(diff.after().label())).append("</h1>\n");
    out.append("<table class=\"versions\">\n<tr><th>older version</th><th>newer version</th></tr>\n<tr>");
    version(out, diff.before());
    version(out, diff.after());
    out.append("</tr>\n</table>\n");
    Citation.changedBetween(diff.before().citation(), diff.after().citation())
        .ifPresent(b -> out.append("<p>").append(Html.escape(Character.toUpperCase(b.charAt(0)) + b.substring(1)))
            .append(".</p>\n"));
    out.append("<p><strong>").append(Html.escape(diff.summary()))
        .append("</strong> (units are headings and sentences)</p>\n");
    if (diff.hasChanges()) {
      table(out, diff);
    }
    if (touched != null) {
      elements(out, touched);
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  /**
   * The page of a document's first archived version: what identifies it, and its text. It is
   * not a diff: there is nothing before it to compare.
   */
  static String renderFirst(String title, TextSide side) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(side.lang())).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>First archived: ").append(Html.escape(title)).append("</title>\n<style>\n")
        .append(STYLE).append("</style>\n</head>\n<body>\n");
    out.append("<h1>First archived: ").append(Html.escape(title)).append("</h1>\n");
    out.append("<p>The first copy of this document in the archive. There is no earlier version, so nothing is "
        + "compared.</p>\n<table class=\"versions\">\n<tr><th>first archived version</th></tr>\n<tr>");
    version(out, side);
    out.append("</tr>\n</table>\n<h2>Text</h2>\n<div lang=\"").append(Html.escape(side.lang())).append("\">\n");
    for (String line : side.text().split("\n")) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (t.startsWith("#")) {
        out.append("<h3>").append(Html.escape(t.replaceFirst("^#+\\s*", ""))).append("</h3>\n");
      } else {
        out.append("<p>").append(Html.escape(t)).append("</p>\n");
      }
    }
    out.append("</div>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void version(StringBuilder out, TextSide side) {
    out.append("<td><b>").append(Html.escape(side.label())).append("</b>");
    for (Citation.Line l : side.citation().lines()) {
      out.append("<br>").append(Html.escape(l.label()));
      if (!l.value().isEmpty()) {
        out.append(": ").append(l.isHash() ? "<code>" + Html.escape(l.value()) + "</code>" : Html.escape(l.value()));
      }
      if (!l.note().isEmpty()) {
        out.append("<br><span class=\"note\"").append(Html.lang(l.note())).append(">")
            .append(Html.escape(l.note())).append("</span>");
      }
    }
    out.append("</td>");
  }

  private static void table(StringBuilder out, DiffResult diff) {
    String la = " lang=\"" + Html.escape(diff.before().lang()) + "\"";
    String lb = " lang=\"" + Html.escape(diff.after().lang()) + "\"";
    out.append("<table class=\"diff\">\n<thead><tr><th>older: ").append(Html.escape(diff.before().when().toString()))
        .append("</th><th>newer: ").append(Html.escape(diff.after().when().toString())).append("</th></tr></thead>\n<tbody>\n");
    List<DiffRow> rows = diff.rows();
    String section = null;
    boolean gap = false;
    for (int k = 0; k < rows.size(); k++) {
      DiffRow r = rows.get(k);
      boolean near = r.kind() != DiffRow.Kind.SAME
          || (k > 0 && rows.get(k - 1).kind() != DiffRow.Kind.SAME)
          || (k + 1 < rows.size() && rows.get(k + 1).kind() != DiffRow.Kind.SAME);
      if (!near || (r.kind() == DiffRow.Kind.SAME && r.after().heading())) {
        gap = true;
        continue;
      }
      if (!r.section().equals(section)) {
        section = r.section();
        out.append("<tr class=\"section\"><th colspan=\"2\">§ ")
            .append(Html.escape(section.isEmpty() ? "(before the first heading)" : section)).append("</th></tr>\n");
      } else if (gap) {
        out.append("<tr class=\"gap\"><td colspan=\"2\">…</td></tr>\n");
      }
      gap = false;
      switch (r.kind()) {
        case SAME -> row(out, "same", la, Html.escape(r.before().text()), lb, Html.escape(r.after().text()));
        case ADDED -> row(out, "added", la, "", lb, "<ins>" + Html.escape(r.after().text()) + "</ins>");
        case REMOVED -> row(out, "removed", la, "<del>" + Html.escape(r.before().text()) + "</del>", lb, "");
        case CHANGED -> row(out, "changed", la, side(r.spans(), false), lb, side(r.spans(), true));
        case MOVED -> row(out, "moved", "", sameGroup(rows, k) ? "" : "<span class=\"note\">moved here from "
            + Html.escape(r.place()) + "</span>", lb,
            r.reworded() ? side(r.spans(), true) : Html.escape(r.after().text()));
        case MOVED_AWAY -> row(out, "moved", la, Html.escape(r.before().text()), "", sameGroup(rows, k) ? ""
            : "<span class=\"note\">moved from here to " + Html.escape(r.place()) + "</span>");
      }
    }
    out.append("</tbody>\n</table>\n");
  }

  /** Whether row k continues a block moved together with the row before. */
  private static boolean sameGroup(List<DiffRow> rows, int k) {
    if (k == 0) {
      return false;
    }
    return !rows.get(k).startsMoveGroup(rows.get(k - 1));
  }

  private static void row(StringBuilder out, String cls, String langOld, String old, String langNew, String now) {
    out.append("<tr class=\"").append(cls).append("\"><td class=\"old\"").append(langOld).append('>').append(old)
        .append("</td><td class=\"new\"").append(langNew).append('>').append(now).append("</td></tr>\n");
  }

  private static String side(List<Span> spans, boolean newer) {
    StringBuilder s = new StringBuilder();
    for (Span span : spans) {
      switch (span.kind()) {
        case SAME -> s.append(Html.escape(newer ? span.newer() : span.older()));
        case REMOVED -> {
          if (!newer) {
            s.append("<del>").append(Html.escape(span.text())).append("</del>");
          }
        }
        case ADDED -> {
          if (newer) {
            s.append("<ins>").append(Html.escape(span.text())).append("</ins>");
          }
        }
      }
    }
    return s.toString();
  }

  static void elements(StringBuilder out, ElementsTouched touched) {
    out.append("<h2>Elements touched (").append(Html.escape(touched.locator())).append(")</h2>\n<p class=\"note\">")
        .append(Html.escape(Character.toUpperCase(ElementsText.answersFrom(touched).charAt(0))
            + ElementsText.answersFrom(touched).substring(1)))
        .append(". A pointer for a reader, not a verdict: read the sentences.</p>\n");
    if (touched.elements().isEmpty()) {
      out.append("<p>None.</p>\n");
      return;
    }
    out.append("<table class=\"elements\">\n<tr><th>element</th><th>before</th><th>after</th><th>why</th><th>changed text</th></tr>\n");
    for (TouchedElement e : touched.elements()) {
      out.append("<tr><td><b>").append(Html.escape(e.elementId())).append("</b>");
      if (!e.question().isEmpty()) {
        out.append("<br><span class=\"note\">").append(Html.escape(e.question())).append("</span>");
      }
      out.append("</td><td>").append(Html.escape(e.before()))
          .append("</td><td>").append(Html.escape(e.after())).append("</td><td>").append(Html.escape(e.why()))
          .append("</td><td>");
      for (TouchedElement.Quote q : e.quotes()) {
        out.append("<div lang=\"").append(Html.escape(q.lang())).append("\"><span class=\"note\">")
            .append(Html.escape(q.side())).append(":</span> ").append(Html.escape(q.text())).append("</div>");
      }
      out.append("</td></tr>\n");
    }
    out.append("</table>\n");
  }
}
