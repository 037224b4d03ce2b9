package org.policyscore.score;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Element;
import org.policyscore.io.AtomicFile;
import org.policyscore.io.CsvTable;
import org.policyscore.io.CsvWriter;

/**
 * Reads and writes answers.csv ({@link AnswerRow#HEADER}, or the older {@link
 * AnswerRow#SHORT_HEADER} without {@code texts} and {@code stale}). Reading checks every row
 * against the catalogue and reports every problem found, each with its line and column.
 * Writing keeps the researcher's columns exactly as they are and neutralises formula-like
 * cells in the others.
 */
public final class AnswersCsv {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private AnswersCsv() {}

  public static List<AnswerRow> read(Path file, Catalog catalog) throws InvalidInputException, IOException {
    CsvTable table = CsvTable.read(file);
    requireHeader(table);
    return read(table, catalog);
  }

  /** True for a table with either answers.csv header. */
  static void requireHeader(CsvTable table) throws InvalidInputException {
    if (table.header().size() == AnswerRow.SHORT_HEADER.size()) {
      table.requireHeader(AnswerRow.SHORT_HEADER);
    } else {
      table.requireHeader(AnswerRow.HEADER);
    }
  }

  /** Rows of a table whose header has already been checked; every problem is reported. */
  static List<AnswerRow> read(CsvTable table, Catalog catalog) throws InvalidInputException {
    Columns at = new Columns(table.header().size() == AnswerRow.HEADER.size());
    List<AnswerRow> rows = new ArrayList<>();
    List<InvalidInputException> problems = new ArrayList<>();
    Map<AnswerRow.Key, Integer> firstLine = new HashMap<>();
    Map<AnswerRow, CsvTable.Row> lineOf = new HashMap<>();
    for (CsvTable.Row r : table.rows()) {
      AnswerRow row;
      try {
        row = parse(table, r, catalog, at);
      } catch (InvalidInputException e) {
        problems.add(e);
        continue;
      }
      Integer earlier = firstLine.putIfAbsent(row.key(), r.line());
      if (earlier != null) {
        problems.add(table.error(r, at.element, "element " + row.element() + " is answered twice for "
            + describe(row) + " (also on line " + earlier + ")"));
        continue;
      }
      rows.add(row);
      lineOf.put(row, r);
    }
    // a row for every service (*) needs services to stand for
    Set<String> withServices = SharedAnswers.services(rows).keySet();
    for (AnswerRow row : rows) {
      if (row.allServices() && !withServices.contains(row.company())) {
        problems.add(table.error(lineOf.get(row), at.service, "'*' stands for every service of "
            + row.company() + ", but no row of this file names one of its services"));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
      throw InvalidInputException.all(problems);
    }
    return rows;
  }

  /** Where each column is in the file's layout (the short one lacks texts and stale). */
  private record Columns(int company, int level, int service, int indicator, int element,
      int suggested, int evidence, int document, int snapshot, int texts, int stale, int answer,
      int comment, int reviewer) {
    Columns(boolean full) {
      this(0, 1, 2, 3, 4, 5, 6, 7, 8, full ? 9 : -1, full ? 10 : -1, full ? 11 : 9, full ? 12 : 10,
          full ? 13 : 11);
    }
  }

  private static AnswerRow parse(CsvTable table, CsvTable.Row r, Catalog catalog, Columns at) throws InvalidInputException {
    String company = r.cell(at.company).strip();
    if (company.isEmpty()) {
      throw table.error(r, at.company, "the company is empty");
    }
    Level level = Level.parse(r.cell(at.level)).orElseThrow(() -> table.error(r, at.level,
        "unknown level '" + r.cell(at.level) + "'; expected group, opcom or service"));
    String service = r.cell(at.service).strip();
    if (level == Level.SERVICE && service.isEmpty()) {
      throw table.error(r, at.service, "a service-level answer needs a service (mobile, broadband, prepaid, postpaid, ...,"
          + " or * for every service)");
    }
    if (level != Level.SERVICE && !service.isEmpty()) {
      throw table.error(r, at.service, "a " + level.csvName() + "-level answer has no service; found '" + service + "'");
    }
    Element element = catalog.element(r.cell(at.element)).orElseThrow(() -> table.error(r, at.element,
        "unknown element '" + r.cell(at.element) + "'; expected " + knownElements(catalog, r.cell(at.element))));
    String indicator = r.cell(at.indicator).strip();
    boolean sameIndicator = catalog.indicator(indicator).map(i -> i.id().equals(element.indicatorId())).orElse(false);
    if (!sameIndicator) {
      throw table.error(r, at.indicator, "expected " + element.indicatorId() + " (the indicator of element "
          + element.id() + "), found '" + indicator + "'");
    }
    Optional<Answer> suggested = Optional.empty();
    if (!r.cell(at.suggested).isBlank()) {
      suggested = Optional.of(Answer.parse(r.cell(at.suggested)).orElseThrow(() -> table.error(r, at.suggested,
          "unknown answer '" + r.cell(at.suggested) + "'; expected " + Answer.SPELLINGS)));
    }
    String answer = r.cell(at.answer);
    if (!answer.isBlank() && Answer.parse(answer).isEmpty()) {
      throw table.error(r, at.answer, "unknown answer '" + answer + "'; expected " + Answer.SPELLINGS
          + ", or empty to use the suggestion");
    }
    if (service.equals(AnswerRow.ALL_SERVICES) && answer.isBlank()) {
      throw table.error(r, at.answer, "a row for every service (*) needs an answer; to accept the"
          + " suggestions, put your name in 'reviewer' on each service's own row");
    }
    return new AnswerRow(company, level, service, element.indicatorId(), element.id(), suggested,
        r.cell(at.evidence), r.cell(at.document), r.cell(at.snapshot),
        at.texts < 0 ? "" : r.cell(at.texts), at.stale < 0 ? "" : r.cell(at.stale),
        answer, r.cell(at.comment), r.cell(at.reviewer));
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

  /**
   * The file's text, rows in the order given: the full layout when a row records texts read or
   * a stale review, else the short one (rows that never went through {@code score}).
   */
  public static String write(List<AnswerRow> rows) {
    boolean full = rows.stream().anyMatch(r -> !r.texts().isEmpty() || !r.stale().isEmpty());
    List<String> header = full ? AnswerRow.HEADER : AnswerRow.SHORT_HEADER;
    // the researcher's cells, and 'stale' (which the researcher empties), are written as they are
    Set<Integer> verbatim = new HashSet<>();
    for (String name : List.of("stale", "answer", "comment", "reviewer")) {
      if (header.contains(name)) {
        verbatim.add(header.indexOf(name));
      }
    }
    CsvWriter out = new CsvWriter(header, verbatim);
    for (AnswerRow row : rows) {
      out.row(row.cells(full));
    }
    return out.text();
  }

  /**
   * Replaces an answers file with these rows, atomically: the one place where an answers.csv is
   * written. A file that began with a UTF-8 byte-order mark keeps it (Excel needs it to read
   * Khmer as UTF-8); a new file has none.
   */
  public static void save(Path file, List<AnswerRow> rows) throws IOException {
    save(file, rows, null);
  }

  /**
   * As {@link #save(Path, List)}, but only if the file still holds what it held at {@code read}
   * (taken before it was read): a person who saved it meanwhile keeps their save, and
   * {@link org.policyscore.io.FileChangedException} says so.
   */
  public static void save(Path file, List<AnswerRow> rows, AtomicFile.Stamp read) throws IOException {
    byte[] text = write(rows).getBytes(StandardCharsets.UTF_8);
    if (startsWithBom(file)) {
      byte[] withBom = Arrays.copyOf(BOM, BOM.length + text.length);
      System.arraycopy(text, 0, withBom, BOM.length, text.length);
      text = withBom;
    }
    if (read == null) {
      AtomicFile.write(file, text);
    } else {
      AtomicFile.replaceIfUnchanged(file, read, text);
    }
  }

  private static boolean startsWithBom(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(BOM.length), BOM);
    }
  }
}
