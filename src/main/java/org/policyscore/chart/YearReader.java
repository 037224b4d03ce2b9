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
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;
import org.policyscore.published.SourceNote;
import org.policyscore.score.Answer;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;
import org.policyscore.score.SharedAnswers;

/**
 * Reads a year folder ({@code reports/<study>/<year>/}) for charts, and works out what stands
 * behind each score: scores.csv's own {@code reviewed} record (issue 12's n/m and incomplete,
 * read by {@link ScoresCsv}); with no such record, a SOURCE.md and no answers make the year's
 * scores published figures. How many elements a score averages comes from the year's answers
 * (a {@code *} row counted for each service it stands for), else from SOURCE.md or the catalogue.
 */
public final class YearReader {
  private YearReader() {}

  public static YearScores read(Path yearDir, int year, Catalog catalog, ChartStudy study)
      throws InvalidInputException, IOException {
    List<ScoreRow> rows = ScoresCsv.read(yearDir.resolve("scores.csv"));
    Path answersFile = yearDir.resolve("answers.csv");
    List<AnswerRow> answers = answers(yearDir, catalog);
    Optional<SourceNote> note = SourceNote.in(yearDir);
    boolean published = !Files.isRegularFile(answersFile) && note.isPresent()
        && rows.stream().allMatch(r -> r.basis().published());
    Map<ScoreRef, ScoreSource> sources = new HashMap<>();
    for (ScoreRow r : rows) {
      ScoreRef ref = ScoreRef.of(r);
      if (published) {
        sources.put(ref, ScoreSource.published(publishedElements(r, catalog, study, note.get())));
        continue;
      }
      List<AnswerRow> behind = answers.stream().filter(behind(ref, catalog)).toList();
      sources.put(ref, ScoreSource.of(r, behind.isEmpty() ? OptionalInt.empty() : OptionalInt.of(elements(behind))));
    }
    return new YearScores(year, rows, sources, published);
  }

  /** The element answers of a year folder, a row for every service ({@code *}) resolved per service; or none. */
  public static List<AnswerRow> answers(Path yearDir, Catalog catalog) throws InvalidInputException, IOException {
    Path file = yearDir.resolve("answers.csv");
    return Files.isRegularFile(file) ? SharedAnswers.resolve(AnswersCsv.read(file, catalog)) : List.of();
  }

  /** The answers a score averages: its company's, for its indicator (family, category) and service. */
  private static Predicate<AnswerRow> behind(ScoreRef ref, Catalog catalog) {
    return a -> {
      if (!a.company().equals(ref.company())) {
        return false;
      }
      if (!ref.service().isEmpty() && !a.service().equals(ref.service())) {
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
  private static int elements(List<AnswerRow> rows) {
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
}
