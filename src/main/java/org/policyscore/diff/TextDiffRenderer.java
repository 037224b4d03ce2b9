package org.policyscore.diff;

/**
 * The diff for a terminal: one line per changed sentence under its heading, {@code +} added,
 * {@code -} removed, {@code ~} changed with {@code [-removed-]{+added+}} words, {@code >} moved.
 * Colours (red, green, cyan) replace the bracket marks when asked for.
 */
final class TextDiffRenderer {
  private static final String RED = "\u001B[31m";
  private static final String GREEN = "\u001B[32m";
  private static final String CYAN = "\u001B[36m";
  private static final String BOLD = "\u001B[1m";
  private static final String RESET = "\u001B[0m";

  private final boolean color;
  private final StringBuilder out = new StringBuilder();

  TextDiffRenderer(boolean color) {
    this.color = color;
  }

  String render(DiffResult diff, ElementsTouched touched) {
    version("older", diff.before());
    version("newer", diff.after());
    Citation.changedBetween(diff.before().citation(), diff.after().citation())
        .ifPresent(b -> out.append(b).append('\n'));
    out.append(diff.summary()).append(" (units are headings and sentences)\n");
    String section = null;
    DiffRow previous = null;
    for (DiffRow r : diff.changes()) {
      if (!r.section().equals(section)) {
        section = r.section();
        out.append('\n').append(paint(BOLD, "§ " + (section.isEmpty() ? "(before the first heading)" : section))).append('\n');
        previous = null;
      }
      switch (r.kind()) {
        case ADDED -> line("+", GREEN, r.after().text(), "{+", "+}");
        case REMOVED -> line("-", RED, r.before().text(), "[-", "-]");
        case CHANGED -> out.append("  ~ ").append(spans(r)).append('\n');
        case MOVED -> {
          if (r.startsMoveGroup(previous)) {
            out.append("  ").append(paint(CYAN, "> moved here from " + r.place())).append('\n');
          }
          out.append("  > ").append(r.reworded() ? spans(r) : r.after().text()).append('\n');
        }
        case MOVED_AWAY -> {
          if (r.startsMoveGroup(previous)) {
            String what = r.before().heading() ? "§ " + r.before().text() : "text";
            out.append("  ").append(paint(CYAN, "< " + what + " moved from here to " + r.place())).append('\n');
          }
        }
        case SAME -> { }
      }
      previous = r;
    }
    if (touched != null) {
      elements(touched);
    }
    return out.toString();
  }

  private void version(String which, TextSide side) {
    out.append(which).append(": ").append(side.label()).append('\n');
    for (Citation.Line l : side.citation().lines()) {
      out.append("  ").append(l.label());
      if (!l.value().isEmpty()) {
        out.append(": ").append(l.value());
      }
      out.append('\n');
      if (!l.note().isEmpty()) {
        out.append("    ").append(l.note()).append('\n');
      }
    }
  }

  private void line(String sign, String colour, String text, String open, String close) {
    out.append("  ").append(sign).append(' ');
    out.append(color ? colour + text + RESET : open + text + close).append('\n');
  }

  private String spans(DiffRow r) {
    StringBuilder s = new StringBuilder();
    for (Span span : r.spans()) {
      switch (span.kind()) {
        case SAME -> s.append(span.text());
        case REMOVED -> s.append(color ? RED + "\u001B[9m" + span.text() + RESET : "[-" + span.text() + "-]");
        case ADDED -> s.append(color ? GREEN + "\u001B[4m" + span.text() + RESET : "{+" + span.text() + "+}");
      }
    }
    return s.toString();
  }

  private void elements(ElementsTouched touched) {
    out.append("\nElements touched (").append(touched.locator()).append("; ").append(ElementsText.answersFrom(touched))
        .append("): ");
    if (touched.elements().isEmpty()) {
      out.append("none\n");
      return;
    }
    out.append(touched.elements().size()).append('\n');
    String first = touched.languages().isEmpty() ? "" : touched.languages().get(0);
    for (TouchedElement e : touched.elements()) {
      out.append(String.format("  %-8s %s -> %s  (%s)", e.elementId(), e.before(), e.after(), e.why())).append('\n');
      if (!e.question().isEmpty()) {
        out.append("           ").append(e.question()).append('\n');
      }
      for (TouchedElement.Quote q : e.quotes()) {
        String side = q.side() + (q.lang().equals(first) ? "" : " (" + q.lang() + ")") + ":";
        out.append("           ").append(String.format("%-7s ", side)).append(q.text()).append('\n');
      }
    }
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
