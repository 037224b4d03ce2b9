package org.policyscore.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;
import java.util.function.BiConsumer;
import org.policyscore.io.CsvReader;
import org.policyscore.io.CsvTable;

/**
 * Reads RDR's official element file ({@code 2020-rdr-index-06-element-scores.csv}) as
 * answers, so that RDR's published data can be re-scored and our arithmetic checked on it.
 *
 * <p>Levels and services map as follows: Branch "Company" with Composite "Group" or "OpCom"
 * is the group or opcom level; Branch "Services" is a service. A telco's "Prepaid mobile" and
 * "Postpaid mobile" (Composite "Mobile Services") become {@code prepaid} and {@code postpaid},
 * "Fixed-line broadband" becomes {@code broadband}; a platform's service keeps RDR's name
 * ("Google Search"). RDR's Result is the {@code answer}, its Comment the {@code comment};
 * Result "NA" is N/A. Companies are named by RDR's label ("AT&amp;T").
 */
public final class RdrElementCsv {
  public static final List<String> HEADER = List.of(
      "Index", "CompanyType", "Company", "CompanyLabel", "Category", "Indicator", "IndicatorNr",
      "IndicatorSuffix", "Element", "ElemNr", "Branch", "Composite", "Class", "Service", "Result",
      "Comment", "Score");
  private static final int TYPE = 1;
  private static final int LABEL = 3;
  private static final int INDICATOR = 5;
  private static final int ELEMENT = 8;
  private static final int BRANCH = 10;
  private static final int COMPOSITE = 11;
  private static final int CLASS = 12;
  private static final int SERVICE = 13;
  private static final int RESULT = 14;
  private static final int COMMENT = 15;

  private RdrElementCsv() {}

  /** True for a file laid out as RDR's element file. */
  public static boolean isRdrElementFile(CsvReader csv) {
    return csv.headerStartsWith("Index", "CompanyType", "Company", "CompanyLabel");
  }

  /** All the answers of the file, held in memory. */
  public static AnswerSet read(Path file, Catalog catalog) throws InvalidInputException, IOException {
    CsvTable.requireWholeReadable(file);
    try (CsvReader csv = CsvReader.open(file)) {
      csv.requireHeader(HEADER);
      List<AnswerRow> rows = new ArrayList<>();
      CompanyTypes types = read(csv, catalog, true, (row, type) -> rows.add(row));
      return new AnswerSet(rows, types);
    } catch (OutOfMemoryError e) {
      throw CsvTable.tooLarge(file);
    }
  }

  /**
   * Hands each answer to {@code sink} as it is read, with its company's type, and holds none:
   * a file of any size is read in the space of one row.
   *
   * @param comments whether the answers carry RDR's comments (four fifths of the file's text;
   *     scoring does not read them, so they are never decoded for it)
   * @return the type of every company in the file
   */
  static CompanyTypes read(CsvReader csv, Catalog catalog, boolean comments, BiConsumer<AnswerRow, CompanyType> sink)
      throws InvalidInputException, IOException {
    Rows rows = new Rows(csv, catalog, comments);
    CsvTable.Row next;
    while ((next = csv.next()) != null) {
      // one call per row: the JVM compiles a method after a few hundred calls, but a loop only
      // after tens of thousands of turns, so a body kept in the loop would run interpreted
      rows.add(next, sink);
    }
    return new CompanyTypes(rows.types, CompanyType.TELECOM);
  }

  /** The rows read so far: each company's type, and the ids and types already looked up. */
  private static final class Rows {
    private final CsvReader csv;
    private final Catalog catalog;
    private final boolean comments;
    private final Map<String, CompanyType> types = new HashMap<>();
    // Each distinct cell value is parsed once, not once per row: RDR writes ids zero-padded
    // (G01.01), which takes a pattern match to look up.
    private final Map<String, Optional<CompanyType>> typeNames = new HashMap<>();
    private final Map<String, Optional<Element>> elements = new HashMap<>();
    private final Map<String, Optional<Indicator>> indicators = new HashMap<>();

