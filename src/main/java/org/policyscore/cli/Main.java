package org.policyscore.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import java.util.Arrays;

/** The {@code policyscore} command. Everything happens in {@link #run}; this only wires stdio. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
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
