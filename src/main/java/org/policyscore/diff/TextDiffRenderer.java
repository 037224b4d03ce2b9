package org.policyscore.diff;

import java.time.Instant;

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
    out.append(which).append(": ").append(side.label()).append("  ").append(date(side.when()))
        .append("  sha256 ").append(side.sha256()).append('\n');
  }

  static String date(Instant when) {
    return when.toString();
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
    out.append("\nElements touched (").append(touched.locator()).append("): ");
    if (touched.elements().isEmpty()) {
      out.append("none\n");
      return;
    }
    out.append(touched.elements().size()).append('\n');
    for (TouchedElement e : touched.elements()) {
      out.append(String.format("  %-8s %s -> %s", e.elementId(), e.before(), e.after()));
      out.append(e.evidenceChanged() ? "  (evidence in changed text)" : "  (answer differs)").append('\n');
      if (!e.quoteBefore().isEmpty()) {
        out.append("           before: ").append(e.quoteBefore()).append('\n');
      }
      if (!e.quoteAfter().isEmpty()) {
        out.append("           after:  ").append(e.quoteAfter()).append('\n');
      }
    }
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }
}
