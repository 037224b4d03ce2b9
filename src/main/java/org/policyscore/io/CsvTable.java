package org.policyscore.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.policyscore.InvalidInputException;

/**
 * A CSV file read the way spreadsheets write them: UTF-8 with or without a byte-order mark,
 * CRLF or LF line ends, quoted cells that span lines (RFC 4180). Every row knows the line it
 * starts on, so errors can name it; rows with a different number of cells than the header
 * are rejected, and rows whose cells are all empty (a spreadsheet's trailing rows) skipped.
 *
 * @param header the first row's cells
 * @param rows the data rows, in file order
 */
public record CsvTable(Path file, List<String> header, List<Row> rows) {

  /** One data row: the 1-based line it starts on and its cells, exactly as written. */
  public record Row(int line, List<String> cells) {
    public String cell(int column) {
      return cells.get(column);
    }
  }

  private static final String SEMICOLONS = "the cells are separated by ';'; save the file as "
      + "\"CSV UTF-8 (comma delimited)\" so they are separated by ','";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).build();

  public static CsvTable read(Path file) throws InvalidInputException, IOException {
    if (!Files.isRegularFile(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such file");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(file, "not UTF-8 text; save the file as \"CSV UTF-8\"");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (semicolonSeparated(text)) {
      throw new InvalidInputException(file, 1, 1, SEMICOLONS);
    }
    int[] lineStarts = lineStarts(text);
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    List<InvalidInputException> ragged = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      for (CSVRecord record : parser) {
        int line = lineOf(lineStarts, record.getCharacterPosition());
        List<String> cells = record.toList();
        if (header == null) {
          header = List.copyOf(cells);
          continue;
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (cells.size() != header.size()) {
          int column = Math.min(cells.size(), header.size()) + 1;
          // every such row is reported, not only the first
          ragged.add(new InvalidInputException(file, line, column, String.format(Locale.ROOT,
              "expected %d cells like the header (%s), found %d%s", header.size(),
              String.join(", ", header), cells.size(),
              cells.size() == 1 && cells.get(0).contains(";") ? "; this line's cells are separated by ';'" : "")));
          continue;
        }
        rows.add(new Row(line, List.copyOf(cells)));
      }
    } catch (UncheckedIOException e) {
      // Commons CSV reports a broken quote this way, with "(startline N)" in the message.
      String message = String.valueOf(e.getCause().getMessage());
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("startline (\\d+)").matcher(message);
      int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
      throw new InvalidInputException(file, line, 0, message.contains("EOF reached")
          ? "a quoted cell opens here and is never closed (a \" without its closing \")"
          : "unreadable CSV: " + message);
    }
    if (header == null) {
      throw new InvalidInputException(file, 1, 0, "the file is empty; expected a header row");
    }
    if (!ragged.isEmpty()) {
      throw InvalidInputException.all(ragged);
    }
    return new CsvTable(file, header, List.copyOf(rows));
  }

  /**
   * Checks that the header names these columns, in this order (case and surrounding spaces
   * do not matter).
   */
  public void requireHeader(List<String> expected) throws InvalidInputException {
    if (header.size() == 1 && header.get(0).contains(";")) {
      throw new InvalidInputException(file, 1, 1, SEMICOLONS);
    }
    for (int i = 0; i < expected.size(); i++) {
      String found = i < header.size() ? header.get(i).strip() : "";
      if (!found.equalsIgnoreCase(expected.get(i))) {
        throw new InvalidInputException(file, 1, i + 1, String.format(Locale.ROOT,
            "column %s of the header should be '%s', found '%s'; expected the header: %s",
            columnLetter(i), expected.get(i), found, String.join(",", expected)));
      }
    }
    if (header.size() != expected.size()) {
      throw new InvalidInputException(file, 1, expected.size() + 1,
          "the header has " + header.size() + " columns; expected " + expected.size() + ": "
              + String.join(",", expected));
    }
  }

  /** True when the header starts with these column names (to tell file layouts apart). */
  public boolean headerStartsWith(String... names) {
    return header.size() >= names.length
        && Arrays.equals(
            header.subList(0, names.length).stream().map(String::strip).toArray(),
            names);
  }

  /** An error about one cell, naming its line and spreadsheet column ("column J (answer)"). */
  public InvalidInputException error(Row row, int column, String problem) {
    String name = column < header.size() ? " (" + header.get(column).strip() + ")" : "";
    return new InvalidInputException(file, row.line(), column + 1,
        "column " + columnLetter(column) + name + ": " + problem);
  }

  /** A, B, ... Z, AA, AB: how a spreadsheet names column {@code index} (0-based). */
  public static String columnLetter(int index) {
    StringBuilder s = new StringBuilder();
    int n = index + 1;
    while (n > 0) {
      int r = (n - 1) % 26;
      s.insert(0, (char) ('A' + r));
      n = (n - 1) / 26;
    }
    return s.toString();
  }

  /**
   * Spreadsheets in some locales save "CSV" with semicolons, sometimes with a first line {@code
   * sep=;} or with every cell quoted (which a comma reader cannot even split): the first line
   * has semicolons outside quotes and no comma.
   */
  private static boolean semicolonSeparated(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    boolean quoted = false;
    int semicolons = 0;
    for (int i = 0; i < first.length(); i++) {
      char c = first.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        return false;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > 0;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] lineStarts, long position) {
    int i = Arrays.binarySearch(lineStarts, (int) position);
    return (i >= 0 ? i : -i - 2) + 1;
  }
}
