package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;

/** One rule for --year across commands: the same check, the same default. */
class YearOptionTest {
  @TempDir Path ws;

  private void cambodiaWorkspace() throws Exception {
    Files.createDirectories(ws.resolve("indicators"));
    Files.copy(Path.of("indicators/rdr-2020.yaml"), ws.resolve("indicators/rdr-2020.yaml"));
    Files.createDirectories(ws.resolve("policies"));
    Files.copy(Path.of("policies/cambodia.yaml"), ws.resolve("policies/cambodia.yaml"));
    Path year = Files.createDirectories(ws.resolve("reports/cambodia/2022"));
    Files.copy(Path.of("reports/cambodia/2022/scores.csv"), year.resolve("scores.csv"));
  }

  @Test
  void outOfRangeYearsAreAUsageErrorInOneLineForEveryCommand() throws Exception {
    cambodiaWorkspace();
    for (List<String> command : List.of(List.of("score", "cambodia"), List.of("report", "cambodia"),
        List.of("chart", "cambodia"), List.of("run", "cambodia", "--offline"),
        List.of("export", "cambodia", "--format", "rdr", "--out", ws.resolve("out").toString()))) {
      for (String year : List.of("-1", "0", "99999", "1989", "2201", "twenty", "2026.5")) {
        String[] args = new java.util.ArrayList<String>() {{
            add("--workspace");
            add(ws.toString());
            addAll(command);
            add("--year");
            add(year);
          }}.toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(command + " " + year).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).as(command + " " + year)
            .isEqualTo("error: --year must be a year from 1990 to 2200, not '" + year + "'" + System.lineSeparator());
      }
    }
    try (var dirs = Files.list(ws.resolve("reports/cambodia"))) {
      assertThat(dirs.map(p -> p.getFileName().toString()).toList()).containsExactly("2022");
    }
    assertThat(ws.resolve("out")).doesNotExist();
  }

  @Test
  void withoutYearCommandsUseTheStudysYearAndShowTheLatestScoredOneWhenItHasNone() throws Exception {
    cambodiaWorkspace(); // the study is at 2026; only 2022 has (published) scores
    CliRun chart = CliRun.of("--workspace", ws.toString(), "chart", "cambodia", "--format", "svg");
    assertThat(chart.exitCode()).as(chart.err()).isZero();
    assertThat(chart.out()).contains("charts for cambodia 2022");
    assertThat(chart.err()).contains("cambodia 2026 (the study's year) has no scores yet; showing 2022");
    CliRun report = CliRun.of("--workspace", ws.toString(), "report", "cambodia");
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(report.out()).contains("reports/cambodia/2022/report.html");
    // a year that is asked is never replaced by another
    CliRun asked = CliRun.of("--workspace", ws.toString(), "report", "cambodia", "--year", "2024");
    assertThat(asked.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(asked.err()).contains("no scores for cambodia 2024");
    assertThat(ws.resolve("reports/cambodia/2024")).doesNotExist();
    // score works on the study's year, and refuses it: there is no text at all yet
    CliRun score = CliRun.of("--workspace", ws.toString(), "score", "cambodia");
    assertThat(score.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(score.err()).contains("nothing to score for 2026").contains("run fetch or import, then extract");
    assertThat(ws.resolve("reports/cambodia/2026")).doesNotExist();
  }
}
