package org.policyscore.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CompanyType;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.score.RdrLayouts;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;
import org.policyscore.score.ScoringMode;
import org.policyscore.score.SharedAnswers;
import org.policyscore.study.Company;
import org.policyscore.study.Service;
import org.policyscore.study.Study;

/**
 * {@code export --format rdr}: a study year's answers and scores in RDR's own CSV layouts
 * ({@link RdrLayouts}), named like RDR's files with the year and study in front ({@code
 * 2026-kampot-06-element-scores.csv}). rdr-index studies get the element, indicator, total and
 * overview files; per-service studies the element and level files. A year of published scores
 * (no answers.csv) gets its scores only.
 */
public final class RdrExport {
  /**
   * What was written.
   *
   * @param elements element rows written (0 with no answers.csv)
   * @param unreviewed of those, answers no person has confirmed: the export is a draft
   * @param unanswered elements with no answer at all (an empty Result)
   */
  public record Result(List<Path> files, int elements, int unreviewed, int unanswered) {
    public Result {
      files = List.copyOf(files);
    }
  }

  private RdrExport() {}

  /** @throws java.nio.file.NoSuchFileException when the year has no scores.csv */
  public static Result write(Workspace ws, Study study, int year, Catalog catalog, Path out)
      throws IOException, InvalidInputException {
    Path dir = ws.reportDir(study.id(), year);
    Path scoresFile = dir.resolve("scores.csv");
    if (!Files.isRegularFile(scoresFile)) {
      throw new java.nio.file.NoSuchFileException(ws.display(scoresFile), null,
          "no scores for " + study.id() + " " + year + "; run 'policyscore score " + study.id() + " --year " + year + "' first");
    }
    List<ScoreRow> scores = ScoresCsv.read(scoresFile);
    Path answersFile = dir.resolve("answers.csv");
    List<AnswerRow> answers = Files.isRegularFile(answersFile) ? AnswersCsv.read(answersFile, catalog) : List.of();

    Map<String, String> labels = new HashMap<>();
    Map<String, CompanyType> types = new HashMap<>();
    for (Company c : study.companies()) {
      labels.put(c.id(), c.name());
      types.put(c.id(), c.type());
    }
    Map<String, String> services = new HashMap<>();
    for (Service s : study.services()) {
      services.put(s.id(), s.label());
    }
    RdrLayouts layouts = new RdrLayouts(catalog, year, new RdrLayouts.Companies(labels, types, services));
    String prefix = year + "-" + study.id() + "-";
    List<Path> files = new ArrayList<>();
    Files.createDirectories(out);
    if (!answers.isEmpty()) {
      files.add(write(out.resolve(prefix + "06-element-scores.csv"), layouts.elements(answers)));
    }
    if (study.mode() == ScoringMode.RDR_INDEX) {
      files.add(write(out.resolve(prefix + "04-indicator-scores.csv"), layouts.indicators(scores)));
      files.add(write(out.resolve(prefix + "03-total-scores.csv"), layouts.totals(scores)));
      files.add(write(out.resolve(prefix + "01-quick-overview.csv"), layouts.overview(scores)));
    } else {
      files.add(write(out.resolve(prefix + "05-level-scores.csv"), layouts.levels(scores)));
    }
    List<AnswerRow> resolved = SharedAnswers.resolve(answers);
    int unreviewed = (int) resolved.stream().filter(AnswerRow::unreviewed).count();
    int unanswered = (int) resolved.stream().filter(r -> r.effectiveAnswer().isEmpty()).count();
    return new Result(files, resolved.size(), unreviewed, unanswered);
  }

  private static Path write(Path file, String text) throws IOException {
    AtomicFile.write(file, text);
    return file;
  }
}
