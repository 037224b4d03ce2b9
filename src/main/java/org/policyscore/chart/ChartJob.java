package org.policyscore.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.ScoreRow;

/**
 * Draws and writes every chart of a study year into its {@code charts/} folder: the company
 * charts and comparisons from this year's scores, trends when earlier years exist, and the
 * element heatmap when answers are given.
 *
 * @param scores this year's scores
 * @param earlierYears scores of earlier years, by year (empty for the first year)
 * @param answers element answers for the heatmap (empty: no heatmap)
 * @param catalogueOrder indicator ids in catalogue order
 */
public record ChartJob(
    int year,
    List<ScoreRow> scores,
    SortedMap<Integer, List<ScoreRow>> earlierYears,
    List<AnswerCell> answers,
    List<String> catalogueOrder,
    ChartLabels labels,
    ChartStyle style,
    Set<ChartFormat> formats) {

  public ChartJob {
    scores = List.copyOf(scores);
    earlierYears = new TreeMap<>(earlierYears);
    answers = List.copyOf(answers);
    catalogueOrder = List.copyOf(catalogueOrder);
    formats = Set.copyOf(formats);
  }

  /** The charts, drawn but not written. */
  public List<ScoreChart> charts() throws MissingFontException {
    ChartFonts fonts = ChartFonts.forLanguage(labels.language());
    List<ScoreChart> charts = new ArrayList<>(ScoreCharts.build(scores, catalogueOrder, labels, style, fonts));
    SortedMap<Integer, List<ScoreRow>> years = new TreeMap<>(earlierYears);
    years.put(year, scores);
    charts.addAll(TrendCharts.build(years, catalogueOrder, labels, style, fonts));
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
        Path file = dir.resolve(chart.name() + "." + format.extension());
        AtomicFile.write(file, format == ChartFormat.PNG ? ChartEncoder.png(chart) : ChartEncoder.svg(chart));
        written.add(file);
      }
    }
    return written;
  }
}
