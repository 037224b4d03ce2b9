package org.policyscore.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Descriptions are written in the source as short lines for readability; picocli would wrap
 * each line on its own and leave ragged stubs at 80 columns. This joins the lines of each
 * paragraph (paragraphs are separated by an empty line or a line starting with %n), so the
 * help text wraps cleanly at whatever width the terminal has. Indented lines (tables, examples)
 * are kept as written, and the first sentence stays on its own, since picocli shows the first
 * description line as the command's summary in the command list.
 */
final class HelpText {
  private HelpText() {}

  static void reflow(CommandLine commandLine) {
    var usage = commandLine.getCommandSpec().usageMessage();
    usage.description(paragraphs(usage.description()));
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      reflow(sub);
    }
  }

  static String[] paragraphs(String[] lines) {
    List<String> out = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines) {
      if (line.startsWith(" ")) {
        if (current != null) {
          out.add(current.toString());
          current = null;
        }
        out.add(line);
        continue;
      }
      boolean breakBefore = line.isEmpty() || line.startsWith("%n");
      if (breakBefore) {
        if (current != null) {
          out.add(current.toString());
        }
        current = null;
        if (line.isEmpty()) {
          out.add("");
          continue;
        }
      }
      if (current == null) {
        current = new StringBuilder(line);
      } else {
        current.append(' ').append(line.strip());
      }
    }
    if (current != null) {
      out.add(current.toString());
    }
    return summaryFirst(out).toArray(String[]::new);
  }

  /** Splits the first sentence of the first paragraph off into a line of its own. */
  private static List<String> summaryFirst(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return paragraphs;
    }
    String first = paragraphs.get(0);
    int end = first.indexOf(". ");
    if (end < 0 || first.startsWith(" ")) {
      return paragraphs;
    }
    List<String> out = new ArrayList<>();
    out.add(first.substring(0, end + 1));
    out.add(first.substring(end + 2));
    out.addAll(paragraphs.subList(1, paragraphs.size()));
    return out;
  }
}
