package org.policyscore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * The top-level command: global options, and the list of subcommands.
 *
 * <p>picocli builds a command's model by reflection over its fields and annotations, and that
 * was most of the cost of every start (81% of {@code --help}). So this command is declared with
 * picocli's programmatic API ({@link #spec}), only the subcommand named on the command line is
 * built from its annotations; the help of the command itself ({@link TopLevelHelp}) lists the
 * others from {@link #SUBCOMMANDS} without building them. MainTest checks that the summaries
 * are the first sentences of the commands' own descriptions.
 */
public final class PolicyscoreCommand implements Runnable {
  /** A subcommand as {@code --help} lists it, and the class that implements it. */
  record Listed(String name, String summary, Class<?> type) {}

  /** The subcommands, in the order {@code --help} lists them ({@code help} comes last). */
  static final List<Listed> SUBCOMMANDS = List.of(
      new Listed("run", "The main job, once a year: fetch, extract, score, chart and report a study.", RunCommand.class),
      new Listed("fetch", "Download every document a study declares into the archive (policies/archive/).",
          FetchCommand.class),
      new Listed("discover", "Find a company's terms and privacy pages (English and Khmer) from its home page.",
          DiscoverCommand.class),
      new Listed("import", "Archive copies of documents obtained by hand (saved pages, PDFs), each with its own date.",
          ImportCommand.class),
      new Listed("extract", "Turn archived snapshots into clean, comparable text versions in policies/text/.",
          ExtractCommand.class),
      new Listed("score", "Find evidence, suggest answers and compute the scores of a study year.", ScoreCommand.class),
      new Listed("aggregate", "Turn element answers into scores.", AggregateCommand.class),
      new Listed("import-scores", "Turn a published table of scores into a study year's scores.csv, with a SOURCE.md citing it, "
          + "so the year's charts and report can be drawn and later years compared with it.", ImportScoresCommand.class),
      new Listed("agree", "Compare two researchers' answers files (RDR's second review): over the elements both reviewed, "
          + "the share answered alike and Cohen's kappa, per indicator and overall, and every disagreement with "
          + "both answers and comments.", AgreeCommand.class),
      new Listed("export", "Write a study year's answers and scores in the CSV layouts of RDR's Index data, so they line up "
          + "with RDR's files: YEAR-STUDY-06-element-scores.csv (every element answer), and -04-indicator-scores, "
          + "-03-total-scores and -01-quick-overview (rdr-index studies) or -05-level-scores (per-service studies).", ExportCommand.class),
      new Listed("init", "Start a study: writes policies/STUDY.yaml, a commented template to fill in (it checks as it is), "
          + "and puts the RDR 2020 catalogue in indicators/ so the other commands find it.", InitCommand.class),
      new Listed("chart", "Draw a study year's charts (PNG and SVG) from its scores.", ChartCommand.class),
      new Listed("report", "Write a study year's report as one HTML page: reports/STUDY/YEAR/report.html.",
          ReportCommand.class),
      new Listed("diff", "What changed between two versions of a policy, and which elements it touches.",
          DiffCommand.class),
      new Listed("changes", "Every new version of a study's documents in a time range, with the elements touched.",
          ChangesCommand.class),
      new Listed("catalog", "Check and browse an indicator catalogue (default: indicators/rdr-2020.yaml).",
          CatalogCommand.class),
      new Listed("history", "List the archived copies of a study's documents, oldest first.", HistoryCommand.class),
      new Listed("verify", "Re-hash every archived copy and check the archive against its log.",
          VerifyCommand.class),
      new Listed("help", "Display help information about the specified command.", CommandLine.HelpCommand.class));

  CommandSpec spec;

  /** Folder with indicators/, policies/ and reports/. */
  Path workspace = Path.of("");

  boolean quiet;

  boolean verbose;

  boolean noColor;

  private boolean terminal;

  @Override
  public void run() {
    // No subcommand: show what there is to do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A subcommand as the command list shows it: its name and summary, nothing to run. */
  private static CommandSpec listedOnly(Listed command) {
    CommandSpec spec = CommandSpec.create().name(command.name());
    spec.usageMessage().description(command.summary());
    return spec;
  }

  /** The command's model, bound to the fields of {@code top}. */
  private static CommandSpec spec(PolicyscoreCommand top) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(top).name("policyscore");
    // no ${...} in this command's texts: spare picocli looking for them in every string
    spec.interpolateVariables(false);
    // picocli keeps the texts (for its own checks and for shell completion), but the help is
    // written by TopLevelHelp, whichever way it is asked for
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description(TopLevelHelp.DESCRIPTION, "")
        .footerHeading("%n" + TopLevelHelp.EXIT_CODES_HEADING + "%n")
        .footer(Arrays.stream(ExitCode.values()).map(c -> "  " + c.code() + "  " + c.meaning()).toArray(String[]::new));
    spec.addOption(global(TopLevelHelp.WORKSPACE, Path.class, () -> top.workspace, v -> top.workspace = (Path) v));
    spec.addOption(global(TopLevelHelp.QUIET, () -> top.quiet, v -> top.quiet = (Boolean) v));
    spec.addOption(global(TopLevelHelp.VERBOSE, () -> top.verbose, v -> top.verbose = (Boolean) v));
    spec.addOption(global(TopLevelHelp.NO_COLOR, () -> top.noColor, v -> top.noColor = (Boolean) v));
    spec.addOption(OptionSpec.builder(TopLevelHelp.HELP.names()).usageHelp(true)
        .description(TopLevelHelp.HELP.description()).build());
    spec.addOption(OptionSpec.builder(TopLevelHelp.VERSION.names()).versionHelp(true)
        .description(TopLevelHelp.VERSION.description()).build());
    spec.versionProvider(new VersionProvider());
    return spec;
  }

  /** An option of every command (picocli copies it to the subcommands), with a value. */
  private static OptionSpec global(TopLevelHelp.GlobalOption option, Class<?> type, Supplier<Object> getter,
      Consumer<Object> setter) {
    return OptionSpec.builder(option.names()).paramLabel(option.label()).type(type).scopeType(ScopeType.INHERIT)
        .description(option.description()).initialValue(getter.get()).hasInitialValue(true)
        .getter(new Binding(getter, setter)).setter(new Binding(getter, setter)).build();
  }

  /** A flag of every command. */
  private static OptionSpec global(TopLevelHelp.GlobalOption option, Supplier<Object> getter, Consumer<Object> setter) {
    return OptionSpec.builder(option.names()).type(boolean.class).arity("0").scopeType(ScopeType.INHERIT)
        .description(option.description()).initialValue(false).hasInitialValue(true)
        .getter(new Binding(getter, setter)).setter(new Binding(getter, setter)).build();
  }

  /** Reads and writes one field of the command object, as picocli's reflection would. */
  private record Binding(Supplier<Object> getter, Consumer<Object> setter) implements IGetter, ISetter {
    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      return (T) getter.get();
    }

    @Override
    public <T> T set(T value) {
      T old = get();
      setter.accept(value);
      return old;
    }
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

  /** Key of the one section of the top-level help: all of it, written by {@link TopLevelHelp}. */
  static final String HELP_SECTION = "policyscore";

  /** The top-level help, however picocli is asked for it: {@code --help}, {@code help}, no command. */
  private static void installHelp(PolicyscoreCommand top) {
    var usage = top.spec.usageMessage();
    usage.sectionMap().put(HELP_SECTION, help -> TopLevelHelp.render(usage.width(),
        help.colorScheme().ansi().enabled() && !top.noColor));
    usage.sectionKeys(List.of(HELP_SECTION));
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
    top.spec = spec(top);
    CommandLine cl = new CommandLine(top.spec);
    Set<String> named = args == null ? null : Set.copyOf(Arrays.asList(args));
    boolean unknown = named != null && !named.isEmpty() && SUBCOMMANDS.stream().noneMatch(c -> named.contains(c.name()))
        && Arrays.stream(args).anyMatch(a -> !a.startsWith("-"));
    for (Listed command : SUBCOMMANDS) {
      if (named == null || named.contains(command.name())) {
        cl.addSubcommand(command.name(), command.type());
      } else if (unknown) {
        // A mistyped command: picocli suggests the nearest names when it knows them all.
        cl.addSubcommand(command.name(), listedOnly(command));
      }
    }
    installHelp(top);
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
