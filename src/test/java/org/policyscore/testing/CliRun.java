package org.policyscore.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.policyscore.cli.Main;

/** Runs the command line in-process and captures what it printed. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs the command line with {@code --workspace workspace} before {@code args}. */
  public static CliRun in(Path workspace, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = workspace.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return of(all);
  }
}
