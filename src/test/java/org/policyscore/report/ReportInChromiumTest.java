package org.policyscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyscore.chart.ChartEncoder;
import org.policyscore.chart.ScoreChart;
import org.policyscore.io.AtomicFile;
import org.policyscore.testing.Chromium;

/** The report opened as a reader would: in a browser, offline. */
class ReportInChromiumTest {
  static final Path DIR = Path.of("target", "report-look");

  @Test
  void theReportShowsEveryImageAndHasNoScriptErrors() throws Exception {
    Chromium.requireInstalled();
    List<ReportInput.Chart> charts = new ArrayList<>();
    for (ScoreChart c : ReportCharts.baseline()) {
      charts.add(new ReportInput.Chart(c.title(), ChartEncoder.png(c)));
    }
    Path page = DIR.resolve("report.html");
    AtomicFile.write(page, HtmlReport.render(ReportFixtures.cambodia(ReportCharts.baselineScores(), charts)));

    Chromium.PageCheck check = Chromium.check(page);
    assertThat(check.images()).isEqualTo(charts.size());
    assertThat(check.brokenImages()).isEmpty();
    assertThat(check.errors()).isEmpty();

    Path shot = DIR.resolve("report.png");
    Chromium.screenshot(page, shot, 1280, 2400);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  @Test
  void theCheckCatchesABrokenImageAndAScriptError() throws Exception {
    Chromium.requireInstalled();
    Path page = DIR.resolve("broken.html");
    AtomicFile.write(page, """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>broken</title></head><body>
        <img alt="not a png" src="data:image/png;base64,AAAAAAAA">
        <img alt="missing file" src="no-such-chart.png">
        <script>undefinedFunction();</script>
        </body></html>
        """);
    Chromium.PageCheck check = Chromium.check(page);
    assertThat(check.images()).isEqualTo(2);
    assertThat(check.brokenImages()).containsExactlyInAnyOrder("not a png", "missing file");
    assertThat(check.errors()).anyMatch(e -> e.contains("undefinedFunction"));
  }
}
