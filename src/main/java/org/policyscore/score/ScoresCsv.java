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
 * scores.csv: {@code company, service, kind, id, score, reviewed}. Scores are written with two
 * decimals (half up), {@code NA}, or {@code incomplete} when an element behind the score has no
 * answer; {@code reviewed} is {@code n/m}, the element answers behind the score that a person
 * reviewed. Rows are sorted by company, service (company-level rows first), then in RDR's order:
 * indicators and families (F1 before F1a), categories G, F, P, and the total.
 *
 * <p>A file with no {@code reviewed} column (published figures, such as a report's scores) is
 * read as {@link ScoreBasis#PUBLISHED}.
 */
public final class ScoresCsv {
  public static final List<String> HEADER = List.of("company", "service", "kind", "id", "score", "reviewed");
  /** The layout of published figures: no {@code reviewed} column. */
  public static final List<String> PUBLISHED_HEADER = HEADER.subList(0, 5);
  /** What the score cell says when an element behind the score has no answer. */
  public static final String INCOMPLETE = "incomplete";

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

  /**
   * The file's text. Scores computed from answers get the {@code reviewed} column; rows that
   * rest on no answers at all (published figures, {@link ScoreBasis#PUBLISHED}) are written in
   * the published layout, without it, as they were read.
   */
  public static String write(List<ScoreRow> rows) {
    boolean published = rows.stream().allMatch(r -> r.basis().published());
    CsvWriter out = new CsvWriter(published ? PUBLISHED_HEADER : HEADER, Set.of());
    for (ScoreRow r : rows.stream().sorted(ORDER).toList()) {
      List<String> cells = new java.util.ArrayList<>(List.of(r.company(), r.service(), r.kind().csvName(), r.id(),
          r.incomplete() ? INCOMPLETE : format(r.score())));
      if (!published) {
        cells.add(r.basis().reviewedText());
      }
      out.row(cells);
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
          + " (company, service, kind, id, score[, reviewed]); turn it into one with"
          + " 'policyscore import-scores FILE --study STUDY --year YEAR --cite SOURCE'");
    }
    boolean published = table.header().size() == PUBLISHED_HEADER.size();
    table.requireHeader(published ? PUBLISHED_HEADER : HEADER);
    List<ScoreRow> rows = new ArrayList<>();
    List<InvalidInputException> problems = new ArrayList<>();
    for (CsvTable.Row r : table.rows()) {
      try {
        rows.add(row(table, r, published));
      } catch (InvalidInputException e) {
        problems.add(e);
      }
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.all(problems);
    }
    return rows;
  }

  private static ScoreRow row(CsvTable table, CsvTable.Row r, boolean published) throws InvalidInputException {
    ScoreKind kind = ScoreKind.parse(r.cell(2)).orElseThrow(() -> table.error(r, 2,
        "unknown kind '" + r.cell(2) + "'; expected indicator, family, category or total"));
    String text = r.cell(4).strip();
    String reviewed = published ? "" : r.cell(5).strip();
    ScoreBasis basis = ScoreBasis.PUBLISHED;
    if (!reviewed.isEmpty()) {
      java.util.regex.Matcher m = REVIEWED.matcher(reviewed);
      if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
        throw table.error(r, 5, "expected n/m (n of the m element answers behind the score reviewed), found '" + reviewed + "'");
      }
      basis = new ScoreBasis(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          !text.equalsIgnoreCase(INCOMPLETE));
    }
    OptionalDouble score;
    if (text.equalsIgnoreCase("NA")) {
      score = OptionalDouble.empty();
    } else if (text.equalsIgnoreCase(INCOMPLETE)) {
      score = OptionalDouble.empty();
      basis = new ScoreBasis(basis.reviewed(), basis.elements(), false);
    } else {
      try {
        score = OptionalDouble.of(Double.parseDouble(text));
      } catch (NumberFormatException e) {
        throw table.error(r, 4, "expected a score from 0 to 100, NA or incomplete, found '" + text + "'");
      }
      if (!(score.getAsDouble() >= 0 && score.getAsDouble() <= 100)) {
        throw table.error(r, 4, "expected a score from 0 to 100, NA or incomplete, found '" + text + "'");
      }
    }
    return new ScoreRow(r.cell(0), r.cell(1), kind, r.cell(3).strip(), score, basis);
  }

  private static final java.util.regex.Pattern REVIEWED = java.util.regex.Pattern.compile("(\\d{1,9})/(\\d{1,9})");

  private static int categoryRank(String id) {
    return Category.parse(id).map(Enum::ordinal).orElse(Category.values().length);
  }
}
