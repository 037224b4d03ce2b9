package org.policyscore.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Element;
import java.util.function.Consumer;
import org.policyscore.io.CsvReader;
import org.policyscore.io.CsvTable;
import org.policyscore.io.CsvWriter;

/**
 * Reads and writes answers.csv ({@link AnswerRow#HEADER}). Reading checks every row against
 * the catalogue and stops at the first problem, naming its line and column. Writing keeps the
 * researcher's columns exactly as they are and neutralises formula-like cells in the others.
 */
public final class AnswersCsv {
  private static final int COMPANY = 0;
  private static final int LEVEL = 1;
  private static final int SERVICE = 2;
  private static final int INDICATOR = 3;
  private static final int ELEMENT = 4;
  private static final int SUGGESTED = 5;
  private static final int ANSWER = 9;

  private AnswersCsv() {}

  public static List<AnswerRow> read(Path file, Catalog catalog) throws InvalidInputException, IOException {
    CsvTable.requireWholeReadable(file);
    try (CsvReader csv = CsvReader.open(file)) {
      csv.requireHeader(AnswerRow.HEADER);
      List<AnswerRow> rows = new ArrayList<>();
      read(csv, catalog, rows::add);
      return rows;
    } catch (OutOfMemoryError e) {
      throw CsvTable.tooLarge(file);
    }
  }

  /**
   * Hands each row of a file whose header has already been checked to {@code sink} as it is
   * read; only what tells duplicates apart is kept.
   */
  static void read(CsvReader csv, Catalog catalog, Consumer<AnswerRow> sink) throws InvalidInputException, IOException {
    Map<AnswerRow.Key, Integer> firstLine = new HashMap<>();
    for (CsvTable.Row r = csv.next(); r != null; r = csv.next()) {
      AnswerRow row = parse(csv, r, catalog);
      Integer earlier = firstLine.putIfAbsent(row.key(), r.line());
      if (earlier != null) {
        throw csv.error(r, ELEMENT, "element " + row.element() + " is answered twice for "
            + describe(row) + " (also on line " + earlier + ")");
      }
      sink.accept(row);
    }
  }

  private static AnswerRow parse(CsvReader table, CsvTable.Row r, Catalog catalog) throws InvalidInputException {
    String company = r.cell(COMPANY).strip();
    if (company.isEmpty()) {
      throw table.error(r, COMPANY, "the company is empty");
    }
    Level level = Level.parse(r.cell(LEVEL)).orElseThrow(() -> table.error(r, LEVEL,
        "unknown level '" + r.cell(LEVEL) + "'; expected group, opcom or service"));
    String service = r.cell(SERVICE).strip();
    if (level == Level.SERVICE && service.isEmpty()) {
      throw table.error(r, SERVICE, "a service-level answer needs a service (mobile, broadband, prepaid, postpaid, ...)");
    }
    if (level != Level.SERVICE && !service.isEmpty()) {
      throw table.error(r, SERVICE, "a " + level.csvName() + "-level answer has no service; found '" + service + "'");
    }
    Element element = catalog.element(r.cell(ELEMENT)).orElseThrow(() -> table.error(r, ELEMENT,
        "unknown element '" + r.cell(ELEMENT) + "'; expected " + knownElements(catalog, r.cell(ELEMENT))));
    String indicator = r.cell(INDICATOR).strip();
    boolean sameIndicator = catalog.indicator(indicator).map(i -> i.id().equals(element.indicatorId())).orElse(false);
    if (!sameIndicator) {
      throw table.error(r, INDICATOR, "expected " + element.indicatorId() + " (the indicator of element "
          + element.id() + "), found '" + indicator + "'");
    }
    Optional<Answer> suggested = Optional.empty();
    if (!r.cell(SUGGESTED).isBlank()) {
      suggested = Optional.of(Answer.parse(r.cell(SUGGESTED)).orElseThrow(() -> table.error(r, SUGGESTED,
          "unknown answer '" + r.cell(SUGGESTED) + "'; expected " + Answer.SPELLINGS)));
    }
    String answer = r.cell(ANSWER);
    if (!answer.isBlank() && Answer.parse(answer).isEmpty()) {
      throw table.error(r, ANSWER, "unknown answer '" + answer + "'; expected " + Answer.SPELLINGS
          + ", or empty to use the suggestion");
    }
    return new AnswerRow(company, level, service, element.indicatorId(), element.id(), suggested,
        r.cell(6), r.cell(7), r.cell(8), answer, r.cell(10), r.cell(11));
  }

  /** "one of F1a.1, F1a.2, F1a.3" when the indicator exists, else an example. */
  private static String knownElements(Catalog catalog, String text) {
    int dot = text.lastIndexOf('.');
    return catalog.indicator(dot > 0 ? text.substring(0, dot) : text)
        .filter(i -> !i.elements().isEmpty())
        .map(i -> "one of " + String.join(", ", i.elements().stream().map(Element::id).toList()))
        .orElse("an element id of " + catalog.id() + " such as F1a.1 (see 'policyscore catalog list')");
  }

  private static String describe(AnswerRow row) {
    return row.company() + " " + row.level().csvName() + (row.service().isEmpty() ? "" : " " + row.service());
  }

  /** The file's text, rows in the order given. */
  public static String write(List<AnswerRow> rows) {
    Set<Integer> human = IntStream.range(AnswerRow.FIRST_HUMAN_COLUMN, AnswerRow.HEADER.size())
        .boxed().collect(Collectors.toSet());
    CsvWriter out = new CsvWriter(AnswerRow.HEADER, human);
    for (AnswerRow row : rows) {
      out.row(row.cells());
    }
    return out.text();
  }
}
