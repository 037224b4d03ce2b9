package org.policyscore.published;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.io.CsvTable;

/**
 * A table of published scores, as reports publish them, in one of two shapes:
 *
 * <ul>
 *   <li>long: a row per figure, with columns company, service, indicator and score (any order;
 *       "operator", "id", "value" are understood too; country and title columns are allowed), as
 *       in the 2022 report's {@code company,country,service,indicator,title,score};
 *   <li>wide: a row per company (and service), a column per indicator, headed by its id
 *       ("F1a", or "F1a | Access to terms of service"); {@code G}, {@code F}, {@code P} and
 *       {@code Total} columns hold category scores and the total.
 * </ul>
 *
 * <p>Scores are 0-100, with a decimal point or comma and an optional "%"; {@code NA}, {@code N/A}
 * and "-" are N/A; an empty cell of a wide table is no figure at all.
 */
public final class PublishedTable {
  private static final Set<String> COMPANY = Set.of("company", "operator", "company name", "telco", "provider");
  private static final Set<String> COUNTRY = Set.of("country");
  private static final Set<String> SERVICE = Set.of("service", "service type");
  private static final Set<String> INDICATOR = Set.of("indicator", "indicator id", "id", "code");
  private static final Set<String> SCORE = Set.of("score", "value", "points", "percent", "score (%)");
  private static final Set<String> NOT_APPLICABLE = Set.of("na", "n/a", "-", "—", "–", "not applicable");
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})(?:[.,](\\d+))?\\s*%?");
  /** A wide table's column heading: an id, then optionally its title ("F1a | Access to ..."). */
  private static final Pattern HEADING_ID = Pattern.compile("([A-Za-z]{1,2}\\d*[a-z]?|total)(?:\\s*[|:\\-–—]\\s*.*|\\s+.*)?",
      Pattern.CASE_INSENSITIVE);

  private PublishedTable() {}

  public static List<PublishedScore> read(Path file, Catalog catalog) throws InvalidInputException, IOException {
    CsvTable table = CsvTable.read(file);
    List<String> header = table.header().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    int company = find(header, COMPANY);
    if (company < 0) {
      throw new InvalidInputException(file, 1, 1, "no company column: expected a header naming 'company'"
          + " (or 'operator'), e.g. company,service,indicator,score (long) or company,service,F1a,F3a,... (wide)");
    }
    int country = find(header, COUNTRY);
    int service = find(header, SERVICE);
    int indicator = find(header, INDICATOR);
    int score = find(header, SCORE);
    List<PublishedScore> out = new ArrayList<>();
    if (indicator >= 0 || score >= 0) {
      if (indicator < 0 || score < 0) {
        throw new InvalidInputException(file, 1, 1, "a long table needs both an 'indicator' and a 'score' column;"
            + " found " + (indicator < 0 ? "'score' but no 'indicator'" : "'indicator' but no 'score'"));
      }
      for (CsvTable.Row r : table.rows()) {
        String id = cell(r, indicator);
        String text = cell(r, score);
        if (blank(r)) {
          continue;
        }
        if (id.isEmpty()) {
          throw table.error(r, indicator, "no indicator id");
        }
        out.add(new PublishedScore(r.line(), score + 1, required(table, r, company), cell(r, country),
            cell(r, service), id, score(table, r, score, text).orElseThrow(() -> table.error(r, score,
                "no score; write NA for a figure that is not applicable"))));
      }
      return out;
    }
    List<Integer> columns = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      if (i == company || i == country || i == service) {
        continue;
      }
      Optional<String> id = headingId(table.header().get(i), catalog);
      if (id.isPresent()) {
        columns.add(i);
        ids.add(id.get());
      }
    }
    if (columns.isEmpty()) {
      throw new InvalidInputException(file, 1, 1, "neither a long table (columns company, service, indicator,"
          + " score) nor a wide one (company, service, then a column per indicator headed F1a, P12, ...): "
          + "no column is headed by an indicator id of " + catalog.id());
    }
    for (CsvTable.Row r : table.rows()) {
      if (blank(r)) {
        continue;
      }
      String name = required(table, r, company);
      for (int k = 0; k < columns.size(); k++) {
        int c = columns.get(k);
        Optional<OptionalDouble> v = score(table, r, c, cell(r, c));
        if (v.isPresent()) {
          out.add(new PublishedScore(r.line(), c + 1, name, cell(r, country), cell(r, service), ids.get(k), v.get()));
        }
      }
    }
    return out;
  }

  /** The id a wide table's heading starts with, when the catalogue knows it (or it is G, F, P, Total). */
  static Optional<String> headingId(String heading, Catalog catalog) {
    Matcher m = HEADING_ID.matcher(heading.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String id = m.group(1);
    if (id.equalsIgnoreCase("total") || id.matches("[GFP]")) {
      return Optional.of(id.equalsIgnoreCase("total") ? "total" : id);
    }
    return catalog.indicator(id).isPresent() ? Optional.of(id) : Optional.empty();
  }

  private static int find(List<String> header, Set<String> names) {
    for (int i = 0; i < header.size(); i++) {
      if (names.contains(header.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(CsvTable.Row r, int column) {
    return column < 0 || column >= r.cells().size() ? "" : r.cells().get(column).strip();
  }

  private static boolean blank(CsvTable.Row r) {
    return r.cells().stream().allMatch(String::isBlank);
  }

  private static String required(CsvTable table, CsvTable.Row r, int column) throws InvalidInputException {
    String v = cell(r, column);
    if (v.isEmpty()) {
      throw table.error(r, column, "no company name");
    }
    return v;
  }

  /** Empty: no figure (an empty cell); otherwise the score, or N/A. */
  private static Optional<OptionalDouble> score(CsvTable table, CsvTable.Row r, int column, String text)
      throws InvalidInputException {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (NOT_APPLICABLE.contains(text.toLowerCase(Locale.ROOT))) {
      return Optional.of(OptionalDouble.empty());
    }
    Matcher m = NUMBER.matcher(text);
    if (m.matches()) {
      double v = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : "." + m.group(2)));
      if (v <= 100) {
        return Optional.of(OptionalDouble.of(v));
      }
    }
    throw table.error(r, column, "expected a score from 0 to 100 (or NA), found '" + text + "'");
  }
}
