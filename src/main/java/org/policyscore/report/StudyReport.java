package org.policyscore.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.chart.ChartEncoder;
import org.policyscore.chart.ChartFormat;
import org.policyscore.chart.ChartJob;
import org.policyscore.chart.ChartLanguage;
import org.policyscore.chart.ChartStudy;
import org.policyscore.chart.ChartStyle;
import org.policyscore.chart.MissingFontException;
import org.policyscore.chart.ScoreChart;
import org.policyscore.chart.StudyCharts;
import org.policyscore.chart.StudyNames;
import org.policyscore.io.AtomicFile;
import org.policyscore.study.Study;

/** The {@code report} job: writes {@code reports/<study>/<year>/report.html}. */
public final class StudyReport {
  private StudyReport() {}

  /** Draws the year's charts (English, in the given style), gathers the rest, writes the page. */
  public static Path write(Workspace workspace, Study study, int year, Catalog catalog, ChartStyle style)
      throws InvalidInputException, IOException, MissingFontException {
    return write(workspace, study, year, catalog, style, List.of());
  }

  /**
   * As {@link #write(Workspace, Study, int, Catalog, ChartStyle)}, embedding the charts' PNG
   * files that {@code run} has just drawn (in the same style) as they are, rather than drawing
   * and encoding each a second time.
   *
   * @param drawn chart files written for this year in this run
   */
  public static Path write(Workspace workspace, Study study, int year, Catalog catalog, ChartStyle style,
      List<Path> drawn) throws InvalidInputException, IOException, MissingFontException {
    Path dir = workspace.reportDir(study.id(), year);
    List<ReportInput.Chart> charts = new ArrayList<>();
    if (Files.isRegularFile(dir.resolve("scores.csv"))) {
      ChartJob job = StudyCharts.job(workspace, study.id(), year, catalog, StudyNames.of(study), ChartStudy.of(study),
          style, ChartLanguage.EN, Set.of(ChartFormat.PNG), false);
      for (ScoreChart c : job.charts()) {
        Path png = dir.resolve("charts").resolve(c.name() + "." + ChartFormat.PNG.extension());
        byte[] bytes = drawn.contains(png) ? Files.readAllBytes(png) : ChartEncoder.png(c);
        charts.add(new ReportInput.Chart(c.title(), bytes));
      }
    }
    ReportInput input = ReportAssembler.assemble(workspace, study, year, catalog, charts);
    Path page = dir.resolve("report.html");
    AtomicFile.write(page, HtmlReport.render(input));
    return page;
  }
}
