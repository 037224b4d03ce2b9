package org.policyscore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level command: global options, and the list of subcommands.
 *
 * <p>picocli builds a command's model by reflection over its fields and annotations, and that
 * was most of the cost of every start (81% of {@code --help}). So only the subcommands named
 * on the command line are built in full; the others are listed by name and description alone,
 * read from their {@code @Command} annotation, which is all that the command list in
 * {@code --help} needs.
 */
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
  /** The subcommands, in the order {@code --help} lists them ({@code help} comes last). */
  static final List<Class<?>> SUBCOMMANDS = List.of(
      RunCommand.class,
      FetchCommand.class,
      DiscoverCommand.class,
      ImportCommand.class,
      ExtractCommand.class,
      ScoreCommand.class,
      AggregateCommand.class,
      ChartCommand.class,
      ReportCommand.class,
      DiffCommand.class,
      ChangesCommand.class,
      CatalogCommand.class,
      HistoryCommand.class,
      VerifyCommand.class,
      CommandLine.HelpCommand.class);

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

  /** A subcommand as the command list shows it: its name and description, nothing to run. */
  private static CommandSpec listedOnly(Command command) {
    CommandSpec spec = CommandSpec.create().name(command.name());
    spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
    return spec;
  }

  Workspace workspace() {
    return new Workspace(workspace);
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

  /** The command line with every subcommand built in full. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal) {
    return commandLine(out, err, terminal, null);
  }

  /**
   * The command line for these arguments: subcommands whose name is one of the arguments are
   * built in full, the others only as far as {@code --help} lists them.
   *
   * @param args the arguments, or null to build every subcommand in full
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean terminal, String[] args) {
    PolicyscoreCommand top = new PolicyscoreCommand();
    top.terminal = terminal;
    CommandLine cl = new CommandLine(top);
    Set<String> named = args == null ? null : Set.copyOf(Arrays.asList(args));
    for (Class<?> type : SUBCOMMANDS) {
      Command command = type.getAnnotation(Command.class);
      if (named == null || named.contains(command.name())) {
        cl.addSubcommand(command.name(), type);
      } else {
        cl.addSubcommand(command.name(), listedOnly(command));
      }
    }
    HelpText.reflow(cl);
    cl.setOut(out);
    cl.setErr(err);
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(terminal ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter e = commandLine.getErr();
          if (ex instanceof InvalidInputException invalid) {
            e.println("error: " + invalid.getMessage());
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
