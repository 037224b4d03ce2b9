package org.policyscore.score;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.CanonicalId;
import org.policyscore.catalog.Category;
import org.policyscore.io.CsvTable;
import org.policyscore.io.CsvWriter;

/**
 * scores.csv: {@code company, service, kind, id, score}. Scores are written with two decimals
 * (half up) or {@code NA}; rows are sorted by company, service (company-level rows first), then
 * in RDR's order: indicators and families (F1 before F1a), categories G, F, P, and the total.
 */
public final class ScoresCsv {
  public static final List<String> HEADER = List.of("company", "service", "kind", "id", "score");

  /** The order rows are written in. */
  public static final Comparator<ScoreRow> ORDER = Comparator.comparing(ScoreRow::company)
      .thenComparing(ScoreRow::service)
      .thenComparingInt(r -> switch (r.kind()) {
        case INDICATOR, FAMILY -> 0;
        case CATEGORY -> 1;
        case TOTAL -> 2;
      })
      .thenComparing((a, b) -> a.kind() == ScoreKind.CATEGORY
          ? Integer.compare(categoryRank(a.id()), categoryRank(b.id()))
          : CanonicalId.compare(a.id(), b.id()));

  private ScoresCsv() {}

  public static String write(List<ScoreRow> rows) {
    CsvWriter out = new CsvWriter(HEADER, Set.of());
    for (ScoreRow r : rows.stream().sorted(ORDER).toList()) {
      out.row(List.of(r.company(), r.service(), r.kind().csvName(), r.id(), format(r.score())));
    }
    return out.text();
  }

  /** Two decimals, half up ({@code 83.33}, {@code 16.67}, {@code 0.00}), or {@code NA}. */
  public static String format(OptionalDouble score) {
    if (score.isEmpty()) {
      return "NA";
    }
    return BigDecimal.valueOf(score.getAsDouble()).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  public static List<ScoreRow> read(Path file) throws InvalidInputException, IOException {
    CsvTable table = CsvTable.read(file);
    if (!table.headerStartsWith("company", "service", "kind")
        && table.header().stream().anyMatch(h -> h.strip().equalsIgnoreCase("indicator"))) {
      // a published table (company, country, service, indicator, title, score), not our layout
      throw new InvalidInputException(file, 1, 1, "this looks like a published table of scores, not a scores.csv"
          + " (company, service, kind, id, score); turn it into one with"
          + " 'policyscore import-scores FILE --study STUDY --year YEAR --cite SOURCE'");
    }
    table.requireHeader(HEADER);
    List<ScoreRow> rows = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      ScoreKind kind = ScoreKind.parse(r.cell(2)).orElseThrow(() -> table.error(r, 2,
          "unknown kind '" + r.cell(2) + "'; expected indicator, family, category or total"));
      String text = r.cell(4).strip();
      OptionalDouble score;
      if (text.equalsIgnoreCase("NA")) {
        score = OptionalDouble.empty();
      } else {
        try {
          score = OptionalDouble.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
          throw table.error(r, 4, "expected a score from 0 to 100 or NA, found '" + text + "'");
        }
        if (!(score.getAsDouble() >= 0 && score.getAsDouble() <= 100)) {
          throw table.error(r, 4, "expected a score from 0 to 100 or NA, found '" + text + "'");
        }
      }
      rows.add(new ScoreRow(r.cell(0), r.cell(1), kind, r.cell(3).strip(), score));
    }
    return rows;
  }

  private static int categoryRank(String id) {
    return Category.parse(id).map(Enum::ordinal).orElse(Category.values().length);
  }
}
