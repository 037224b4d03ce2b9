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
}
