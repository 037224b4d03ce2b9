package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyscore.testing.CliRun;

class MainTest {
  @Test
  void helpListsCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("catalog").contains("Exit codes:").contains("4  invalid input data");
  }

  @Test
  void versionNamesTheTool() {
    assertThat(CliRun.of("--version").out()).startsWith("policyscore ");
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("frobnicate");
  }

  @Test
  void missingCatalogueFileIsInvalidInput(@org.junit.jupiter.api.io.TempDir java.nio.file.Path emptyWorkspace) {
    CliRun run = CliRun.of("--workspace", emptyWorkspace.toString(), "catalog", "validate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).contains("rdr-2020.yaml").contains("file not found");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : PolicyscoreCommand.commandLine(
        new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()), false)
        .getSubcommands().keySet()) {
      if (command.equals("help")) {
        continue;
      }
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: policyscore " + command);
    }
  }

  @Test
  void helpListsTheSameCommandsWhetherOrNotTheyAreBuiltInFull() {
    java.io.StringWriter full = new java.io.StringWriter();
    java.io.PrintWriter w = new java.io.PrintWriter(full, true);
    PolicyscoreCommand.commandLine(w, w, false).execute("--help");

    assertThat(CliRun.of("--help").out()).isEqualTo(full.toString());
  }

  @Test
  void globalOptionsWorkAfterALazilyBuiltSubcommand(@org.junit.jupiter.api.io.TempDir java.nio.file.Path empty) {
    CliRun run = CliRun.of("catalog", "--workspace", empty.toString(), "validate");

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).contains(empty.toString()).contains("rdr-2020.yaml");
  }

  @Test
  void helpForACommandBuildsThatCommand() {
    CliRun run = CliRun.of("help", "aggregate");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage: policyscore aggregate").contains("--answers");
  }

  @Test
  void aMistypedCommandIsNamedWithTheCommandsThereAre() {
    CliRun run = CliRun.of("agregate", "--answers", "x.csv");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("'agregate'").contains("aggregate");
  }

  @Test
  void subcommandsStillShowTheirDefaultValues() {
    // the top-level command has variable interpolation off; its subcommands keep theirs
    assertThat(CliRun.of("diff", "--help").out()).contains("Default: text.").contains("(default: 30)");
  }

  @Test
  void everyWayOfAskingForTheHelpGivesTheSameText() {
    String help = CliRun.of("--help").out();
    java.io.StringWriter viaPicocli = new java.io.StringWriter();
    java.io.PrintWriter w = new java.io.PrintWriter(viaPicocli, true);
    PolicyscoreCommand.commandLine(w, w, false).execute("help");

    assertThat(help).startsWith("Usage: policyscore ");
    for (String[] args : new String[][] {{}, {"-h"}, {"help"}, {"--no-color", "--help"}}) {
      assertThat(CliRun.of(args).out()).as(String.join(" ", args)).isEqualTo(help);
    }
    assertThat(viaPicocli.toString()).isEqualTo(help);
  }

  @Test
  void theHelpSaysWhatPicocliWouldSayInItsOwnLayout() {
    // picocli's layout of the fully built command: its synopsis, the options as declared, and
    // each command's summary taken from the command's own description
    java.io.StringWriter ignored = new java.io.StringWriter();
    java.io.PrintWriter w = new java.io.PrintWriter(ignored, true);
    picocli.CommandLine full = PolicyscoreCommand.commandLine(w, w, false);
    full.getCommandSpec().usageMessage()
        .sectionKeys(picocli.CommandLine.Model.CommandSpec.create().usageMessage().sectionKeys());
    String theirs = full.getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);

    // the same words in the same order; lines may break elsewhere
    assertThat(CliRun.of("--help").out().replaceAll("\\s+", "")).isEqualTo(theirs.replaceAll("\\s+", ""));
  }

  @Test
  void theHelpFitsEveryWidthAndColourChangesOnlyTheLook() {
    for (int width = TopLevelHelp.MIN_WIDTH; width <= 160; width++) {
      String plain = TopLevelHelp.render(width, false);
      String coloured = TopLevelHelp.render(width, true);
      int w = width;
      assertThat(plain.lines()).as("width %d", width).allMatch(line -> line.length() <= w);
      assertThat(coloured).contains("\u001B[1mrun\u001B[21m\u001B[0m").contains("\u001B[33m--workspace");
      assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(plain);
    }
  }

  @Test
  void theHelpTakesTheWidthPicocliIsGiven() {
    String before = System.getProperty("picocli.usage.width");
    System.setProperty("picocli.usage.width", "120");
    try {
      String wide = CliRun.of("--help").out();
      java.io.StringWriter viaPicocli = new java.io.StringWriter();
      java.io.PrintWriter w = new java.io.PrintWriter(viaPicocli, true);
      PolicyscoreCommand.commandLine(w, w, false).execute("--help");

      assertThat(wide.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(80).isLessThanOrEqualTo(120);
      assertThat(viaPicocli.toString()).isEqualTo(wide);
    } finally {
      if (before == null) {
        System.clearProperty("picocli.usage.width");
      } else {
        System.setProperty("picocli.usage.width", before);
      }
    }
  }

  @Test
  void onlyTheHelpAloneIsAnsweredWithoutPicocli() {
    assertThat(TopLevelHelp.isRequest(new String[] {})).isTrue();
    assertThat(TopLevelHelp.isRequest(new String[] {"--no-color", "-h"})).isTrue();
    assertThat(TopLevelHelp.isRequest(new String[] {"help", "aggregate"})).isFalse();
    assertThat(TopLevelHelp.isRequest(new String[] {"--help", "--help"})).isFalse();
    assertThat(TopLevelHelp.isRequest(new String[] {"-q", "--help"})).isFalse();
    assertThat(TopLevelHelp.isRequest(new String[] {"aggregate", "--help"})).isFalse();
  }

  /**
   * The help as a new user first sees it, against a golden file: a change to it shows in review.
   * After a deliberate change, regenerate with {@code mvn test -Dtest=MainTest -Dgolden.update=true}.
   */
  @Test
  void theHelpAt80ColumnsIsTheGoldenFile() throws java.io.IOException {
    java.nio.file.Path golden = java.nio.file.Path.of("src/test/resources/cli/help-80.txt");
    String help = TopLevelHelp.render(80, false);
    if (Boolean.getBoolean("golden.update")) {
      java.nio.file.Files.writeString(golden, help, java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(help).isEqualTo(java.nio.file.Files.readString(golden, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(CliRun.of("--help").out()).isEqualTo(help);
  }
}
