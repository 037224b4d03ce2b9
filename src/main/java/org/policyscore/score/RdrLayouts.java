package org.policyscore.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyscore.catalog.CanonicalId;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;
import org.policyscore.io.CsvWriter;

/**
 * Answers and scores in the column layouts of RDR's public Index data ({@code
 * 2020-rdr-index-06-element-scores.csv}, {@code -04-indicator-scores}, {@code -03-total-scores},
 * {@code -05-level-scores}, {@code -01-quick-overview}), so a study lines up with RDR's files:
 * zero-padded ids ({@code F01a.01}), RDR's names for levels and services, {@code NA} for
 * missing values, scores as RDR writes them ({@code 83.33}, {@code 87.5}, {@code 100}). An
 * element nobody answered yet has an empty Result and Score (never {@code NA}, which would
 * read as "not applicable"), and an incomplete score an empty Score.
 */
public final class RdrLayouts {
  public static final List<String> INDICATOR_HEADER = List.of("Index", "CompanyType", "Company", "CompanyLabel",
      "Category", "IndicatorFam", "Indicator", "isSubindicator", "IndicatorNr", "IndicatorSuffix", "Score");
  public static final List<String> TOTAL_HEADER = List.of("Index", "CompanyType", "Company", "CompanyLabel", "Score");
  public static final List<String> LEVEL_HEADER = List.of("Index", "CompanyType", "Company", "CompanyLabel",
      "Category", "Indicator", "IndicatorNr", "IndicatorSuffix", "Branch", "Composite", "Class", "Service", "Score",
      "SourceRefs");
  public static final List<String> OVERVIEW_HEADER = List.of("Company", "Type", "Total", "Governance",
      "Freedom of Expression", "Privacy");

  private static final Pattern ID = Pattern.compile("([GFP])(\\d+)([a-z]?)(?:\\.(\\d+))?");
  private static final List<String> SERVICE_ORDER = List.of("prepaid", "postpaid", "mobile", "broadband");

  /**
   * Who the companies are.
   *
   * @param labels company id to display name (RDR's CompanyLabel)
   * @param types company id to type
   * @param serviceLabels service id to display name
   */
  public record Companies(Map<String, String> labels, Map<String, CompanyType> types, Map<String, String> serviceLabels) {
    String label(String id) {
      return labels.getOrDefault(id, id);
    }

    String type(String id) {
      return types.getOrDefault(id, CompanyType.TELECOM).rdrLabel();
    }
  }

  private final Catalog catalog;
  private final String index;
  private final Companies companies;

  /** @param index RDR's first column: the Index year, here the study's year */
  public RdrLayouts(Catalog catalog, int index, Companies companies) {
    this.catalog = catalog;
    this.index = Integer.toString(index);
    this.companies = companies;
  }

  /** The element file: one row per resolved answer, as RDR's {@code -06-element-scores.csv}. */
  public String elements(List<AnswerRow> answers) {
    CsvWriter out = new CsvWriter(RdrElementCsv.HEADER, Set.of(15));
    List<AnswerRow> rows = new ArrayList<>(SharedAnswers.resolve(answers));
    rows.sort(Comparator.comparing(AnswerRow::company)
        .thenComparing(AnswerRow::element, CanonicalId::compare)
        .thenComparingInt(RdrLayouts::levelRank)
        .thenComparing(AnswerRow::service));
    for (AnswerRow r : rows) {
      Element e = catalog.element(r.element()).orElseThrow();
      Indicator i = catalog.indicator(e.indicatorId()).orElseThrow();
      var answer = r.effectiveAnswer();
      String result = answer.map(a -> a == Answer.NOT_APPLICABLE ? "NA" : a.csvName()).orElse("");
      String score = answer.map(a -> a.points(e.reversed()))
          .map(p -> p.isPresent() ? Long.toString(Math.round(p.getAsDouble())) : "NA").orElse("");
      List<String> cells = new ArrayList<>(List.of(index, companies.type(r.company()), r.company(),
          companies.label(r.company()), i.category().name(), rdrId(i.id()), number(i.id()), suffix(i.id()),
          rdrId(e.id()), elementNumber(e.id())));
      cells.addAll(level(r));
      cells.addAll(List.of(result, r.comment().isBlank() ? "NA" : r.comment(), score));
      out.row(cells);
    }
    return out.text();
  }

  /** Indicator and family scores of company-level (rdr-index) scores, as {@code -04-}. */
  public String indicators(List<ScoreRow> scores) {
    CsvWriter out = new CsvWriter(INDICATOR_HEADER, Set.of());
    for (ScoreRow s : sorted(scores)) {
      if (!s.service().isEmpty() || !(s.kind() == ScoreKind.INDICATOR || s.kind() == ScoreKind.FAMILY)) {
        continue;
      }
      Indicator i = catalog.indicator(s.id()).orElseThrow();
      String family = i.parent().orElse(i.id());
      out.row(List.of(index, companies.type(s.company()), s.company(), companies.label(s.company()),
          i.category().name(), rdrId(family), rdrId(i.id()), i.parent().isPresent() ? "TRUE" : "FALSE",
          number(i.id()), suffix(i.id()), score(s)));
    }
    return out.text();
  }

