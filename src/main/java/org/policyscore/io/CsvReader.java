package org.policyscore.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.policyscore.InvalidInputException;

/**
 * A CSV file read one row at a time, the way spreadsheets write them: UTF-8 with or without a
 * byte-order mark, CRLF, LF or CR line ends, quoted cells that span lines (RFC 4180). Only the
 * row being read is in memory, so a file of any size is read in the same small space; the
 * {@link Limits} bound a row, so that a file that is not a table (one endless line, a binary
 * file) is refused with an error rather than filling memory.
 *
 * <p>Every row knows the line it starts on, so errors name it; rows with a different number of
 * cells than the header are rejected, and rows whose cells are all empty (a spreadsheet's
 * trailing rows) skipped. {@link CsvTable} is the same file held whole.
 */
public final class CsvReader implements Closeable {

  /**
   * Bounds on one row. The defaults are far beyond any real answers or scores file (RDR's
   * 2020 element file, with its researchers' comments, has cells of at most 7,057 characters).
   *
   * @param maxCellBytes largest cell, in bytes of UTF-8
   * @param maxRowBytes largest row, all its cells together
   * @param maxCells most cells in a row
   */
  public record Limits(int maxCellBytes, int maxRowBytes, int maxCells) {
    public static final Limits DEFAULT = new Limits(1 << 20, 4 << 20, 1_000);
  }

  private static final int BUFFER = 1 << 16;

  static final String SEMICOLONS = "the cells are separated by ';'; save the file as "
      + "\"CSV UTF-8 (comma delimited)\" so they are separated by ','";

  private final Path file;
  private final InputStream in;
  private final Limits limits;
  /** The file is parsed as bytes: the delimiters are ASCII, and ASCII cells need no decoding. */
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private int end;
  private boolean eof;
  /** 1-based line of the byte at {@link #pos}. */
  private int line = 1;
  /**
   * The row being read: its cells' bytes one after the other (quotes undone), where each cell
   * starts, and whether it is all ASCII. Cells become text only when asked for ({@link CsvCells}),
   * so a column nobody reads (RDR's long comments, for scores) is never decoded.
   */
  private byte[] row = new byte[1024];
  private int rowLength;
  private int[] starts = new int[32];
  private boolean[] ascii = new boolean[32];
  private int cellCount;
  private final List<String> header;

  private CsvReader(Path file, InputStream in, Limits limits) throws IOException, InvalidInputException {
    this.file = file;
    this.in = in;
    this.limits = limits;
    if (fill() && end >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3; // the byte-order mark Excel writes
    }
    if (semicolonSeparated()) {
      throw new InvalidInputException(file, 1, 1, SEMICOLONS);
    }
    CsvCells first = record();
    while (first != null && first.size() == 1 && first.get(0).isEmpty()) {
      first = record(); // blank lines before the header
    }
    if (first == null) {
      throw new InvalidInputException(file, 1, 0, "the file is empty; expected a header row");
    }
    header = List.copyOf(first);
  }

  public static CsvReader open(Path file) throws IOException, InvalidInputException {
    return open(file, Limits.DEFAULT);
  }

