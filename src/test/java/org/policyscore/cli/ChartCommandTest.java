package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;

class ChartCommandTest {
  @TempDir Path ws;

  void workspaceWithBaseline() throws Exception {
    Files.createDirectories(ws.resolve("indicators"));
    Files.copy(Path.of("indicators", "rdr-2020.yaml"), ws.resolve("indicators").resolve("rdr-2020.yaml"));
    Path year = Files.createDirectories(ws.resolve("reports").resolve("cambodia").resolve("2022"));
    Files.copy(Path.of("reports", "cambodia", "2022", "scores.csv"), year.resolve("scores.csv"));
  }

  @Test
  void drawsTheNewestYearsChartsIntoItsChartsFolder() throws Exception {
    workspaceWithBaseline();
    CliRun run = CliRun.of("--workspace", ws.toString(), "chart", "cambodia", "--style", "report", "--format", "svg",
        "--country", "Cambodia", "--name", "smart=Smart Axiata", "--name", "metfone=Metfone");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("4 charts for cambodia 2022 in reports/cambodia/2022/charts");
    Path svg = ws.resolve("reports/cambodia/2022/charts/company-smart.svg");
    assertThat(Files.readString(svg)).contains("Smart Axiata | Cambodia").contains("83.33");
    assertThat(ws.resolve("reports/cambodia/2022/charts/company-smart.png")).doesNotExist();
  }

  @Test
  void saysWhatIsMissingWhenThereAreNoScores() throws Exception {
    workspaceWithBaseline();
    CliRun run = CliRun.of("--workspace", ws.toString(), "chart", "cambodia", "--year", "2023");
    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(run.err()).contains("reports/cambodia/2023/scores.csv does not exist")
        .contains("policyscore score cambodia --year 2023").doesNotContain("Exception");
  }

  @Test
  void rejectsAnUnknownStyleAsAUsageError() throws Exception {
    workspaceWithBaseline();
    CliRun run = CliRun.of("--workspace", ws.toString(), "chart", "cambodia", "--style", "dark");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--style must be light or report").contains("Usage: policyscore chart");
  }

  @Test
  void aBrokenScoresFileIsInvalidInputNamingTheLine() throws Exception {
    workspaceWithBaseline();
    Files.writeString(ws.resolve("reports/cambodia/2022/scores.csv"),
        "company,service,kind,id,score\nsmart,mobile,indicator,F1a,eighty\n");
    CliRun run = CliRun.of("--workspace", ws.toString(), "chart", "cambodia");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).contains("scores.csv:2").contains("eighty");
  }
}
