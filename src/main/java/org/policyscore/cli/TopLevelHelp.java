package org.policyscore.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The help of {@code policyscore} itself: what the tool is for, the options of every command,
 * the commands and the exit codes. It is written out here rather than by picocli because
 * setting picocli up to print it (its type converters, patterns and line breaker) was three
 * quarters of the CPU of {@code policyscore --help}, the first thing a new user runs; with the
 * help asked for on its own ({@link #isRequest}), picocli is not started at all. Whatever way
 * the help is asked for, this is what prints it, so it is always the same text.
 *
 * <p>It is laid out in the columns picocli gives every subcommand's help, so the two read
 * alike; lines break only at spaces (picocli also breaks after a full stop inside a word, as
 * in "scores.csv"). MainTest checks that it says what picocli's own layout would say.
 */
final class TopLevelHelp {
  private TopLevelHelp() {}

  /** An option of every command, as {@code --help} lists it. */
  record GlobalOption(String shortName, String longName, String label, String description) {
    String[] names() {
      return shortName == null ? new String[] {longName} : new String[] {shortName, longName};
    }

    /** {@code --workspace=DIR}, or the long name alone. */
    String longWithLabel() {
      return label == null ? longName : longName + "=" + label;
    }
  }

  static final GlobalOption WORKSPACE = new GlobalOption(null, "--workspace", "DIR",
      "Folder with indicators/, policies/ and reports/ (default: current directory).");
  static final GlobalOption QUIET = new GlobalOption("-q", "--quiet", null, "Print only errors and the final result.");
  static final GlobalOption VERBOSE = new GlobalOption("-v", "--verbose", null,
      "Print more detail, and stack traces on errors.");
  static final GlobalOption NO_COLOR = new GlobalOption(null, "--no-color", null,
      "Plain text output, no colours or progress bars.");
  static final GlobalOption HELP = new GlobalOption("-h", "--help", null, "Show this help message and exit.");
  static final GlobalOption VERSION = new GlobalOption("-V", "--version", null, "Print version information and exit.");
  static final List<GlobalOption> OPTIONS = List.of(WORKSPACE, QUIET, VERBOSE, NO_COLOR, HELP, VERSION);

  /** The synopsis picocli makes of this command when it has subcommands (MainTest checks it). */
  static final String SYNOPSIS = "policyscore [-hqvV] [--no-color] [--workspace=DIR] [COMMAND]";

  static final String DESCRIPTION = "Archives telecom companies' terms of service and privacy policies (English and "
      + "Khmer), scores them against the Ranking Digital Rights indicators, charts the scores and shows what changed "
      + "between versions of a policy.";

  static final String EXIT_CODES_HEADING = "Exit codes:";

  /** The widths picocli allows (it widens anything narrower) and uses when it does not know the terminal's. */
  static final int MIN_WIDTH = 55;
  static final int DEFAULT_WIDTH = 80;

  /** Wrapped lines of a cell are indented this much more than its first, as picocli does. */
  private static final int WRAPPED_INDENT = 2;

  private static final String BOLD = "\u001B[1m";
  private static final String NOT_BOLD = "\u001B[21m\u001B[0m";
  private static final String YELLOW = "\u001B[33m";
  private static final String ITALIC = "\u001B[3m";
  private static final String NOT_ITALIC = "\u001B[23m\u001B[0m";
  private static final String DEFAULT_COLOUR = "\u001B[39m\u001B[0m";

  /** Whether the arguments ask for this help and nothing else: none, {@code --help}, {@code -h} or {@code help}. */
  static boolean isRequest(String[] args) {
    int asked = 0;
    for (String arg : args) {
      switch (arg) {
        case "--no-color" -> { }
        case "--help", "-h", "help" -> asked++;
        default -> {
          return false;
        }
      }
    }
    return asked <= 1;
  }

  /**
   * The width picocli would lay the help out in, when it can be known without asking the
   * terminal: the {@code picocli.usage.width} property (the launcher sets it from the
   * terminal), else {@value #DEFAULT_WIDTH} when the output is not a terminal. Empty for a
   * terminal of unknown width, which picocli measures.
   */
  static OptionalInt width(boolean terminal) {
    String configured = System.getProperty("picocli.usage.width");
    if (configured != null) {
      try {
        return OptionalInt.of(Math.max(MIN_WIDTH, Integer.parseInt(configured.strip())));
      } catch (NumberFormatException e) {
        return terminal ? OptionalInt.empty() : OptionalInt.of(DEFAULT_WIDTH);
      }
    }
    return terminal ? OptionalInt.empty() : OptionalInt.of(DEFAULT_WIDTH);
  }

  /** The whole help, each line at most {@code width} characters (colour sequences aside). */
  static String render(int width, boolean colour) {
    StringBuilder out = new StringBuilder();
    // a narrow terminal wraps the synopsis under its first option, as picocli does
    List<String> synopsis = wrap("Usage: " + SYNOPSIS, width, 0, "Usage: policyscore ".length());
    for (String line : synopsis) {
      out.append(colour && line.startsWith("Usage: policyscore")
          ? "Usage: " + BOLD + "policyscore" + NOT_BOLD + line.substring("Usage: policyscore".length()) : line).append('\n');
    }
    for (String line : wrap(DESCRIPTION, width, 0, 0)) {
      out.append(line).append('\n');
    }
    out.append('\n');
    options(out, width, colour);
    out.append("Commands:\n");
    commands(out, width, colour);
    out.append('\n').append(EXIT_CODES_HEADING).append('\n');
    for (ExitCode code : ExitCode.values()) {
      row(out, "  " + code.code(), 3, code.meaning(), 5, 5, width);
    }
    return out.toString();
  }

  /** {@code "  -q, --quiet   Print ..."}: short name, long name with its label, description. */
  private static void options(StringBuilder out, int width, boolean colour) {
    int longest = 0;
    for (GlobalOption o : OPTIONS) {
      longest = Math.max(longest, o.longWithLabel().length());
    }
    // picocli's columns: "  -q, " (6), the long names, a gap of 3, the description
    int descriptionAt = 6 + longest + 3;
    for (GlobalOption o : OPTIONS) {
      StringBuilder names = new StringBuilder("  ");
      names.append(o.shortName() == null ? "  " : styled(o.shortName(), YELLOW, DEFAULT_COLOUR, colour));
      names.append(o.shortName() == null ? "  " : ", ");
      names.append(styled(o.longName(), YELLOW, DEFAULT_COLOUR, colour));
      if (o.label() != null) {
        names.append('=').append(styled(o.label(), ITALIC, NOT_ITALIC, colour));
      }
      row(out, names, 6 + o.longWithLabel().length(), o.description(), descriptionAt, descriptionAt + WRAPPED_INDENT,
          width);
    }
  }

  /** {@code "  run      The main job..."}: each command and its summary. */
  private static void commands(StringBuilder out, int width, boolean colour) {
    int longest = 0;
    for (PolicyscoreCommand.Listed c : PolicyscoreCommand.SUBCOMMANDS) {
      longest = Math.max(longest, c.name().length());
    }
    int descriptionAt = 2 + Math.min(longest, width / 2) + 2;
    for (PolicyscoreCommand.Listed c : PolicyscoreCommand.SUBCOMMANDS) {
      StringBuilder name = new StringBuilder("  ").append(styled(c.name(), BOLD, NOT_BOLD, colour));
      row(out, name, 2 + c.name().length(), c.summary(), descriptionAt, descriptionAt + WRAPPED_INDENT, width);
    }
  }

  /**
   * One row of a two-column table: {@code left} (which takes {@code leftWidth} columns on
   * screen), then the text wrapped from column {@code at}, its further lines from {@code
   * wrappedAt}; a left side too wide for its column puts the text on the next line.
   */
  private static void row(StringBuilder out, CharSequence left, int leftWidth, String text, int at, int wrappedAt,
      int width) {
    List<String> lines = wrap(text, width, at, wrappedAt);
    out.append(left);
    int first = 0;
    if (leftWidth < at) {
      out.append(" ".repeat(at - leftWidth)).append(lines.get(0).substring(at));
      first = 1;
    }
    out.append('\n');
    for (int i = first; i < lines.size(); i++) {
      out.append(lines.get(i)).append('\n');
    }
  }

  /**
   * The text in lines of at most {@code width} characters, the first indented by {@code
   * indent} and the others by {@code wrappedIndent}, broken at spaces; a word longer than a
   * line has a line of its own.
   */
  static List<String> wrap(String text, int width, int indent, int wrappedIndent) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(" ".repeat(indent));
    int empty = indent;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > empty && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(" ".repeat(wrappedIndent));
        empty = wrappedIndent;
      }
      if (line.length() > empty) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String styled(String text, String on, String off, boolean colour) {
    return colour ? on + text + off : text;
  }
}
