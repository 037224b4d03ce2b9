package org.policyscore.published;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A year folder's {@code SOURCE.md}: where published scores come from. A person writes it (or
 * {@code import-scores} starts it) in plain Markdown; the tool reads two things from it:
 *
 * <ul>
 *   <li>the citation: the first quote block ({@code > } lines), or, when there is none, the
 *       first paragraph of plain text (not a heading, list, table or code);
 *   <li>the documents assessed: a table under a heading containing "Documents assessed", with
 *       columns company, document, language, address (or url) and seen (or date);
 *   <li>the elements scored, where the source scored another number of elements than the
 *       catalogue has for such a service: a table under a heading containing "Elements scored",
 *       with columns indicator, service (empty: every service) and elements.
 * </ul>
 *
 * Anything else in the file is for people and is left alone.
 */
public record SourceNote(Optional<String> citation, List<AssessedDocument> documents,
    Map<String, Integer> elementsScored) {
  public static final String FILE = "SOURCE.md";

  public SourceNote {
    documents = List.copyOf(documents);
    elementsScored = Map.copyOf(elementsScored);
  }

  /**
   * How many elements the source says stand behind its score of this indicator for this service
   * (a row for the service, else a row for every service).
   */
  public OptionalInt elements(String indicator, String service) {
    Integer n = elementsScored.get(indicator.toLowerCase(Locale.ROOT) + "\u0000" + service.toLowerCase(Locale.ROOT));
    if (n == null) {
      n = elementsScored.get(indicator.toLowerCase(Locale.ROOT) + "\u0000");
    }
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** The note beside scores in {@code yearDir}, if there is one. */
  public static Optional<SourceNote> in(Path yearDir) throws IOException {
    Path file = yearDir.resolve(FILE);
    return Files.isRegularFile(file) ? Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)))
        : Optional.empty();
  }

  public static SourceNote parse(String markdown) {
    List<String> lines = markdown.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
    Map<String, Integer> elements = new HashMap<>();
    for (Map<String, String> row : table(lines, "elements scored")) {
      String n = row.getOrDefault("elements", "").strip();
      if (n.matches("\\d{1,3}")) {
        elements.put(row.getOrDefault("indicator", "").strip().toLowerCase(Locale.ROOT) + "\u0000"
            + row.getOrDefault("service", "").strip().toLowerCase(Locale.ROOT), Integer.parseInt(n));
      }
    }
    List<AssessedDocument> documents = new ArrayList<>();
    for (Map<String, String> row : table(lines, "documents assessed")) {
      documents.add(new AssessedDocument(get(row, "company", "operator"), get(row, "document"),
          get(row, "language", "lang"), get(row, "address", "url", "where"), get(row, "seen", "date", "retrieved", "when")));
    }
    return new SourceNote(citation(lines), documents, elements);
  }

  private static Optional<String> citation(List<String> lines) {
    List<String> quote = new ArrayList<>();
    for (String l : lines) {
      String s = l.strip();
      if (s.startsWith(">")) {
        quote.add(s.substring(1).strip());
      } else if (!quote.isEmpty()) {
        break;
      }
    }
    if (!quote.isEmpty()) {
      return joined(quote);
    }
    List<String> paragraph = new ArrayList<>();
    boolean code = false;
    for (String l : lines) {
      String s = l.strip();
      if (s.startsWith("```")) {
        code = !code;
        continue;
      }
      boolean prose = !code && !s.isEmpty() && !s.startsWith("#") && !s.startsWith("|") && !s.startsWith("<!--")
          && !s.matches("([-*+]|\\d+[.)])\\s.*");
      if (prose) {
        paragraph.add(s);
      } else if (!paragraph.isEmpty()) {
        break;
      }
    }
    return joined(paragraph);
  }

  private static Optional<String> joined(List<String> lines) {
    String text = String.join(" ", lines).replaceAll("\\s+", " ").strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The rows of the first Markdown table under a heading containing {@code heading}, by column name. */
  private static List<Map<String, String>> table(List<String> lines, String heading) {
    List<Map<String, String>> out = new ArrayList<>();
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.startsWith("#") && s.toLowerCase(Locale.ROOT).contains(heading)) {
        at = i + 1;
        break;
      }
    }
    if (at < 0) {
      return out;
    }
    List<String> header = null;
    for (int i = at; i < lines.size(); i++) {
      String s = lines.get(i).strip();
      if (s.startsWith("#")) {
        break;
      }
      if (!s.startsWith("|")) {
        continue;
      }
      List<String> cells = cells(s);
      if (cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
        continue;
      }
      if (header == null) {
        header = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
        continue;
      }
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.size() && c < cells.size(); c++) {
        row.put(header.get(c), cells.get(c));
      }
      out.add(row);
    }
    return out;
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
    List<String> cells = new ArrayList<>();
    for (String c : inner.split("(?<!\\\\)\\|", -1)) {
      cells.add(c.strip().replace("\\|", "|").replaceAll("^`|`$", ""));
    }
    return cells;
  }

  private static String get(Map<String, String> row, String... names) {
    for (String n : names) {
      if (row.containsKey(n)) {
        return row.get(n);
      }
    }
    return "";
  }
}
