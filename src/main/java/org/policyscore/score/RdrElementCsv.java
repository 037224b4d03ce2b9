package org.policyscore.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Element;
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

  /** True for a table laid out as RDR's element file. */
  public static boolean isRdrElementFile(CsvTable table) {
    return table.headerStartsWith("Index", "CompanyType", "Company", "CompanyLabel");
  }

  public static AnswerSet read(Path file, Catalog catalog) throws InvalidInputException, IOException {
    CsvTable table = CsvTable.read(file);
    table.requireHeader(HEADER);
    return read(table, catalog);
  }

  static AnswerSet read(CsvTable table, Catalog catalog) throws InvalidInputException {
    List<AnswerRow> rows = new ArrayList<>(table.rows().size());
    Map<String, CompanyType> types = new HashMap<>();
    for (CsvTable.Row r : table.rows()) {
      String company = r.cell(LABEL).strip();
      CompanyType type = CompanyType.parse(r.cell(TYPE)).orElseThrow(() -> table.error(r, TYPE,
          "unknown company type '" + r.cell(TYPE) + "'; expected Telecommunication or Digital Platform"));
      CompanyType before = types.putIfAbsent(company, type);
      if (before != null && before != type) {
        throw table.error(r, TYPE, company + " was " + before.rdrLabel() + " on earlier lines");
      }
      Element element = catalog.element(r.cell(ELEMENT)).orElseThrow(() -> table.error(r, ELEMENT,
          "unknown element '" + r.cell(ELEMENT) + "' (not in catalogue " + catalog.id() + ")"));
      if (!catalog.indicator(r.cell(INDICATOR)).map(i -> i.id().equals(element.indicatorId())).orElse(false)) {
        throw table.error(r, INDICATOR, "expected the indicator of " + element.id() + ", found '" + r.cell(INDICATOR) + "'");
      }
      Level level = level(table, r);
      String service = level == Level.SERVICE ? service(r) : "";
      String result = r.cell(RESULT);
      // an empty Result is an element not answered yet (a study's draft export): it is never N/A
      String answer = result.isBlank() ? "" : Answer.parse(result).orElseThrow(() -> table.error(r, RESULT,
          "unknown result '" + result + "'; expected " + Answer.SPELLINGS + ", or empty when not answered")).csvName();
      String comment = r.cell(COMMENT).equals("NA") ? "" : r.cell(COMMENT);
      rows.add(new AnswerRow(company, level, service, element.indicatorId(), element.id(),
          Optional.empty(), "", "", "", answer, comment, ""));
    }
    return new AnswerSet(rows, new CompanyTypes(types, CompanyType.TELECOM));
  }

  private static Level level(CsvTable table, CsvTable.Row r) throws InvalidInputException {
    String branch = r.cell(BRANCH).strip();
    String composite = r.cell(COMPOSITE).strip();
    if (branch.equals("Company")) {
      return switch (composite) {
        case "Group" -> Level.GROUP;
        case "OpCom" -> Level.OPCOM;
        default -> throw table.error(r, COMPOSITE, "expected Group or OpCom, found '" + composite + "'");
      };
    }
    if (branch.equals("Services")) {
      return Level.SERVICE;
    }
    throw table.error(r, BRANCH, "expected Company or Services, found '" + branch + "'");
  }

  private static String service(CsvTable.Row r) {
    String cls = r.cell(CLASS).strip();
    String name = r.cell(SERVICE).strip();
    String lower = name.toLowerCase(Locale.ROOT);
    if (cls.equals("mobile")) {
      return lower.startsWith("prepaid") ? "prepaid" : lower.startsWith("postpaid") ? "postpaid" : "mobile";
    }
    if (cls.equals("broadband")) {
      return "broadband";
    }
    return name;
  }
}