    Rows(CsvReader csv, Catalog catalog, boolean comments) {
      this.csv = csv;
      this.catalog = catalog;
      this.comments = comments;
    }

    // No lambdas or bound method references here (not even for computeIfAbsent): C1-compiled
    // code creates each through a method handle, and that was a third of the time on a row.
    void add(CsvTable.Row r, BiConsumer<AnswerRow, CompanyType> sink) throws InvalidInputException {
      String company = r.cell(LABEL).strip();
      Optional<CompanyType> named = typeNames.get(r.cell(TYPE));
      if (named == null) {
        named = CompanyType.parse(r.cell(TYPE));
        typeNames.put(r.cell(TYPE), named);
      }
      if (named.isEmpty()) {
        throw csv.error(r, TYPE, "unknown company type '" + r.cell(TYPE) + "'; expected Telecommunication or Digital Platform");
      }
      CompanyType type = named.get();
      CompanyType before = types.putIfAbsent(company, type);
      if (before != null && before != type) {
        throw csv.error(r, TYPE, company + " was " + before.rdrLabel() + " on earlier lines");
      }
      Optional<Element> found = elements.get(r.cell(ELEMENT));
      if (found == null) {
        found = catalog.element(r.cell(ELEMENT));
        elements.put(r.cell(ELEMENT), found);
      }
      if (found.isEmpty()) {
        throw csv.error(r, ELEMENT, "unknown element '" + r.cell(ELEMENT) + "' (not in catalogue " + catalog.id() + ")");
      }
      Element element = found.get();
      Optional<Indicator> indicator = indicators.get(r.cell(INDICATOR));
      if (indicator == null) {
        indicator = catalog.indicator(r.cell(INDICATOR));
        indicators.put(r.cell(INDICATOR), indicator);
      }
      if (indicator.isEmpty() || !indicator.get().id().equals(element.indicatorId())) {
        throw csv.error(r, INDICATOR, "expected the indicator of " + element.id() + ", found '" + r.cell(INDICATOR) + "'");
      }
      Level level = level(csv, r);
      String service = level == Level.SERVICE ? service(r) : "";
      String result = r.cell(RESULT);
      // an empty Result is an element not answered yet (a study's draft export): it is never N/A
      String answer = "";
      if (!result.isBlank()) {
        Optional<Answer> parsed = Answer.parse(result);
        if (parsed.isEmpty()) {
          throw csv.error(r, RESULT, "unknown result '" + result + "'; expected " + Answer.SPELLINGS
              + ", or empty when not answered");
        }
        answer = parsed.get().csvName();
      }
      String comment = !comments || r.cell(COMMENT).equals("NA") ? "" : r.cell(COMMENT);
      sink.accept(new AnswerRow(company, level, service, element.indicatorId(), element.id(),
          Optional.empty(), "", "", "", answer, comment, ""), type);
    }
  }

  private static Level level(CsvReader csv, CsvTable.Row r) throws InvalidInputException {
    String branch = r.cell(BRANCH).strip();
    String composite = r.cell(COMPOSITE).strip();
    if (branch.equals("Company")) {
      return switch (composite) {
        case "Group" -> Level.GROUP;
        case "OpCom" -> Level.OPCOM;
        default -> throw csv.error(r, COMPOSITE, "expected Group or OpCom, found '" + composite + "'");
      };
    }
    if (branch.equals("Services")) {
      return Level.SERVICE;
    }
    throw csv.error(r, BRANCH, "expected Company or Services, found '" + branch + "'");
  }

  private static String service(CsvTable.Row r) {
    String cls = r.cell(CLASS).strip();
    String name = r.cell(SERVICE).strip();
    if (cls.equals("mobile")) {
      return startsWithIgnoringCase(name, "prepaid") ? "prepaid"
          : startsWithIgnoringCase(name, "postpaid") ? "postpaid" : "mobile";
    }
    if (cls.equals("broadband")) {
      return "broadband";
    }
    return name;
  }

  private static boolean startsWithIgnoringCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }
}
