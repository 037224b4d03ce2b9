package org.policyscore.io;

import java.util.List;
import java.util.Set;

/**
 * Writes CSV text as RFC 4180 says (CRLF line ends, quotes only where needed), UTF-8 without
 * a byte-order mark. Cells that a spreadsheet would run as a formula (starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return) get a leading apostrophe, unless
 * their column is one whose cells must come back exactly as a person wrote them.
 */
public final class CsvWriter {
  private final StringBuilder out = new StringBuilder();
  private final Set<Integer> verbatimColumns;

  /** @param verbatimColumns 0-based columns written exactly as given (never neutralised) */
  public CsvWriter(List<String> header, Set<Integer> verbatimColumns) {
    this.verbatimColumns = Set.copyOf(verbatimColumns);
    row(header);
  }

  public CsvWriter row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String cell = cells.get(i);
      // The tool's own cells never carry control characters (quotes from a hostile page could
      // otherwise reach a terminal that prints the file); a person's are written as they were.
      out.append(quote(verbatimColumns.contains(i) ? cell : neutralise(ControlCharacters.strip(cell))));
    }
    out.append("\r\n");
    return this;
  }

  public String text() {
    return out.toString();
  }

  /**
   * Guards against spreadsheet formula injection (text taken from web pages could otherwise
   * run as {@code =HYPERLINK(...)}). Reading does not undo it: the apostrophe stays visible.
   */
  public static String neutralise(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') ? "'" + cell : cell;
  }

  private static String quote(String cell) {
    // Spaces need no quotes (RFC 4180 keeps them, and so does our reader).
    boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
        || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
