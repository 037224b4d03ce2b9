package org.policyscore.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;

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
    return PolicyscoreCommand.commandLine(out, err, terminal, args).execute(args);
  }
}
