package org.policyscore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: global options, and the list of subcommands. */
@Command(
    name = "policyscore",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Archives telecom companies' terms of service and privacy policies (English",
      "and Khmer), scores them against the Ranking Digital Rights indicators, charts",
      "the scores and shows what changed between versions of a policy.",
      ""
    },
    subcommands = {
      RunCommand.class,
      FetchCommand.class,
      DiscoverCommand.class,
      ImportCommand.class,
      ExtractCommand.class,
      ScoreCommand.class,
      AggregateCommand.class,
      ImportScoresCommand.class,
      AgreeCommand.class,
      ExportCommand.class,
      InitCommand.class,
      ChartCommand.class,
      ReportCommand.class,
      DiffCommand.class,
      ChangesCommand.class,
      CatalogCommand.class,
      HistoryCommand.class,
      VerifyCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  success",
      "  1  failure",
      "  2  usage error (the command line was wrong)",
      "  3  partial success: some documents could not be fetched or read",
      "  4  invalid input data: a catalogue, study or CSV file; the message says",
      "     which file and line, and what was expected",
    })
public final class PolicyscoreCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(
      scope = ScopeType.INHERIT,
      names = "--workspace",
      paramLabel = "DIR",
      description = "Folder with indicators/, policies/ and reports/ (default: current directory).")
  Path workspace = Path.of("");

  @Option(scope = ScopeType.INHERIT, names = {"-q", "--quiet"}, description = "Print only errors and the final result.")
  boolean quiet;

  @Option(scope = ScopeType.INHERIT, names = {"-v", "--verbose"}, description = "Print more detail, and stack traces on errors.")
  boolean verbose;

  @Option(scope = ScopeType.INHERIT, names = "--no-color", description = "Plain text output, no colours or progress bars.")
  boolean noColor;

  private boolean terminal;

  @Override
  public void run() {
    // No subcommand: show what there is to do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The workspace {@code init} starts: its folder may not exist yet, but must not be a file. */
  Workspace newWorkspace() {
    Workspace ws = new Workspace(workspace);
    if (java.nio.file.Files.exists(ws.root()) && !java.nio.file.Files.isDirectory(ws.root())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--workspace " + workspace + ": not a folder");
    }
    return ws;
  }

  /** The workspace; a folder given with --workspace that does not exist is a usage error. */
  Workspace workspace() {
    Workspace ws = new Workspace(workspace);
    if (!java.nio.file.Files.isDirectory(ws.root())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--workspace " + workspace + ": "
          + (java.nio.file.Files.exists(ws.root()) ? "not a folder" : "no such folder")
          + "; give the folder that holds indicators/, policies/ and reports/");
    }
    return ws;
  }

  boolean quiet() {
    return quiet;
  }

  boolean verbose() {
    return verbose;
  }

  /** Colours and progress bars only on a terminal, and never with --no-color or NO_COLOR. */
  boolean color() {
    return terminal && !noColor && System.getenv("NO_COLOR") == null;
  }

  boolean terminal() {
    return terminal && !noColor;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal) {
    PolicyscoreCommand top = new PolicyscoreCommand();
    top.terminal = terminal;
    CommandLine cl = new CommandLine(top);
    HelpText.reflow(cl);
    cl.setOut(new PrintWriter(new TerminalFilter(out, terminal), true));
    cl.setErr(new PrintWriter(new TerminalFilter(err, terminal), true));
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(terminal ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
    cl.setParameterExceptionHandler(new UsageErrors());
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          if (ex instanceof UsageException usage) {
            // Found while running: the one line says it all (the usage would add nothing).
            e.println("error: " + usage.getMessage());
            return ExitCode.USAGE.code();
          }
          if (ex instanceof InvalidInputException invalid) {
            // several problems of one file come one per line, each an error of its own
            invalid.getMessage().lines().forEach(line -> e.println("error: " + line));
            if (top.verbose) {
              ex.printStackTrace(e);
            }
            return ExitCode.INVALID_INPUT.code();
          }
          String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
          e.println("error: " + message);
          if (top.verbose) {
            ex.printStackTrace(e);
          } else if (!(ex instanceof java.io.IOException || ex instanceof CommandFailedException)) {
            e.println("(run again with --verbose for details)");
          }
          return ExitCode.FAILURE.code();
        });
    return cl;
  }
}
