package org.policyscore.diff;

/**
 * The diff as Markdown for a story draft: what identifies both versions (the copies' SHA-256
 * and dates, the text's own date), then each changed sentence under its heading, removed words
 * struck through and added words bold. Policy text is escaped so that it cannot turn into
 * Markdown markup.
 */
final class MarkdownDiffRenderer {
  private MarkdownDiffRenderer() {}

  static String render(DiffResult diff, ElementsTouched touched) {
    StringBuilder out = new StringBuilder();
    out.append("# What changed: ").append(escape(diff.after().label())).append("\n\n");
    version(out, "Older version", diff.before());
    version(out, "Newer version", diff.after());
    Citation.changedBetween(diff.before().citation(), diff.after().citation())
        .ifPresent(b -> out.append(Character.toUpperCase(b.charAt(0))).append(b.substring(1)).append(".\n\n"));
    out.append("**").append(diff.summary()).append("** (units are headings and sentences)\n");
    String section = null;
    DiffRow previous = null;
    for (DiffRow r : diff.changes()) {
      if (!r.section().equals(section)) {
        section = r.section();
        out.append("\n### § ").append(section.isEmpty() ? "(before the first heading)" : escape(section)).append("\n\n");
        previous = null;
      }
      switch (r.kind()) {
        case ADDED -> out.append("- **Added:** ").append(escape(r.after().text())).append('\n');
        case REMOVED -> out.append("- **Removed:** ").append(wrap(r.before().text(), "~~")).append('\n');
        case CHANGED -> out.append("- **Changed:** ").append(spans(r)).append('\n');
        case MOVED -> {
          boolean first = r.startsMoveGroup(previous);
          out.append("- **Moved").append(first ? " here from " + escape(r.place()) : "")
              .append(r.reworded() ? " and changed" : "").append(":** ")
              .append(r.reworded() ? spans(r) : escape(r.after().text())).append('\n');
        }
        case MOVED_AWAY -> {
          if (r.startsMoveGroup(previous)) {
            String what = r.before().heading() ? "§ " + r.before().text() : "Text";
            out.append("- *").append(escape(what)).append(" moved from here to ").append(escape(r.place())).append("*\n");
          }
        }
        case SAME -> { }
      }
      previous = r;
    }
    if (touched != null) {
      out.append("\n## Elements touched (").append(escape(touched.locator())).append(")\n\n")
          .append(Character.toUpperCase(ElementsText.answersFrom(touched).charAt(0)))
          .append(ElementsText.answersFrom(touched).substring(1)).append(".\n\n");
      if (touched.elements().isEmpty()) {
        out.append("None.\n");
      } else {
        out.append("| element | question | before | after | why | changed text |\n|---|---|---|---|---|---|\n");
        for (TouchedElement e : touched.elements()) {
          StringBuilder quotes = new StringBuilder();
          for (TouchedElement.Quote q : e.quotes()) {
            quotes.append(quotes.length() == 0 ? "" : " ").append("*").append(q.side()).append(" (")
                .append(q.lang()).append("):* ").append(escape(q.text()));
          }
          out.append("| ").append(e.elementId()).append(" | ").append(escape(e.question())).append(" | ")
              .append(e.before()).append(" | ").append(e.after()).append(" | ").append(escape(e.why()))
              .append(" | ").append(quotes).append(" |\n");
        }
      }
    }
    return out.toString();
  }

  private static void version(StringBuilder out, String which, TextSide side) {
    out.append("**").append(which).append(":** ").append(escape(side.label())).append("\n\n");
    for (Citation.Line l : side.citation().lines()) {
      out.append("- ").append(escape(l.label()));
      if (!l.value().isEmpty()) {
        out.append(": ").append(l.isHash() ? "`" + l.value() + "`" : escape(l.value()));
      }
      if (!l.note().isEmpty()) {
        out.append(l.value().isEmpty() ? ": " : " — ").append(escape(l.note()));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static String spans(DiffRow r) {
    StringBuilder s = new StringBuilder();
    for (Span span : r.spans()) {
      switch (span.kind()) {
        case SAME -> s.append(escape(span.text()));
        case REMOVED -> s.append(wrap(span.text(), "~~"));
        case ADDED -> s.append(wrap(span.text(), "**"));
      }
    }
    return s.toString();
  }

  /** Marks text, keeping its surrounding white space outside the marks (Markdown needs that). */
  private static String wrap(String text, String mark) {
    int a = 0;
    int b = text.length();
    while (a < b && Comparison.isSpace(text.charAt(a))) {
      a++;
    }
    while (b > a && Comparison.isSpace(text.charAt(b - 1))) {
      b--;
    }
    if (a == b) {
      return text;
    }
    return text.substring(0, a) + mark + escape(text.substring(a, b)) + mark + text.substring(b);
  }

  /**
   * Backslash-escapes the characters that make inline Markdown (emphasis, code, links, HTML,
   * table cells, strike-through). Every unit is written after a list marker, so block markup
   * at a line start cannot arise.
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|~".indexOf(c) >= 0 || (c == '!' && i + 1 < text.length() && text.charAt(i + 1) == '[')) {
        s.append('\\');
      }
      s.append(c == '\n' ? ' ' : c);
    }
    return s.toString();
  }
}
