package org.policyscore.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.policyscore.io.AtomicFile;

/**
 * Draws and writes every chart of a study year into its {@code charts/} folder: the company
 * charts and comparisons from this year's scores, trends when earlier years exist, and the
 * element heatmap when answers are given.
 *
 * @param years this year's scores and earlier years', by year
 * @param answers element answers for the heatmap (empty: no heatmap)
 * @param catalogueOrder indicator ids in catalogue order
 */
public record ChartJob(
    int year,
    SortedMap<Integer, YearScores> years,
    List<AnswerCell> answers,
    List<String> catalogueOrder,
    ChartLabels labels,
    ChartStudy study,
    ChartStyle style,
    Set<ChartFormat> formats) {

  public ChartJob {
    years = new TreeMap<>(years);
    answers = List.copyOf(answers);
    catalogueOrder = List.copyOf(catalogueOrder);
    formats = Set.copyOf(formats);
    if (!years.containsKey(year)) {
      throw new IllegalArgumentException("no scores for " + year + " among the years given " + years.keySet());
    }
  }

  /** The charts, drawn but not written. */
  public List<ScoreChart> charts() throws MissingFontException {
    ChartFonts fonts = ChartFonts.forLanguage(labels.language());
    List<ScoreChart> charts = new ArrayList<>(
        ScoreCharts.build(years.get(year), catalogueOrder, labels, study, style, fonts));
    charts.addAll(TrendCharts.build(years.headMap(year + 1), catalogueOrder, labels, study, style, fonts));
    if (!answers.isEmpty()) {
      charts.add(ElementHeatmap.build(answers, labels, style, fonts));
    }
    return charts;
  }

  /** Writes each chart in each format to {@code dir}; returns the files written, in order. */
  public List<Path> writeTo(Path dir) throws MissingFontException, IOException {
    List<Path> written = new ArrayList<>();
    for (ScoreChart chart : charts()) {
      for (ChartFormat format : ChartFormat.values()) {
        if (!formats.contains(format)) {
          continue;
        }
        Path file = dir.resolve(FileNames.file(chart.name(), labels.language(), format));
        AtomicFile.write(file, format == ChartFormat.PNG ? ChartEncoder.png(chart) : ChartEncoder.svg(chart));
        written.add(file);
      }
    }
    return written;
  }
}
