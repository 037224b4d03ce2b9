package org.policyscore.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.policyscore.InvalidInputException;

/**
 * A CSV file held whole, read by {@link CsvReader} (UTF-8 with or without a byte-order mark,
 * CRLF or LF line ends, quoted cells that span lines, RFC 4180; rows with a different number of
 * cells than the header rejected, all-empty rows skipped). For answers and scores files a person
 * keeps; files larger than {@link #MAX_BYTES} are refused with an error, since what is read
 * whole must fit in memory (aggregate reads any size row by row).
 *
 * @param header the first row's cells
 * @param rows the data rows, in file order
 */
public record CsvTable(Path file, List<String> header, List<Row> rows) {

  /** Largest file read whole: some ten times a study's answers with all their evidence. */
  public static final long MAX_BYTES = 256L << 20;

  /** One data row: the 1-based line it starts on and its cells, exactly as written. */
  public record Row(int line, List<String> cells) {
    public String cell(int column) {
      return cells.get(column);
    }
  }

  public static CsvTable read(Path file) throws InvalidInputException, IOException {
    requireWholeReadable(file);
    try (CsvReader csv = CsvReader.open(file)) {
      List<Row> rows = new ArrayList<>();
      List<InvalidInputException> ragged = new ArrayList<>();
      for (Row r = csv.nextOfAnyWidth(); r != null; r = csv.nextOfAnyWidth()) {
        if (r.cells().size() != csv.header().size()) {
          ragged.add(csv.widthError(r)); // every such row is reported, not only the first
        } else {
          rows.add(r);
        }
      }
      if (!ragged.isEmpty()) {
        throw InvalidInputException.all(ragged);
      }
      return new CsvTable(file, csv.header(), List.copyOf(rows));
    } catch (OutOfMemoryError e) {
      throw tooLarge(file);
    }
  }

  /** The error for a file that did not fit in memory (the rows read so far are garbage by now). */
  public static InvalidInputException tooLarge(Path file) {
    return new InvalidInputException(file, String.format(Locale.ROOT,
        "too large to read whole in the %,d MB of memory Java may use; to let it use more: "
            + "POLICYSCORE_JAVA_OPTS=-Xmx4g ./policyscore ...", Runtime.getRuntime().maxMemory() >> 20));
  }

  /** Refuses a file too large to be read whole (over {@link #MAX_BYTES}), saying so. */
  public static void requireWholeReadable(Path file) throws InvalidInputException, IOException {
    if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
      throw new InvalidInputException(file, String.format(Locale.ROOT,
          "the file is %,d MB; files of answers or scores are read whole up to %,d MB", Files.size(file) >> 20,
          MAX_BYTES >> 20));
    }
  }

  /**
   * Checks that the header names these columns, in this order (case and surrounding spaces
   * do not matter).
   */
  public void requireHeader(List<String> expected) throws InvalidInputException {
    requireHeader(file, header, expected);
  }

  static void requireHeader(Path file, List<String> header, List<String> expected) throws InvalidInputException {
    if (header.size() == 1 && header.get(0).contains(";")) {
      throw new InvalidInputException(file, 1, 1, CsvReader.SEMICOLONS);
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
    return error(file, header, row, column, problem);
  }

  static InvalidInputException error(Path file, List<String> header, Row row, int column, String problem) {
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
}
