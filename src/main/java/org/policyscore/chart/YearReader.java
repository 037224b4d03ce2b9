package org.policyscore.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;
import org.policyscore.io.CsvTable;
import org.policyscore.published.SourceNote;
import org.policyscore.score.Answer;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;

/**
 * Reads a year folder ({@code reports/<study>/<year>/}) for charts, and works out what stands
 * behind each score: the {@code reviewed} column of scores.csv ("n/m") where it is there, else
 * the year's answers.csv; with neither, a SOURCE.md makes the year's scores published figures.
 */
public final class YearReader {
  private static final Pattern REVIEWED = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,9})\\s*");

  private YearReader() {}

  public static YearScores read(Path yearDir, int year, Catalog catalog, ChartStudy study)
      throws InvalidInputException, IOException {
    Path scoresFile = yearDir.resolve("scores.csv");
    List<ScoreRow> rows = ScoresCsv.read(scoresFile);
    Path answersFile = yearDir.resolve("answers.csv");
    List<AnswerRow> answers = Files.isRegularFile(answersFile) ? AnswersCsv.read(answersFile, catalog) : List.of();
    Map<ScoreRef, int[]> reviewedColumn = reviewedColumn(scoresFile);
    Optional<SourceNote> note = SourceNote.in(yearDir);
    boolean published = answers.isEmpty() && reviewedColumn.isEmpty() && !Files.isRegularFile(answersFile)
        && note.isPresent();
    Map<ScoreRef, ScoreBasis> bases = new HashMap<>();
    for (ScoreRow r : rows) {
      ScoreRef ref = ScoreRef.of(r);
      if (published) {
        bases.put(ref, ScoreBasis.published(publishedElements(r, catalog, study, note.get())));
        continue;
      }
      List<AnswerRow> behind = answers.stream().filter(behind(ref, catalog)).toList();
      int[] nm = reviewedColumn.get(ref);
      if (nm != null) {
        bases.put(ref, new ScoreBasis(ScoreBasis.Source.ANSWERS, nm[0], nm[1],
            behind.isEmpty() ? OptionalInt.empty() : OptionalInt.of(elements(behind, catalog))));
      } else if (!behind.isEmpty()) {
        int reviewed = (int) behind.stream().filter(YearReader::reviewed).count();
        bases.put(ref, new ScoreBasis(ScoreBasis.Source.ANSWERS, reviewed, behind.size(),
            OptionalInt.of(elements(behind, catalog))));
      }
    }
    return new YearScores(year, rows, bases, published);
  }

  /** The element answers of a year folder, or none. */
  public static List<AnswerRow> answers(Path yearDir, Catalog catalog) throws InvalidInputException, IOException {
    Path file = yearDir.resolve("answers.csv");
    return Files.isRegularFile(file) ? AnswersCsv.read(file, catalog) : List.of();
  }

  /**
   * A person answered, or put their name to the suggestion as it stands.
   */
  static boolean reviewed(AnswerRow r) {
    return !r.answer().isBlank() || (!r.reviewer().isBlank() && r.suggested().isPresent());
  }

  /** The answers a score averages: its company's, for its indicator (family, category) and service. */
  private static Predicate<AnswerRow> behind(ScoreRef ref, Catalog catalog) {
    return a -> {
      if (!a.company().equals(ref.company())) {
        return false;
      }
      if (!ref.service().isEmpty() && !(a.service().equals(ref.service()) || a.service().equals("*"))) {
        return false;
      }
      Optional<Indicator> i = catalog.indicator(a.indicator());
      return switch (ref.kind()) {
        case INDICATOR -> a.indicator().equals(ref.id());
        case FAMILY -> a.indicator().equals(ref.id()) || i.flatMap(Indicator::parent).filter(ref.id()::equals).isPresent();
        case CATEGORY -> i.map(x -> x.category().name().equals(ref.id())).orElse(false);
        case TOTAL -> true;
      };
    };
  }

  /** Distinct elements with an answer that gives points (anything but N/A). */
  private static int elements(List<AnswerRow> rows, Catalog catalog) {
    Set<String> counted = new HashSet<>();
    for (AnswerRow r : rows) {
      Optional<Answer> a = r.effectiveAnswer();
      if (a.isPresent() && a.get() != Answer.NOT_APPLICABLE) {
        counted.add(r.element());
      }
    }
    return counted.size();
  }

  /**
   * For published figures, how many elements a score stood on. Sources rarely say: SOURCE.md's
   * "Elements scored" table where it does; else the catalogue's elements for such a company and
   * service when the figure can be a mean of that many answers (each 0, 50 or 100); else the
   * fewest elements it can be a mean of (21.43 is 1.5 of 7 elements' points, not of 5).
   */
  static OptionalInt publishedElements(ScoreRow row, Catalog catalog, ChartStudy study, SourceNote note) {
    if (row.kind() != ScoreKind.INDICATOR) {
      return OptionalInt.empty();
    }
    OptionalInt declared = note.elements(row.id(), row.service());
    if (declared.isPresent()) {
      return declared;
    }
    Optional<Indicator> indicator = catalog.indicator(row.id());
    if (indicator.isEmpty() || indicator.get().family()) {
      return OptionalInt.empty();
    }
    String service = row.service().isEmpty() ? "" : study.rdrService(row.service());
    int n = (int) indicator.get().elementsFor(study.types().of(row.company())).stream()
        .filter(e -> service.isEmpty() || e.appliesToService(service)).map(Element::id).count();
    if (row.score().isEmpty() || meanOf(row.score().getAsDouble(), n)) {
      return n == 0 ? OptionalInt.empty() : OptionalInt.of(n);
    }
    for (int k = 1; k <= 40; k++) {
      if (meanOf(row.score().getAsDouble(), k)) {
        return OptionalInt.of(k);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether a score rounded to two decimals can be the mean of {@code n} answers of 0, 50 or 100. */
  static boolean meanOf(double score, int n) {
    if (n <= 0) {
      return false;
    }
    double halves = score * n / 50.0;
    return Math.abs(halves - Math.rint(halves)) <= 0.005 * n / 50.0 + 1e-9;
  }

  /** The {@code reviewed} column ("n/m") of scores.csv, where the file has one. */
  private static Map<ScoreRef, int[]> reviewedColumn(Path scoresFile) throws InvalidInputException, IOException {
    CsvTable table = CsvTable.read(scoresFile);
    int column = -1;
    for (int i = 0; i < table.header().size(); i++) {
      if (table.header().get(i).strip().equalsIgnoreCase("reviewed")) {
        column = i;
      }
    }
    Map<ScoreRef, int[]> out = new HashMap<>();
    if (column < 0) {
      return out;
    }
    for (CsvTable.Row r : table.rows()) {
      String text = column < r.cells().size() ? r.cell(column) : "";
      if (text.isBlank()) {
        continue;
      }
      Matcher m = REVIEWED.matcher(text);
      if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
        throw table.error(r, column, "expected n/m (answers reviewed of answers behind the score), found '"
            + text + "'");
      }
      ScoreKind kind = ScoreKind.parse(r.cell(2)).orElseThrow();
      out.put(new ScoreRef(r.cell(0), r.cell(1), kind, r.cell(3).strip()),
          new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
    }
    return out;
  }
}
