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
}
