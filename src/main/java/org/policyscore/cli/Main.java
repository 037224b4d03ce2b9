package org.policyscore.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.util.Arrays;
import java.util.OptionalInt;
import picocli.CommandLine.Help.Ansi;

/** The {@code policyscore} command. Everything happens in {@link #run}; this only wires stdio. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // picocli looks for Groovy on every start unless told not to; a class that is not there is
    // looked up in the jar, and opening a jar of 6,000 entries was a tenth of `--help`
    if (System.getProperty("picocli.disable.closures") == null) {
      System.setProperty("picocli.disable.closures", "true");
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.console() != null);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs one command line in-process, writing to the given streams.
   *
   * @param terminal whether output goes to an interactive terminal (colour, progress bars)
   * @return the process exit code, one of {@link ExitCode}
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    if (TopLevelHelp.isRequest(args)) {
      // The tool's own help, without starting picocli: the same text picocli would print here,
      // as TopLevelHelp writes it either way. On a terminal of unknown width, picocli measures it.
      OptionalInt width = TopLevelHelp.width(terminal);
      if (width.isPresent()) {
        boolean colour = terminal && !Arrays.asList(args).contains("--no-color") && Ansi.AUTO.enabled();
        out.print(TopLevelHelp.render(width.getAsInt(), colour));
        out.flush();
        return ExitCode.OK.code();
      }
    }
    try {
      return PolicyscoreCommand.commandLine(out, err, terminal, args).execute(args);
    } catch (OutOfMemoryError e) {
      // What held the memory is unreachable by now, so there is room to say so.
      err.printf("error: ran out of memory (Java may use %,d MB here); an input may be too large. "
          + "To let Java use more: POLICYSCORE_JAVA_OPTS=-Xmx4g ./policyscore ...%n", Runtime.getRuntime().maxMemory() >> 20);
      if (Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v")) {
        e.printStackTrace(err);
      }
      return ExitCode.FAILURE.code();
    }
  }
}
