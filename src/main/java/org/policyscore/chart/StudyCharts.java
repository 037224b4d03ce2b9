package org.policyscore.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Element;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.score.SharedAnswers;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;

/**
 * The {@code chart} job for a study year in a workspace: reads
 * {@code reports/<study>/<year>/scores.csv} (and earlier years' for trends, and answers.csv for
 * the heatmap when present) and writes the charts to {@code reports/<study>/<year>/charts/}.
 */
public final class StudyCharts {
  /** What was written. */
  public record Result(int year, Path dir, int charts, List<Path> files) {}

  /** The study has no scores for the year asked (or none at all). */
  public static final class NoScoresException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoScoresException(String message) {
      super(message);
    }
  }

  private StudyCharts() {}

  public static Result draw(Workspace workspace, String study, OptionalInt year, Catalog catalog, StudyNames names,
      ChartStyle style, ChartLanguage language, Set<ChartFormat> formats)
      throws InvalidInputException, IOException, MissingFontException, NoScoresException {
    Path studyDir = workspace.reports().resolve(study);
    SortedMap<Integer, Path> years = scoredYears(studyDir);
    int y = year.isPresent() ? year.getAsInt() : years.isEmpty() ? -1 : years.lastKey();
    Path scoresFile = workspace.reportDir(study, Math.max(y, 0)).resolve("scores.csv");
    if (y < 0 || !Files.isRegularFile(scoresFile)) {
      throw new NoScoresException(y < 0
          ? "no scores for " + study + ": no " + workspace.display(studyDir.resolve("YEAR").resolve("scores.csv"))
              + " exists; run 'policyscore score " + study + "' first"
          : "no scores for " + study + " " + y + ": " + workspace.display(scoresFile)
              + " does not exist; run 'policyscore score " + study + " --year " + y + "' first");
    }
    List<ScoreRow> scores = ScoresCsv.read(scoresFile);
    ChartLimits.check(scoresFile, scores); // before anything else is read or drawn
    SortedMap<Integer, List<ScoreRow>> earlier = new TreeMap<>();
    for (Map.Entry<Integer, Path> e : years.headMap(y).entrySet()) {
      earlier.put(e.getKey(), ScoresCsv.read(e.getValue()));
    }
    Path answersFile = scoresFile.resolveSibling("answers.csv");
    List<AnswerCell> answers = Files.isRegularFile(answersFile)
        ? cells(SharedAnswers.resolve(AnswersCsv.read(answersFile, catalog)), catalog) : List.of();
    StudyNames n = names.in(language);
    ChartLabels labels = ChartLabels.of(catalog, language, n.country(), n.companies(), n.services());
    ChartJob job = new ChartJob(y, scores, earlier, answers,
        TrendCharts.order(catalog.indicators()), labels, style, formats);
    Path dir = scoresFile.resolveSibling("charts");
    List<Path> files = job.writeTo(dir);
    return new Result(y, dir, files.size() / Math.max(1, formats.size()), files);
  }

  /** Year folders of a study ({@code reports/<study>/}) that hold a scores.csv, by year. */
  public static SortedMap<Integer, Path> scoredYears(Path studyDir) throws IOException {
    SortedMap<Integer, Path> years = new TreeMap<>();
    if (!Files.isDirectory(studyDir)) {
      return years;
    }
    try (Stream<Path> dirs = Files.list(studyDir)) {
      for (Path d : dirs.toList()) {
        String name = d.getFileName().toString();
        if (name.matches("\\d{4}") && Files.isRegularFile(d.resolve("scores.csv"))) {
          years.put(Integer.parseInt(name), d.resolve("scores.csv"));
        }
      }
    }
    return years;
  }

  /** Answers as heatmap points, with the catalogue's reversed elements turned round. */
  static List<AnswerCell> cells(List<AnswerRow> rows, Catalog catalog) {
    List<AnswerCell> cells = new ArrayList<>();
    for (AnswerRow r : rows) {
      boolean reversed = catalog.element(r.element()).map(Element::reversed).orElse(false);
      OptionalDouble points = r.effectiveAnswer().map(a -> a.points(reversed)).orElse(OptionalDouble.empty());
      // group and opcom answers have no service: their column is named after the level
      String column = r.service().isEmpty() ? r.level().csvName() : r.service();
      cells.add(new AnswerCell(r.company(), column, r.element(), points));
    }
    return cells;
  }
}
