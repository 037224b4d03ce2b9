package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;
import org.policyscore.testing.CliRun;

/** export --format rdr on a per-service study, and init in an empty folder. */
class ExportAndInitTest {
  @TempDir Path ws;

  private CliRun cli(String... args) {
    return CliRun.in(ws, args);
  }

  @Test
  void aPerServiceYearExportsToRdrsElementAndLevelLayoutsAndAggregatesBackToTheSameScores() throws Exception {
    assertThat(cli("init", "cambodia").exitCode()).isZero();
    Files.copy(Path.of("policies/cambodia.yaml"), ws.resolve("policies/cambodia.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    // the reconstructed answers that give the 2022 report's 32 numbers, as a year of our own
    Path year = Files.createDirectories(ws.resolve("reports/cambodia/2023"));
    Files.copy(Path.of("src/test/resources/score/cambodia-2022-answers.csv"), year.resolve("answers.csv"));
    CliRun scored = cli("aggregate", "--answers", year.resolve("answers.csv").toString(), "--mode", "per-service",
        "--indicators", "F1a,F3a,F9,F10,P1a,P10a,P11a,P12", "--out", year.resolve("scores.csv").toString());
    assertThat(scored.exitCode()).as(scored.err()).isZero();

    Path out = ws.resolve("rdr");
    CliRun export = cli("export", "cambodia", "--year", "2023", "--format", "rdr", "--out", out.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.out()).contains("176 element answer(s)").doesNotContain("draft:").doesNotContain("incomplete:");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("2023-cambodia-05-level-scores.csv", "2023-cambodia-06-element-scores.csv");
    }
    String elements = Files.readString(out.resolve("2023-cambodia-06-element-scores.csv"), StandardCharsets.UTF_8);
    // Smart's broadband F3a.4 is N/A; F9.2 reversed: "yes" scores 0
    assertThat(elements).contains("2023,Telecommunication,smart,Smart Axiata,F,F03a,3,a,F03a.04,4,Services,Services,"
        + "broadband,Fixed-line broadband,NA,");
    assertThat(elements).containsPattern("2023,Telecommunication,smart,Smart Axiata,F,F09,9,NA,F09.02,2,Services,"
        + "Mobile Services,mobile,Mobile,yes,[^\\r]*,0\\r\\n");
    assertThat(Files.readString(out.resolve("2023-cambodia-05-level-scores.csv")))
        .contains("2023,Telecommunication,smart,Smart Axiata,F,F01a,1,a,Services,Mobile Services,mobile,Mobile,83.33,NA\r\n")
        .contains("2023,Telecommunication,smart,Smart Axiata,F,F03a,3,a,Services,Services,broadband,Fixed-line broadband,50,NA\r\n");

    Path back = ws.resolve("back.csv");
    CliRun aggregate = cli("aggregate", "--answers", out.resolve("2023-cambodia-06-element-scores.csv").toString(),
        "--mode", "per-service", "--indicators", "F1a,F3a,F9,F10,P1a,P10a,P11a,P12", "--out", back.toString());
    assertThat(aggregate.exitCode()).as(aggregate.err()).isZero();
    Study study = StudyLoader.load(ws.resolve("policies/cambodia.yaml"));
    Map<String, String> ids = new HashMap<>();
    study.companies().forEach(c -> ids.put(c.name(), c.id()));
    List<String> ours = ScoresCsv.read(year.resolve("scores.csv")).stream().map(ExportAndInitTest::line).toList();
    List<String> again = ScoresCsv.read(back).stream()
        .map(r -> line(new ScoreRow(ids.get(r.company()), r.service(), r.kind(), r.id(), r.score(), r.basis())))
        .sorted().toList();
    assertThat(ours).hasSize(32);
    assertThat(again).isEqualTo(ours.stream().sorted().toList());
  }

  private static String line(ScoreRow r) {
    return r.company() + " " + r.service() + " " + r.id() + " " + ScoresCsv.format(r.score());
  }

  @Test
  void exportOfAPublishedYearWritesItsScoresOnly() throws Exception {
    assertThat(cli("init", "cambodia").exitCode()).isZero();
    Files.copy(Path.of("policies/cambodia.yaml"), ws.resolve("policies/cambodia.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(ws.resolve("reports/cambodia/2022"));
    Files.copy(Path.of("reports/cambodia/2022/scores.csv"), ws.resolve("reports/cambodia/2022/scores.csv"));
    CliRun export = cli("export", "cambodia", "--format", "rdr", "--out", ws.resolve("rdr").toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(export.err()).contains("showing 2022");
    assertThat(export.out()).contains("no answers.csv: scores only");
    assertThat(Files.readString(ws.resolve("rdr/2022-cambodia-05-level-scores.csv"))).contains(",83.33,NA\r\n");
    CliRun badFormat = cli("export", "cambodia", "--format", "xlsx", "--out", ws.resolve("x").toString());
    assertThat(badFormat.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(badFormat.err()).isEqualTo("error: --format must be rdr (RDR's Index CSV layouts), not 'xlsx'" + System.lineSeparator());
  }

  @Test
  void initWritesATemplateThatChecksAndTheCatalogueAndNeverOverwrites() throws Exception {
    CliRun init = cli("init", "nepal", "--year", "2027");
    assertThat(init.exitCode()).as(init.err()).isZero();
    Path study = ws.resolve("policies/nepal.yaml");
    String template = Files.readString(study);
    assertThat(template).contains("year: 2027").contains("# primary_languages:").contains("name: \"nepal:");
    Study loaded = StudyLoader.load(study, CatalogLoader.load(ws.resolve("indicators/rdr-2020.yaml")));
    assertThat(loaded.year()).isEqualTo(2027);
    assertThat(Files.readAllBytes(ws.resolve("indicators/rdr-2020.yaml")))
        .isEqualTo(Files.readAllBytes(Path.of("indicators/rdr-2020.yaml")));
    assertThat(cli("catalog", "list").exitCode()).isZero();

    Files.writeString(study, template + "# my own notes\n");
    CliRun again = cli("init", "nepal");
    assertThat(again.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(again.err()).contains("policies/nepal.yaml: the study exists already");
    assertThat(Files.readString(study)).endsWith("# my own notes\n");
    assertThat(cli("init", "Sri Lanka").exitCode()).isEqualTo(ExitCode.USAGE.code());
  }
}
