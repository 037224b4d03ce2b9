package org.policyscore.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;

/**
 * Inputs far larger than any real one are refused at once with a clear error naming the file
 * (and line), instead of taking minutes and gigabytes: a YAML line SnakeYAML would scan in
 * quadratic time, a YAML file larger than any study or catalogue, an archive record with a
 * megabyte line, a chart of 250,000 services.
 */
class BoundedInputsTest {
  @TempDir Path dir;

  @Test
  void aMegabyteCommentLineInAStudyIsRefusedNamingTheLine() throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir);
    Path study = dir.resolve("policies/acme.yaml");
    Files.writeString(study, Files.readString(study).replace("year: 2026\n", "year: 2026\n# " + "x".repeat(1 << 20) + "\n"));

    CliRun run = ws.cli("extract", "acme");

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err().lines().findFirst().orElse(""))
        .isEqualTo("error: " + study + ":4:1: line 4 is longer than 65,536 characters; a YAML line that long is not a"
            + " study or catalogue (break long text over several lines, e.g. with a '>' block)");
  }

  @Test
  void aLongScalarInACatalogueIsRefusedToo() throws Exception {
    Path catalogue = dir.resolve("long.yaml");
    Files.writeString(catalogue, "id: long\ntitle: \"" + "y".repeat(2_000_000) + "\"\n");
    CliRun run = CliRun.of("catalog", "validate", catalogue.toString());
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("long.yaml:2:1: line 2 is longer than 65,536 characters");
  }

  @Test
  void aYamlFileLargerThanAnyStudyIsRefusedBeforeReading() throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir);
    Path study = dir.resolve("policies/acme.yaml");
    try (BufferedWriter w = Files.newBufferedWriter(study, UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
      for (int i = 0; i < 400_000; i++) {
        w.write("# a comment line of some fifty characters or so....\n");
      }
    }
    CliRun run = ws.cli("extract", "acme");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("acme.yaml: the file is 19.8 MB; a study, catalogue or record is at most 16 MB");
  }

  @Test
  void anArchiveRecordWithAMegabyteLineIsADamagedRecord() throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir);
    ws.archiveSoundPolicies();
    Path record = dir.resolve("policies/archive/acme/privacy/en/20260110T000000Z.json");
    Files.writeString(record, Files.readString(record).replace("\"origin\"", "\"padding\": \"" + "z".repeat(900_000)
        + "\",\n  \"origin\""));
    CliRun run = ws.cli("verify");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("DAMAGED RECORD").contains("a line longer than any record has");
  }

  @Test
  void aChartOfAQuarterMillionServicesIsRefusedAtOnce() throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir);
    Path scores = dir.resolve("reports/acme/2026/scores.csv");
    Files.createDirectories(scores.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(scores, UTF_8)) {
      w.write("company,service,kind,id,score\r\n");
      for (int i = 0; i < 250_000; i++) {
        w.write("acme,service" + i + ",indicator,P1a,50.00\r\n");
      }
    }
    CliRun run = ws.cli("chart", "acme", "--year", "2026");
    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err()).contains("scores.csv: 250,000 services; a chart can show at most 30");
  }
}