  public static CsvReader open(Path file, Limits limits) throws IOException, InvalidInputException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    InputStream stream = Files.newInputStream(file);
    try {
      return new CsvReader(file, stream, limits);
    } catch (IOException | InvalidInputException | RuntimeException e) {
      stream.close();
      throw e;
    }
  }

  public Path file() {
    return file;
  }

  /** The first row's cells. */
  public List<String> header() {
    return header;
  }

  /** The next data row, or null at the end of the file; a row of another width than the header is an error. */
  public CsvTable.Row next() throws IOException, InvalidInputException {
    CsvTable.Row row = nextOfAnyWidth();
    if (row != null && row.cells().size() != header.size()) {
      throw widthError(row);
    }
    return row;
  }

  /** The next data row whatever its number of cells (to report every ragged row), or null at the end. */
  public CsvTable.Row nextOfAnyWidth() throws IOException, InvalidInputException {
    while (true) {
      int start = line;
      CsvCells cells = record();
      if (cells == null) {
        return null;
      }
      if (!cells.allEmpty()) {
        return new CsvTable.Row(start, cells);
      }
    }
  }

  /** The error for a row whose number of cells is not the header's. */
  public InvalidInputException widthError(CsvTable.Row row) {
    List<String> cells = row.cells();
    int column = Math.min(cells.size(), header.size()) + 1;
    return new InvalidInputException(file, row.line(), column, String.format(Locale.ROOT,
        "expected %d cells like the header (%s), found %d%s", header.size(), String.join(", ", header), cells.size(),
        cells.size() == 1 && cells.get(0).contains(";") ? "; this line's cells are separated by ';'" : ""));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Checks that the header names these columns, in this order (case and surrounding spaces
   * do not matter).
   */
  public void requireHeader(List<String> expected) throws InvalidInputException {
    CsvTable.requireHeader(file, header, expected);
  }

  /** True when the header starts with these column names (to tell file layouts apart). */
  public boolean headerStartsWith(String... names) {
    return header.size() >= names.length
        && Arrays.equals(header.subList(0, names.length).stream().map(String::strip).toArray(), names);
  }

  /** An error about one cell, naming its line and spreadsheet column ("column J (answer)"). */
  public InvalidInputException error(CsvTable.Row row, int column, String problem) {
    return CsvTable.error(file, header, row, column, problem);
  }


  /**
   * Spreadsheets in some locales save "CSV" with semicolons, sometimes with a first line {@code
   * sep=;} or with every cell quoted (which a comma reader cannot even split): the first line
   * has semicolons outside quotes and no comma.
   */
  private boolean semicolonSeparated() {
    boolean quoted = false;
    int semicolons = 0;
    for (int i = pos; i < end && buf[i] != '\n'; i++) {
      byte b = buf[i];
      if (b == '"') {
        quoted = !quoted;
      } else if (!quoted && b == ',') {
        return false;
      } else if (!quoted && b == ';') {
        semicolons++;
      }
    }
    return semicolons > 0;
  }

  /** The cells of the next record (a physical line, or more with quoted line breaks); null at the end. */
  private CsvCells record() throws IOException, InvalidInputException {
    if (pos >= end && !fill()) {
      return null;
    }
    int start = line;
    rowLength = 0;
    cellCount = 0;
    while (true) {
      if (cellCount == limits.maxCells()) {
        throw new InvalidInputException(file, start, cellCount + 1, String.format(Locale.ROOT,
            "the row has more than %,d cells; not a table of answers or scores?", limits.maxCells()));
      }
      if (cellCount == starts.length) {
        starts = Arrays.copyOf(starts, cellCount * 2);
        ascii = Arrays.copyOf(ascii, cellCount * 2);
      }
      starts[cellCount] = rowLength;
      boolean quotedCell = (pos < end || fill()) && buf[pos] == '"'; // the buffer may end just before it
      boolean plainText = quotedCell ? quoted(start) : plain();
      ascii[cellCount] = plainText;
      if (!plainText && !Utf8.isValid(row, starts[cellCount], rowLength - starts[cellCount])) {
        throw new InvalidInputException(file, line, cellCount + 1, "not UTF-8 text; save the file as \"CSV UTF-8\"");
      }
      cellCount++;
      if (pos >= end && !fill()) {
        return cells();
      }
      byte b = buf[pos++];
      if (b == ',') {
        continue;
      }
      line++; // a line end: CR, LF or CRLF
      if (b == '\r' && (pos < end || fill()) && buf[pos] == '\n') {
        pos++;
      }
      return cells();
    }
  }

  private CsvCells cells() {
    return new CsvCells(Arrays.copyOf(row, rowLength), Arrays.copyOf(starts, cellCount), Arrays.copyOf(ascii, cellCount));
  }

  /** An unquoted cell, up to the next comma or line end, onto the row; whether it is all ASCII. */
  private boolean plain() throws IOException, InvalidInputException {
    boolean plainText = true;
    while (true) {
      int from = pos;
      while (pos < end) {
        byte b = buf[pos];
        if (b == ',' || b == '\n' || b == '\r') {
          break;
        }
        plainText &= b >= 0;
        pos++;
      }
      gather(from, pos);
      if (pos < end || !fill()) {
        return plainText;
      }
    }
  }

  /** A quoted cell onto the row ({@code ""} is a quote, line breaks belong to it); whether it is all ASCII. */
  private boolean quoted(int startLine) throws IOException, InvalidInputException {
    boolean plainText = true;
    boolean afterCr = false;
    pos++; // the opening quote
    int from = pos;
    while (true) {
      // the tight loop: most bytes of a quoted cell are plain text
      int p = pos;
      byte b = 0;
      while (p < end) {
        b = buf[p];
        if (b == '"' || b == '\n' || b == '\r') {
          break;
        }
        plainText &= b >= 0;
        p++;
      }
      if (p > pos) {
        afterCr = false;
      }
      pos = p;
      if (pos >= end) {
        gather(from, pos);
        if (!fill()) {
          throw new InvalidInputException(file, startLine, 0,
              "a quoted cell opens here and is never closed (a \" without its closing \")");
        }
        from = 0;
        continue;
      }
      if (b == '"') {
        gather(from, pos); // the cell up to this quote
        pos++;
        if ((pos < end || fill()) && buf[pos] == '"') {
          gather(pos, pos + 1); // a doubled quote is one quote
          pos++;
          from = pos;
          afterCr = false;
          continue;
        }
        if (pos < end && buf[pos] != ',' && buf[pos] != '\n' && buf[pos] != '\r') {
          String what = buf[pos] >= 0x20 ? " ('" + (char) buf[pos] + "')" : "";
          throw new InvalidInputException(file, line, 0, "a quoted cell goes on after its closing quote" + what
              + "; write a quote inside a quoted cell as two quotes (\"\")");
        }
        return plainText;
      }
      if (b == '\r' || !afterCr) {
        line++; // CR, LF and CRLF are one line end each
      }
      afterCr = b == '\r';
      pos++;
    }
  }

  /** Appends {@code buf[from, to)} to the row, within the limits on a cell and a row. */
  private void gather(int from, int to) throws InvalidInputException {
    int n = to - from;
    if (n <= 0) {
      return;
    }
    if (rowLength + n - starts[cellCount] > limits.maxCellBytes()) {
      throw new InvalidInputException(file, line, cellCount + 1, String.format(Locale.ROOT,
          "a cell holds more than %,d bytes; not a table of answers or scores?", limits.maxCellBytes()));
    }
    if (rowLength + n > limits.maxRowBytes()) {
      throw new InvalidInputException(file, line, cellCount + 1, String.format(Locale.ROOT,
          "the row holds more than %,d bytes; not a table of answers or scores?", limits.maxRowBytes()));
    }
    if (rowLength + n > row.length) {
      row = Arrays.copyOf(row, Math.max(row.length * 2, rowLength + n));
    }
    System.arraycopy(buf, from, row, rowLength, n);
    rowLength += n;
  }

  /** Refills the buffer from the file; false at its end. */
  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      eof = true;
      pos = 0;
      end = 0;
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }
}
