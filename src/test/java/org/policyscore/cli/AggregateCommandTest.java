package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;

class AggregateCommandTest {
  static final Path CAMBODIA = Path.of("src", "test", "resources", "score", "cambodia-2022-answers.csv");
  static final Path CAMBODIA_SCORES = Path.of("src", "test", "resources", "score", "cambodia-2022-scores.golden.csv");
  static final String HEADER = "company,level,service,indicator,element,suggested,evidence,document,snapshot,answer,comment,reviewer\n";

  @TempDir Path dir;

  private Path write(String name, String content) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void writesScoresCsvInPerServiceMode() throws Exception {
    Path out = dir.resolve("scores.csv");
    CliRun run = CliRun.of("aggregate", "--answers", CAMBODIA.toString(), "--mode", "per-service",
        "--indicators", "F1a,F3a,F9,F10,P1a,P10a,P11a,P12", "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("32 scores").contains("176 elements answered");
    assertThat(Files.readString(out)).isEqualTo(Files.readString(CAMBODIA_SCORES));
  }

  @Test
  void printsATableWithoutOut() {
    CliRun run = CliRun.of("aggregate", "--answers", CAMBODIA.toString(), "--mode", "per-service");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("smart | mobile").containsPattern("F1a +Access to terms of service +83\\.33")
        .contains("Indicators: Ranking Digital Rights, 2020 RDR Corporate Accountability Index");
  }

  @Test
  void rdrIndexModeGivesFamiliesCategoriesAndTotal() {
    CliRun run = CliRun.of("aggregate", "--answers", CAMBODIA.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // Smart F1a: mobile and broadband both 83.33, so the services composite is too.
    assertThat(run.out()).contains("smart").containsPattern("F1 +Access to policies +83\\.33")
        .containsPattern("total +Total +\\d+\\.\\d\\d");
  }

  @Test
  void readsRdrsElementFileLayout() throws Exception {
    String rdrHeader = "Index,CompanyType,Company,CompanyLabel,Category,Indicator,IndicatorNr,IndicatorSuffix,Element,ElemNr,"
        + "Branch,Composite,Class,Service,Result,Comment,Score\n";
    Path rdr = write("rdr.csv", rdrHeader
        + "2020,Telecommunication,Tel,Tel Co,F,F01a,1,a,F01a.01,1,Services,Mobile Services,mobile,Prepaid mobile,yes,\"fine\",100\n"
        + "2020,Telecommunication,Tel,Tel Co,F,F01a,1,a,F01a.01,1,Services,Mobile Services,mobile,Postpaid mobile,no,NA,0\n"
        + "2020,Telecommunication,Tel,Tel Co,F,F01a,1,a,F01a.01,1,Services,Services,broadband,Fixed-line broadband,yes,NA,100\n"
        + "2020,Telecommunication,Tel,Tel Co,G,G01,1,NA,G01.01,1,Company,Group,Group,Group,partial,NA,50\n"
        + "2020,Telecommunication,Tel,Tel Co,G,G01,1,NA,G01.01,1,Company,OpCom,OpCom,OpCom,NA,NA,NA\n");
    Path out = dir.resolve("scores.csv");
    CliRun run = CliRun.of("aggregate", "--answers", rdr.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String scores = Files.readString(out);
    assertThat(scores).contains("Tel Co,,indicator,F1a,75.00,3/3\r\n"); // mean(mean(100, 0), 100)
    assertThat(scores).contains("Tel Co,,indicator,G1,50.00,2/2\r\n"); // opcom N/A drops out
    CliRun perService = CliRun.of("aggregate", "--answers", rdr.toString(), "--mode", "per-service");
    assertThat(perService.out()).contains("Tel Co | prepaid").contains("Tel Co | postpaid").contains("Tel Co | broadband");
  }

  @Test
  void badCsvInputExitsFourNamingTheLine() throws Exception {
    String good = "Smart,service,mobile,F1a,F1a.1,,,,,yes,,\n";
    assertInvalid(write("header.csv", HEADER.replace("answer,", "answers,") + good), "header.csv:1:10");
    assertInvalid(write("element.csv", HEADER + good + "Smart,service,mobile,F1a,F1a.7,,,,,yes,,\n"), "element.csv:3:5");
    assertInvalid(write("answer.csv", HEADER + good + good.replace("F1a.1", "F1a.2").replace("yes", "probably")), "answer.csv:3:10");
    assertInvalid(write("ragged.csv", HEADER + good + "Smart,service,mobile,F1a,F1a.2,,,,,yes\n"), "ragged.csv:3:");
  }

  private static void assertInvalid(Path file, String where) {
    CliRun run = CliRun.of("aggregate", "--answers", file.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
    assertThat(run.err()).contains(where).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.of("aggregate", "--answers", CAMBODIA.toString(), "--mode", "average").exitCode()).isEqualTo(2);
    CliRun unknown = CliRun.of("aggregate", "--answers", CAMBODIA.toString(), "--indicators", "F1a,Z9");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Z9");
    assertThat(CliRun.of("aggregate").exitCode()).isEqualTo(2);
  }

  @Test
  void aMissingAnswersFileIsAFailureNotACrash() {
    CliRun run = CliRun.of("aggregate", "--answers", dir.resolve("nope.csv").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope.csv").doesNotContain("\tat ");
  }
}
