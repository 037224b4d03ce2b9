package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;

/** agree's edges: undefined kappa, an unreconciled disagreement, options that go together. */
class AgreeCommandTest {
  static final String HEADER = "company,level,service,indicator,element,suggested,evidence,document,snapshot,answer,comment,reviewer\n";

  @TempDir Path dir;

  private Path write(String name, String rows) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, HEADER + rows, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void anUndecidedDisagreementStopsTheReconciliationNamingIt() throws Exception {
    Path a = write("a.csv", "smart,service,mobile,F1a,F1a.1,yes,,,,,,Dara\nsmart,service,mobile,F1a,F1a.2,,,,,no,,Dara\n");
    Path b = write("b.csv", "smart,service,mobile,F1a,F1a.1,yes,,,,partial,too hard to find,Sokha\nsmart,service,mobile,F1a,F1a.2,,,,,no,,Sokha\n");
    Path d = dir.resolve("d.csv");
    CliRun agree = CliRun.of("agree", a.toString(), b.toString(), "--out", d.toString());
    assertThat(agree.exitCode()).as(agree.err()).isZero();
    assertThat(agree.out()).containsPattern("overall +2 +1 +50\\.0% +0\\.33") // po 1/2, pe 1/4: (1/2 - 1/4) / (3/4)
        .contains("F1a.1    a.csv: yes (Dara) | b.csv: partial (Sokha)").contains("b.csv: \"too hard to find\"");
    assertThat(Files.readString(d)).contains("smart,service,mobile,F1a,F1a.1,yes,,yes,,Dara,partial,too hard to find,Sokha,,,\r\n");

    Path fin = dir.resolve("final.csv");
    CliRun undecided = CliRun.of("agree", a.toString(), b.toString(), "--reconciled", d.toString(), "--into", fin.toString());
    assertThat(undecided.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(undecided.err()).contains("d.csv:2: F1a.1 smart service mobile: the reviewers disagree");
    assertThat(fin).doesNotExist();

    Files.writeString(d, Files.readString(d).replace("Sokha,,,\r\n", "Sokha,partial,the footer link is hidden,Vanna\r\n"));
    CliRun done = CliRun.of("agree", a.toString(), b.toString(), "--reconciled", d.toString(), "--into", fin.toString());
    assertThat(done.exitCode()).as(done.err()).isZero();
    assertThat(Files.readString(fin)).contains("smart,service,mobile,F1a,F1a.1,yes,,,,partial,the footer link is hidden,Vanna\r\n")
        .contains("smart,service,mobile,F1a,F1a.2,,,,,no,,Dara\r\n");
    CliRun onto = CliRun.of("agree", a.toString(), b.toString(), "--reconciled", d.toString(), "--into", a.toString());
    assertThat(onto.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(onto.err()).contains("one of the files being reconciled");
  }

  @Test
  void kappaIsUndefinedWhenBothAnswerOneWayThroughoutAndOptionsGoTogether() throws Exception {
    Path a = write("a.csv", "smart,service,mobile,F1a,F1a.1,,,,,ndf,,Dara\nsmart,service,mobile,F1a,F1a.2,,,,,NDF,,Dara\n");
    Path b = write("b.csv", "smart,service,mobile,F1a,F1a.1,,,,,no disclosure found,,Sokha\nsmart,service,broadband,F1a,F1a.2,,,,,yes,,Sokha\n");
    CliRun agree = CliRun.of("agree", a.toString(), b.toString());
    assertThat(agree.exitCode()).as(agree.err()).isZero();
    assertThat(agree.out()).containsPattern("overall +1 +1 +100\\.0% +n/a").contains("1 only in a.csv, 1 only in b.csv");
    CliRun half = CliRun.of("agree", a.toString(), b.toString(), "--reconciled", a.toString());
    assertThat(half.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(half.err()).contains("--reconciled and --into go together");
  }
}
