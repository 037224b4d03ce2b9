package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.chart.ChartFormat;
import org.policyscore.chart.ChartLanguage;
import org.policyscore.chart.ChartStudy;
import org.policyscore.chart.ChartStyle;
import org.policyscore.chart.MissingFontException;
import org.policyscore.chart.StudyCharts;
import org.policyscore.chart.StudyNames;
import org.policyscore.pipeline.StudyYears;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code chart STUDY}: the charts of a study year, from its scores.csv. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Draw a study year's charts (PNG and SVG) from its scores.",
      "Reads reports/STUDY/YEAR/scores.csv and writes reports/STUDY/YEAR/charts/:",
      "one chart per company in the 2022 report's style (\"Company | Country\", a bar per service for",
      "each indicator), companies compared per indicator, categories and total (rdr-index mode),",
      "year-over-year trends when earlier years have scores, and a heatmap of element answers",
      "when answers.csv is there. PNG (drawn at twice the size) and SVG.",
      "Khmer charts (--lang km) are named company-smart.km.png and so on, beside the English ones."
    })
final class ChartCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "STUDY", description = "The study, e.g. cambodia (reports/cambodia/).")
  String study;

  @Option(names = "--year", paramLabel = "YEAR", description = Years.HELP
      + " (default: the study's year, or the latest year with scores before it; with no study file, the newest).")
  String year;

  @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "png, svg or both (default: png,svg).")
  List<String> formats = List.of("png", "svg");

  @Option(names = "--style", paramLabel = "STYLE",
      description = "light (default: white, for print) or report (the 2022 report's dark look).")
  String style = ChartStyle.LIGHT.cliName();

  @Option(names = "--lang", paramLabel = "LANG",
      description = "en (default) or km: Khmer titles and labels where the study and catalogue give them.")
  String lang = ChartLanguage.EN.code();

  @Option(names = "--country", paramLabel = "NAME",
      description = "Country in chart titles (default: the study's, from policies/STUDY.yaml).")
  String country = "";

  @Option(names = "--name", paramLabel = "ID=NAME",
      description = "Display name of a company or service where the study gives none or another,"
          + " e.g. --name smart=\"Smart Axiata\" (repeatable).")
  Map<String, String> names = new LinkedHashMap<>();

  @Option(names = "--catalog", paramLabel = "FILE", description = "Catalogue YAML (default: indicators/rdr-2020.yaml).")
  Path catalogFile;

  @Override
  public Integer call() throws InvalidInputException, IOException, CommandFailedException, UsageException {
    OptionalInt asked = Years.parse(year);
    ChartStyle chartStyle = ChartStyle.parse(style).orElseThrow(() -> usage(
        "--style must be light or report, not '" + style + "'"));
    ChartLanguage language = ChartLanguage.parse(lang).orElseThrow(() -> usage(
        "--lang must be en or km, not '" + lang + "'"));
    Set<ChartFormat> chartFormats = EnumSet.noneOf(ChartFormat.class);
    for (String f : formats) {
      chartFormats.add(ChartFormat.parse(f).orElseThrow(() -> usage("--format must be png or svg, not '" + f + "'")));
    }
    Catalog catalog = CatalogCache.load(catalogFile != null ? catalogFile
        : app.workspace().catalogFile(CatalogCommand.DEFAULT_CATALOG));
    // Names come from the study declaration when there is one; --country and --name override.
    StudyNames given = new StudyNames(country, "", names, Map.of(), names, Map.of());
    boolean declared = Files.isRegularFile(app.workspace().studyFile(study));
    Study declaration = declared ? Studies.load(app.workspace(), study) : null;
    StudyNames studyNames = declared ? StudyNames.of(declaration).with(given) : given;
    ChartStudy chartStudy = declared ? ChartStudy.of(declaration) : ChartStudy.inferred(names);
    OptionalInt shown = asked;
    if (declared) {
      StudyYears.Choice choice = StudyYears.toShow(app.workspace(), declaration, asked);
      choice.note().ifPresent(n -> app.spec.commandLine().getErr().println("note: " + n));
      shown = OptionalInt.of(choice.year());
    }
    StudyCharts.Result result;
    try {
      result = StudyCharts.draw(app.workspace(), study, shown, catalog, studyNames, chartStudy, chartStyle, language,
          chartFormats);
    } catch (MissingFontException | StudyCharts.NoScoresException e) {
      throw new CommandFailedException(e.getMessage());
    }
    PrintWriter out = app.spec.commandLine().getOut();
    if (!app.quiet()) {
      for (Path f : result.files()) {
        out.println("wrote " + app.workspace().display(f));
      }
    }
    out.printf("%d charts for %s %d in %s%n", result.charts(), study, result.year(), app.workspace().display(result.dir()));
    if (!result.untranslated().isEmpty()) {
      // said on stderr as well as drawn: a chart mixing languages should not pass unnoticed
      PrintWriter err = app.spec.commandLine().getErr();
      err.printf("%d name(s) have no %s translation and are drawn in English; give them in:%n",
          result.untranslated().size(), language.code());
      result.untranslated().forEach(u -> err.println("  " + u));
    }
    return ExitCode.OK.code();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
