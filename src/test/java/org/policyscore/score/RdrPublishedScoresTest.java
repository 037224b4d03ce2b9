package org.policyscore.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.CanonicalId;
import org.policyscore.catalog.Catalog;
import org.policyscore.io.CsvTable;
import org.policyscore.testing.SharedData;

/**
 * The proof that our arithmetic is RDR's: all 28,453 element answers of the 2020 Index,
 * aggregated, against every published indicator, family, category and total score.
 */
class RdrPublishedScoresTest {
  private static final double TOLERANCE = 0.02;

  private static Path rdr;
  private static AnswerSet answers;
  private static Map<String, OptionalDouble> ours;

  /** Loaded on first use, so each test without ../shared is reported skipped, with the reason. */
  private static synchronized void aggregateAll() throws Exception {
    Path shared = SharedData.rdr2020();
    if (answers != null) {
      return;
    }
    rdr = shared;
    answers = RdrElementCsv.read(rdr.resolve("2020-rdr-index-06-element-scores.csv"), TestCatalog.rdr2020());
    ours = new HashMap<>();
    for (ScoreRow r : new Aggregator(TestCatalog.rdr2020()).aggregate(answers, ScoringMode.RDR_INDEX, List.of()).scores()) {
      ours.put(r.company() + "|" + r.id(), r.score());
    }
  }

  @Test
  void readsEveryElementAnswerOfAllCompanies() throws Exception {
    aggregateAll();
    assertThat(answers.rows()).hasSize(28_453);
    assertThat(answers.rows().stream().map(AnswerRow::company).distinct()).hasSize(26);
    assertThat(answers.companyTypes().known()).hasSize(26);
  }

  @Test
  void matchesEveryPublishedIndicatorFamilyCategoryAndTotal() throws Exception {
    aggregateAll();
    List<String> mismatches = new ArrayList<>();
    int compared = 0;

    CsvTable indicators = CsvTable.read(rdr.resolve("2020-rdr-index-04-indicator-scores.csv"));
    for (CsvTable.Row row : indicators.rows()) {
      String id = CanonicalId.indicator(row.cell(6)).orElseThrow();
      compared += compare(row.cell(3), id, row.cell(10), mismatches);
    }
    assertThat(compared).isEqualTo(26 * 70);

    CsvTable overview = CsvTable.read(rdr.resolve("2020-rdr-index-01-quick-overview.csv"));
    for (CsvTable.Row row : overview.rows()) {
      compared += compare(row.cell(0), "G", row.cell(3), mismatches);
      compared += compare(row.cell(0), "F", row.cell(4), mismatches);
      compared += compare(row.cell(0), "P", row.cell(5), mismatches);
    }

    CsvTable totals = CsvTable.read(rdr.resolve("2020-rdr-index-03-total-scores.csv"));
    for (CsvTable.Row row : totals.rows()) {
      compared += compare(row.cell(3), "total", row.cell(4), mismatches);
    }

    System.out.printf("RDR 2020: %d published values compared (1820 indicator and family, 78 category, 26 total), %d mismatches%n",
        compared, mismatches.size());
    assertThat(mismatches).isEmpty();
    assertThat(compared).isEqualTo(1820 + 78 + 26);
  }

  /** What `aggregate` does: the file read row by row, never held, gives the very same scores. */
  @Test
  void streamingTheFileGivesTheSameScoresAsHoldingIt() throws Exception {
    aggregateAll();
    Aggregation streamed = AnswerFiles.aggregate(rdr.resolve("2020-rdr-index-06-element-scores.csv"),
        TestCatalog.rdr2020(), org.policyscore.catalog.CompanyType.TELECOM, ScoringMode.RDR_INDEX, List.of());
    Map<String, OptionalDouble> fromStream = new HashMap<>();
    for (ScoreRow r : streamed.scores()) {
      fromStream.put(r.company() + "|" + r.id(), r.score());
    }

    assertThat(fromStream).isEqualTo(ours).hasSize(1924);
    assertThat(streamed.answered()).isEqualTo(28_453);
  }

  @Test
  void perServiceModeGivesRdrsPublishedServiceLevelScores() throws Exception {
    aggregateAll();
    // Step 1 of the arithmetic on its own: RDR publishes each service's level score (-05-).
    Map<String, OptionalDouble> perService = new HashMap<>();
    for (ScoreRow r : new Aggregator(TestCatalog.rdr2020()).aggregate(answers, ScoringMode.PER_SERVICE, List.of()).scores()) {
      perService.put(r.company() + "|" + r.service() + "|" + r.id(), r.score());
    }
    CsvTable levels = CsvTable.read(rdr.resolve("2020-rdr-index-05-level-scores.csv"));
    List<String> mismatches = new ArrayList<>();
    int compared = 0;
    for (CsvTable.Row row : levels.rows()) {
      if (!row.cell(8).equals("Services")) {
        continue;
      }
      String service = switch (row.cell(11)) {
        case "Prepaid mobile" -> "prepaid";
        case "Postpaid mobile" -> "postpaid";
        case "Fixed-line broadband" -> "broadband";
        default -> row.cell(11);
      };
      String key = row.cell(3) + "|" + service + "|" + CanonicalId.indicator(row.cell(5)).orElseThrow();
      OptionalDouble mine = perService.getOrDefault(key, OptionalDouble.empty());
      String published = row.cell(12);
      boolean same = published.equals("NA") ? mine.isEmpty()
          : mine.isPresent() && Math.abs(mine.getAsDouble() - Double.parseDouble(published)) <= TOLERANCE;
      if (!same) {
        mismatches.add(key + ": published " + published + ", ours " + ScoresCsv.format(mine));
      }
      compared++;
    }
    System.out.printf("RDR 2020: %d published service-level scores compared, %d mismatches%n", compared, mismatches.size());
    assertThat(mismatches).isEmpty();
    assertThat(compared).isGreaterThan(4000);
  }

  @Test
  void elementPointsAreRdrsIncludingReversedElements() throws Exception {
    aggregateAll();
    // RDR's element file carries each element's points: ours must be the same for every one.
    Catalog catalog = TestCatalog.rdr2020();
    CsvTable elements = CsvTable.read(rdr.resolve("2020-rdr-index-06-element-scores.csv"));
    int reversed = 0;
    for (CsvTable.Row row : elements.rows()) {
      var element = catalog.element(row.cell(8)).orElseThrow();
      OptionalDouble points = Answer.parse(row.cell(14)).orElseThrow().points(element.reversed());
      String published = row.cell(16);
      if (published.equals("NA")) {
        assertThat(points).as("line %d", row.line()).isEmpty();
      } else {
        assertThat(points.getAsDouble()).as("line %d", row.line()).isEqualTo(Double.parseDouble(published));
      }
      if (element.reversed() && points.isPresent()) {
        reversed++;
      }
    }
    assertThat(reversed).as("reversed F9.2 and F11.1 answers checked").isPositive();
  }

  private static int compare(String company, String id, String published, List<String> mismatches) {
    OptionalDouble mine = ours.get(company + "|" + id);
    if (mine == null) {
      mismatches.add(company + " " + id + ": published " + published + ", we have no score");
      return 1;
    }
    boolean same = published.equals("NA")
        ? mine.isEmpty()
        : mine.isPresent() && Math.abs(mine.getAsDouble() - Double.parseDouble(published)) <= TOLERANCE;
    if (!same) {
      mismatches.add(company + " " + id + ": published " + published + ", ours " + ScoresCsv.format(mine));
    }
    return 1;
  }
}
