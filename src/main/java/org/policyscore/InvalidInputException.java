package org.policyscore;

import java.nio.file.Path;

/**
 * Input data that does not validate: a catalogue, study or CSV file. Always names where the
 * problem is (file, and line and column when known) and what was expected, so the message can
 * be shown to a person as one line. The command line maps it to exit code 4.
 */
public class InvalidInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Path file;
  private final int line;
  private final int column;
  private final String problem;

  /** {@code line} and {@code column} are 1-based; 0 means unknown. */
  public InvalidInputException(Path file, int line, int column, String problem) {
    super(format(file, line, column, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public InvalidInputException(Path file, String problem) {
    this(file, 0, 0, problem);
  }

  public Path file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String problem() {
    return problem;
  }

  private static String format(Path file, int line, int column, String problem) {
    StringBuilder where = new StringBuilder(file == null ? "<input>" : file.toString());
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    return where + ": " + problem;
  }
}
