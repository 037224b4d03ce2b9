package org.policyscore;

import java.nio.file.Path;
import java.util.List;

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
  private final List<InvalidInputException> problems;

  /** How many problems one message lists at most; the rest are counted. */
  public static final int LISTED = 50;

  /** {@code line} and {@code column} are 1-based; 0 means unknown. */
  public InvalidInputException(Path file, int line, int column, String problem) {
    super(format(file, line, column, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.problem = problem;
    this.problems = List.of(this);
  }

  private InvalidInputException(List<InvalidInputException> all) {
    super(listed(all));
    InvalidInputException first = all.get(0);
    this.file = first.file;
    this.line = first.line;
    this.column = first.column;
    this.problem = first.problem;
    this.problems = List.copyOf(all);
  }

  /**
   * Several problems found in one pass, reported together (a person fixing a spreadsheet wants
   * them all at once): the first one's place, and a message with one line per problem.
   */
  public static InvalidInputException all(List<InvalidInputException> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems to report");
    }
    return problems.size() == 1 ? problems.get(0) : new InvalidInputException(problems);
  }

  /** Every problem this reports: itself alone, or all those it was made {@linkplain #all from}. */
  public List<InvalidInputException> problems() {
    return problems;
  }

  private static String listed(List<InvalidInputException> all) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(all.size(), LISTED); i++) {
      s.append(i == 0 ? "" : "\n").append(all.get(i).getMessage());
    }
    if (all.size() > LISTED) {
      s.append("\n... and ").append(all.size() - LISTED).append(" more problems in ").append(all.get(0).file);
    }
    return s.toString();
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
