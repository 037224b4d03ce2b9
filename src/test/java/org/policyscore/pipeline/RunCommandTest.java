package org.policyscore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.cli.ExitCode;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.EvidenceSite;
import org.policyscore.testing.LocalSite;
import org.policyscore.testing.TestWorkspace;

/** The main job, in-process: online against a local site, and offline on a fresh clone. */
class RunCommandTest {
  @TempDir Path dir;

  @Test
  void freshCloneWithNoNetworkRendersTheBaselineAndSaysWhatItCouldNotFetch() throws Exception {
    new TestWorkspace(dir).copyFromProject("indicators/rdr-2020.yaml", "policies/cambodia.yaml",
        "reports/cambodia/2022/scores.csv", "reports/cambodia/2022/SOURCE.md");
    byte[] baseline = Files.readAllBytes(dir.resolve("reports/cambodia/2022/scores.csv"));

    CliRun run = CliRun.of("--workspace", dir.toString(), "run", "cambodia", "--offline", "--year", "2026");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL.code());
    assertThat(run.out())
        .contains("smart/privacy/km", "offline: no archived copy")
        .contains("metfone/terms/en", "declared not found")
        .contains("2026 was not scored")
        .contains("Charts and report are for 2022")
        .contains("report: reports/cambodia/2022/report.html");
    Path report = dir.resolve("reports/cambodia/2022/report.html");
    assertThat(Files.readString(report)).contains("Smart Axiata").contains("83.33").contains("21.43")
        .contains("These scores are published figures").doesNotContain("Suggested answers come from cues");
    assertThat(dir.resolve("reports/cambodia/2022/charts/company-smart.png")).exists();
    assertThat(dir.resolve("reports/cambodia/2026")).doesNotExist();
    // the published figures are never overwritten
    assertThat(Files.readAllBytes(dir.resolve("reports/cambodia/2022/scores.csv"))).isEqualTo(baseline);
  }

  @Test
  void fetchesScoresChartsAndReportsAStudyYearAndIsRepeatable() throws Exception {
    new TestWorkspace(dir).copyFromProject("indicators/rdr-2020.yaml");
    int year = Year.now(ZoneOffset.UTC).getValue();
    try (EvidenceSite site = EvidenceSite.start()) {
      writeStudy(site.url("/").toString().replaceAll("/$", ""), year);

      CliRun first = CliRun.of("--workspace", dir.toString(), "run", "kampot", "--delay", "0", "-q");
      Path yearDir = dir.resolve("reports/kampot/" + year);
      byte[] answers = Files.readAllBytes(yearDir.resolve("answers.csv"));
      byte[] scores = Files.readAllBytes(yearDir.resolve("scores.csv"));
      CliRun second = CliRun.of("--workspace", dir.toString(), "run", "kampot", "--delay", "0", "-q");

      assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(ExitCode.OK.code());
      assertThat(first.out()).contains("== changes").contains("feed: reports/kampot/changes.atom")
          .contains("== score " + year).contains("report: reports/kampot/" + year + "/report.html");
      assertThat(second.exitCode()).as(second.out() + second.err()).isEqualTo(ExitCode.OK.code());
      assertThat(Files.readAllBytes(yearDir.resolve("answers.csv"))).isEqualTo(answers);
      assertThat(Files.readAllBytes(yearDir.resolve("scores.csv"))).isEqualTo(scores);
      assertThat(Files.readString(yearDir.resolve("scores.csv"))).contains("kampot,mobile,indicator,P4,");
      assertThat(yearDir.resolve("charts/company-kampot.svg")).exists();
      String report = Files.readString(yearDir.resolve("report.html"));
      assertThat(report).contains("Kampot Mobile").contains("competent authorities")
          .contains("Suggested answers come from cues").doesNotContain("These scores are published figures")
          // the notice's own date, beside the copy's, as the company's claim
          .contains("last updated 2026-03-01 (“Last updated: 1 March 2026”)").contains("the company's claim");
      CliRun history = CliRun.of("--workspace", dir.toString(), "history", "kampot");
      assertThat(history.out()).containsPattern("text \\d{8}T\\d{6}Z +text version SHA-256 [0-9a-f]{12}  from copy [0-9a-f]{12}")
          .contains("4 copies archived, 4 text version(s)");
      // the first run archived every document for the first time; the second found every page
      // unchanged, so it archived and extracted nothing new, and 'changes' still answers
      assertThat(first.out()).contains("4 new version(s) from this run's fetch")
          .contains("Kampot Mobile, privacy (English): first archived");
      assertThat(second.out()).contains("0 new version(s) from this run's fetch")
          .contains("4 document(s): 0 new, 4 unchanged").contains("0 file(s) written, 0 failed");
    }
  }

  @Test
  void withNoNetworkItScoresFromTheArchiveAndExitsThree() throws Exception {
    new TestWorkspace(dir).copyFromProject("indicators/rdr-2020.yaml");
    int year = Year.now(ZoneOffset.UTC).getValue();
    String nowhere = "http://127.0.0.1:" + LocalSite.deadPort();
    writeStudy(nowhere, year);
    Path saved = dir.resolve("saved-privacy.html");
    Files.write(saved, EvidenceSite.page("privacy-en.html"));
    CliRun imported = CliRun.of("--workspace", dir.toString(), "import", saved.toString(), "--study", "kampot",
        "--company", "kampot", "--document", "privacy", "--lang", "en", "--url", nowhere + "/privacy/");
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    CliRun run = CliRun.of("--workspace", dir.toString(), "run", "kampot", "--delay", "0");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL.code());
    assertThat(run.out()).containsPattern("kampot/privacy/en +FAILED: archived copy used")
        .containsPattern("kampot/terms/en +FAILED: no copy at all +- +cannot connect")
        .contains("== score " + year)
        .contains("report: reports/kampot/" + year + "/report.html");
    String answers = Files.readString(dir.resolve("reports/kampot/" + year + "/answers.csv"));
    assertThat(answers).contains("competent authorities"); // evidence from the archived copy
  }

  private void writeStudy(String base, int year) throws IOException {
    new TestWorkspace(dir).writeStudy("kampot", """
        name: Kampot
        country: Cambodia
        year: %d
        catalog: rdr-2020
        mode: per-service
        indicators: [F1a, F3a, P1a, P4, P10a]
        services:
          - id: mobile
            label: Mobile
        companies:
          - id: kampot
            name: Kampot Mobile
            type: telecom
            home: %s
            documents:
              - id: terms
                kind: terms
                services: [mobile]
                versions:
                  - lang: en
                    url: %s
                    reached_by: [Terms and Conditions]
                  - lang: km
                    url: %s
              - id: privacy
                kind: privacy
                services: [mobile]
                remove: ['.app-banner']
                versions:
                  - lang: en
                    url: %s
                    reached_by: [Privacy Notice]
                  - lang: km
                    url: %s
        """.formatted(year, base + "/", base + "/terms/", base + "/km/terms/", base + "/privacy/", base + "/km/privacy/"));
  }
}
