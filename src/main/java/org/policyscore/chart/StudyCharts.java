package org.policyscore.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Indicator;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;

/**
 * The {@code chart} job for a study year in a workspace: reads
 * {@code reports/<study>/<year>/scores.csv} (and earlier years' for trends, and answers.csv for
 * the heatmap when present) and writes the charts to {@code reports/<study>/<year>/charts/}.
 */
public final class StudyCharts {
  /**
   * What was written.
   *
   * @param untranslated in a language other than English, the names drawn in English for want
   *     of a translation, each saying where one would go ("company metfone: name_km in the study")
   */
  public record Result(int year, Path dir, int charts, List<Path> files, List<String> untranslated) {}

  /** The study has no scores for the year asked (or none at all). */
  public static final class NoScoresException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoScoresException(String message) {
      super(message);
    }
  }

  private StudyCharts() {}

  public static Result draw(Workspace workspace, String study, OptionalInt year, Catalog catalog, StudyNames names,
      ChartStudy chartStudy, ChartStyle style, ChartLanguage language, Set<ChartFormat> formats)
      throws InvalidInputException, IOException, MissingFontException, NoScoresException {
    int y = year(workspace, study, year);
    ChartJob job = job(workspace, study, y, catalog, names, chartStudy, style, language, formats, true);
    Path dir = workspace.reportDir(study, y).resolve("charts");
    List<Path> files = job.writeTo(dir);
    List<String> untranslated = language == ChartLanguage.EN ? List.of() : untranslated(job, names, catalog);
    return new Result(y, dir, files.size() / Math.max(1, formats.size()), files, untranslated);
  }

  /** The year asked, or the newest with scores; fails when it has none. */
  public static int year(Workspace workspace, String study, OptionalInt year) throws IOException, NoScoresException {
    Path studyDir = workspace.reports().resolve(study);
    SortedMap<Integer, Path> years = scoredYears(studyDir);
    int y = year.isPresent() ? year.getAsInt() : years.isEmpty() ? -1 : years.lastKey();
    Path scoresFile = workspace.reportDir(study, Math.max(y, 0)).resolve("scores.csv");
    if (y < 0 || !Files.isRegularFile(scoresFile)) {
      throw new NoScoresException(y < 0
          ? "no scores for " + study + ": no " + workspace.display(studyDir.resolve("YEAR").resolve("scores.csv"))
              + " exists; run 'policyscore score " + study + "' first"
          : "no scores for " + study + " " + y + ": " + workspace.display(scoresFile)
              + " does not exist; run 'policyscore score " + study + " --year " + y + "' first"
              + " (or 'policyscore import-scores' for published figures)");
    }
    return y;
  }

  /**
   * The charts of a year that has scores: this year's and earlier years' scores with what
   * stands behind them, and (when {@code heatmap}) the year's answers.
   */
  public static ChartJob job(Workspace workspace, String study, int year, Catalog catalog, StudyNames names,
      ChartStudy chartStudy, ChartStyle style, ChartLanguage language, Set<ChartFormat> formats, boolean heatmap)
      throws InvalidInputException, IOException {
    Path scoresFile = workspace.reportDir(study, year).resolve("scores.csv");
    ChartLimits.check(scoresFile, ScoresCsv.read(scoresFile)); // before anything else is read or drawn
    SortedMap<Integer, YearScores> years = new TreeMap<>();
    for (Map.Entry<Integer, Path> e : scoredYears(workspace.reports().resolve(study)).headMap(year + 1).entrySet()) {
      YearScores y = YearReader.read(e.getValue().getParent(), e.getKey(), catalog, chartStudy);
      ChartLimits.check(e.getValue(), y.rows()); // an earlier year would be drawn in the trends
      years.put(e.getKey(), y);
    }
    Path yearDir = workspace.reportDir(study, year);
    List<AnswerCell> answers = heatmap
        ? AnswerCells.of(YearReader.answers(yearDir, catalog), catalog, chartStudy) : List.of();
    StudyNames n = names.in(language);
    ChartLabels labels = ChartLabels.of(catalog, language, n.country(), n.companies(), n.services());
    return new ChartJob(year, years, answers, TrendCharts.order(catalog.indicators()), labels, chartStudy, style,
        formats);
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

  /** Names on the job's charts that have no translation in the job's language. */
  static List<String> untranslated(ChartJob job, StudyNames names, Catalog catalog) {
    LinkedHashSet<String> companies = new LinkedHashSet<>();
    LinkedHashSet<String> services = new LinkedHashSet<>();
    LinkedHashSet<String> indicators = new LinkedHashSet<>();
    for (YearScores y : job.years().values()) {
      for (ScoreRow r : y.rows()) {
        companies.add(r.company());
        if (!r.service().isEmpty()) {
          services.add(r.service());
        }
        if (r.kind() == ScoreKind.INDICATOR || r.kind() == ScoreKind.FAMILY) {
          indicators.add(r.id());
        }
      }
    }
    for (AnswerCell c : job.answers()) {
      companies.add(c.company());
      if (!c.column().equals("group") && !c.column().equals("opcom")) {
        services.add(c.column());
      }
    }
    List<String> out = new ArrayList<>();
    if (names.countryKm().isBlank() && !names.country().isBlank()) {
      out.add("country " + names.country() + ": country_km in the study");
    }
    for (String c : job.study().orderCompanies(companies)) {
      if (!names.companiesKm().containsKey(c)) {
        out.add("company " + c + ": name_km in the study");
      }
    }
    for (String s : job.study().orderServices(services)) {
      if (!names.servicesKm().containsKey(s)) {
        out.add("service " + s + ": label_km in the study");
      }
    }
    for (String id : job.catalogueOrder()) {
      if (indicators.contains(id) && catalog.indicator(id).flatMap(Indicator::titleKm).isEmpty()) {
        out.add("indicator " + id + ": title_km in the catalogue");
      }
    }
    return out;
  }
}
