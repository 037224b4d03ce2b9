package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.TestWorkspace;

/**
 * A CSO's first year in a country the tool has never seen: a study of published figures only
 * (no home pages, no documents), its report's table imported, charts in English and Khmer, and a
 * report that says what the source assessed rather than listing today's addresses.
 */
class PublishedYearTest {
  @TempDir Path ws;

  @BeforeEach
  void workspace() throws Exception {
    new TestWorkspace(ws).copyFromProject("indicators/rdr-2020.yaml").writeStudy("nepal", String.join("\n",
        "name: \"Nepal: mobile operators\"", "country: Nepal", "year: 2022", "catalog: rdr-2020",
        "mode: per-service", "indicators: [F1a, P1a]", "services:", "  - id: mobile", "    label: Mobile",
        "  - id: home", "    label: Home internet", "companies:", "  - id: himal", "    name: Himal Mobile",
        "    type: telecom", "  - id: terai", "    name: Terai Cell", "    name_km: តេរ៉ៃ", "    type: telecom", ""));
    Files.writeString(ws.resolve("table.csv"), String.join("\n", "company,service,indicator,score",
        "Himal Mobile,Mobile,F1a,66.67", "Himal Mobile,Mobile,P1a,50", "Himal Mobile,Home internet,F1a,50",
        "Himal Mobile,Home internet,P1a,NA", "Terai Cell,Mobile,F1a,0", "Terai Cell,Mobile,P1a,33.33", ""),
        StandardCharsets.UTF_8);
  }

  CliRun run(String... args) {
    return CliRun.in(ws, args);
  }

  @Test
  void importChartAndReportAPublishedYear() throws Exception {
    CliRun imported = run("import-scores", ws.resolve("table.csv").toString(), "--study", "nepal", "--year", "2022",
        "--cite", "Digital Rights Nepal, Telecom scorecard, 2022");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("wrote reports/nepal/2022/scores.csv: 6 published scores of himal, terai")
        .contains("wrote reports/nepal/2022/SOURCE.md");
    CliRun again = run("import-scores", ws.resolve("table.csv").toString(), "--study", "nepal", "--year", "2022");
    assertThat(again.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(again.err()).contains("--replace");

    CliRun chart = run("chart", "nepal", "--style", "report");
    assertThat(chart.exitCode()).as(chart.err()).isZero();
    assertThat(ws.resolve("reports/nepal/2022/charts/company-terai.svg")).exists();
    String terai = Files.readString(ws.resolve("reports/nepal/2022/charts/company-terai.svg"));
    assertThat(terai).contains(">Mobile</text>").doesNotContain("Home internet");
    assertThat(Files.readString(ws.resolve("reports/nepal/2022/charts/company-himal.svg")))
        .contains("fill=\"#FFFFFF\"><title>Home internet · F1a | Access to terms of service: 50</title>");

    if (org.policyscore.chart.KhmerFontProbe.present()) {
      CliRun km = run("chart", "nepal", "--lang", "km", "--format", "svg");
      assertThat(km.exitCode()).as(km.err()).isZero();
      assertThat(km.err()).contains("have no km translation").contains("country Nepal: country_km in the study")
          .contains("company himal: name_km in the study").doesNotContain("company terai")
          .contains("service home: label_km in the study");
      assertThat(ws.resolve("reports/nepal/2022/charts/company-terai.km.svg")).exists();
      assertThat(ws.resolve("reports/nepal/2022/charts/company-terai.png")).exists();
    }

    CliRun report = run("report", "nepal", "--year", "2022");
    assertThat(report.exitCode()).as(report.err()).isZero();
    Document doc = Jsoup.parse(ws.resolve("reports/nepal/2022/report.html").toFile(), "UTF-8");
    assertThat(doc.select("#method").text()).contains("Digital Rights Nepal, Telecom scorecard, 2022")
        .contains("published figures");
    assertThat(doc.select("#documents").text()).contains("lists no documents").doesNotContain("not yet archived");

    Path source = ws.resolve("reports/nepal/2022/SOURCE.md");
    Files.writeString(source, Files.readString(source)
        + "| Himal Mobile | Terms of use | en | https://himal.example/terms | March 2022 |\n");
    run("report", "nepal", "--year", "2022");
    doc = Jsoup.parse(ws.resolve("reports/nepal/2022/report.html").toFile(), "UTF-8");
    assertThat(doc.select("table.documents").text()).contains("Himal Mobile").contains("Terms of use")
        .contains("https://himal.example/terms").contains("March 2022").contains("assessed by the source");
  }

  @Test
  void discoverSaysWhereAHomePageIsNeeded() {
    CliRun r = run("discover", "nepal", "himal", "--delay", "0");
    assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(r.err()).contains("no 'home' page for Himal Mobile").contains("--from URL");
  }

  @Test
  void aPublishedTableGivenAsScoresCsvIsExplained() throws Exception {
    Files.createDirectories(ws.resolve("reports/nepal/2022"));
    Files.writeString(ws.resolve("reports/nepal/2022/scores.csv"),
        "company,country,service,indicator,title,score\nHimal Mobile,Nepal,mobile,F1a,Access,50\n");
    CliRun chart = run("chart", "nepal");
    assertThat(chart.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(chart.err()).contains("looks like a published table").contains("import-scores");
  }
}