  /** Total scores, as {@code -03-}. */
  public String totals(List<ScoreRow> scores) {
    CsvWriter out = new CsvWriter(TOTAL_HEADER, Set.of());
    for (ScoreRow s : sorted(scores)) {
      if (s.kind() == ScoreKind.TOTAL) {
        out.row(List.of(index, companies.type(s.company()), s.company(), companies.label(s.company()), score(s)));
      }
    }
    return out.text();
  }

  /** Totals and categories side by side, as {@code -01-}. */
  public String overview(List<ScoreRow> scores) {
    CsvWriter out = new CsvWriter(OVERVIEW_HEADER, Set.of());
    List<String> ids = scores.stream().filter(s -> s.kind() == ScoreKind.TOTAL).map(ScoreRow::company).sorted().toList();
    for (String company : ids) {
      List<String> cells = new ArrayList<>(List.of(companies.label(company), companies.type(company)));
      for (String id : List.of("total", "G", "F", "P")) {
        cells.add(scores.stream().filter(s -> s.company().equals(company) && s.service().isEmpty() && s.id().equals(id)
                && (s.kind() == ScoreKind.TOTAL || s.kind() == ScoreKind.CATEGORY))
            .findFirst().map(RdrLayouts::score).orElse("NA"));
      }
      out.row(cells);
    }
    return out.text();
  }

  /** Per-service indicator scores (per-service mode), as {@code -05-level-scores}. */
  public String levels(List<ScoreRow> scores) {
    CsvWriter out = new CsvWriter(LEVEL_HEADER, Set.of());
    for (ScoreRow s : sorted(scores)) {
      if (s.service().isEmpty() || s.kind() != ScoreKind.INDICATOR) {
        continue;
      }
      Indicator i = catalog.indicator(s.id()).orElseThrow();
      List<String> cells = new ArrayList<>(List.of(index, companies.type(s.company()), s.company(),
          companies.label(s.company()), i.category().name(), rdrId(i.id()), number(i.id()), suffix(i.id())));
      cells.addAll(service(s.service()));
      cells.addAll(List.of(score(s), "NA"));
      out.row(cells);
    }
    return out.text();
  }

  private static List<ScoreRow> sorted(List<ScoreRow> scores) {
    return scores.stream().sorted(ScoresCsv.ORDER).toList();
  }

  /** Branch, Composite, Class and Service of a row's level. */
  private List<String> level(AnswerRow r) {
    return switch (r.level()) {
      case GROUP -> List.of("Company", "Group", "Group", "Group");
      case OPCOM -> List.of("Company", "OpCom", "OpCom", "OpCom");
      case SERVICE -> service(r.service());
    };
  }

  private List<String> service(String id) {
    String label = companies.serviceLabels().getOrDefault(id, id);
    return switch (id) {
      case "prepaid" -> List.of("Services", "Mobile Services", "mobile", "Prepaid mobile");
      case "postpaid" -> List.of("Services", "Mobile Services", "mobile", "Postpaid mobile");
      // RDR reads a mobile service's name for prepaid or postpaid: keep those words out of it
      case "mobile" -> List.of("Services", "Mobile Services", "mobile",
          label.toLowerCase(Locale.ROOT).matches("(prepaid|postpaid).*") ? "Mobile" : label);
      case "broadband" -> List.of("Services", "Services", "broadband", label);
      default -> List.of("Services", "Services", id, label);
    };
  }

  private static int levelRank(AnswerRow r) {
    return switch (r.level()) {
      case GROUP -> 0;
      case OPCOM -> 1;
      case SERVICE -> 2 + (SERVICE_ORDER.contains(r.service()) ? SERVICE_ORDER.indexOf(r.service()) : SERVICE_ORDER.size());
    };
  }

  /** As RDR writes scores: two decimals at most, no trailing zeros; NA; empty when incomplete. */
  static String score(ScoreRow s) {
    if (s.incomplete()) {
      return "";
    }
    OptionalDouble v = s.score();
    if (v.isEmpty()) {
      return "NA";
    }
    BigDecimal d = BigDecimal.valueOf(v.getAsDouble()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** {@code F1a} → {@code F01a}; {@code F1a.2} → {@code F01a.02}. */
  static String rdrId(String id) {
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an RDR id: " + id);
    }
    String out = String.format(Locale.ROOT, "%s%02d%s", m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    return m.group(4) == null ? out : out + String.format(Locale.ROOT, ".%02d", Integer.parseInt(m.group(4)));
  }

  private static String number(String id) {
    Matcher m = ID.matcher(id);
    return m.matches() ? Integer.toString(Integer.parseInt(m.group(2))) : "NA";
  }

  private static String suffix(String id) {
    Matcher m = ID.matcher(id);
    return m.matches() && !m.group(3).isEmpty() ? m.group(3) : "NA";
  }

  private static String elementNumber(String id) {
    Matcher m = ID.matcher(id);
    return m.matches() && m.group(4) != null ? Integer.toString(Integer.parseInt(m.group(4))) : "NA";
  }
}
