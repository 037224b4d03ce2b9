package org.policyscore.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Indicator;

/**
 * The words on a chart, in one language: the country, company and service names, and the
 * indicator titles. Names not given fall back to the id (companies) or the report's English
 * wording (services, indicator titles), so a chart always has a label.
 *
 * @param companyNames company id to display name, e.g. {@code smart -> Smart Axiata}
 * @param serviceNames service id to display name; defaults cover the RDR telecom services
 * @param indicatorTitles indicator id to title, e.g. {@code F1a -> Access to terms of service}
 */
public record ChartLabels(
    ChartLanguage language,
    String country,
    Map<String, String> companyNames,
    Map<String, String> serviceNames,
    Map<String, String> indicatorTitles) {

  private static final Map<String, String> DEFAULT_SERVICES = Map.of(
      "mobile", "Mobile",
      "broadband", "Fixed-line broadband",
      "prepaid", "Prepaid mobile",
      "postpaid", "Postpaid mobile");

  /**
   * RDR titles some indicators "Network management (telecommunications companies)"; on a chart
   * of telecoms the qualifier is noise, and the 2022 report leaves it out.
   */
  private static final java.util.regex.Pattern TELECOM_QUALIFIER =
      java.util.regex.Pattern.compile("\\s*\\((telecommunications|internet|mobile ecosystem) companies\\)$");

  public ChartLabels {
    companyNames = Map.copyOf(companyNames);
    serviceNames = Map.copyOf(serviceNames);
    indicatorTitles = Map.copyOf(indicatorTitles);
  }

  /**
   * Labels with the catalogue's indicator titles: in Khmer where the catalogue has a Khmer
   * title and the language is Khmer, in English otherwise.
   */
  public static ChartLabels of(Catalog catalog, ChartLanguage language, String country,
      Map<String, String> companyNames, Map<String, String> serviceNames) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (Indicator i : catalog.indicators()) {
      String title = language == ChartLanguage.KM ? i.titleKm().orElse(i.title()) : i.title();
      titles.put(i.id(), TELECOM_QUALIFIER.matcher(title).replaceFirst(""));
    }
    ChartWords words = ChartWords.of(language);
    for (org.policyscore.catalog.Category c : org.policyscore.catalog.Category.values()) {
      titles.put(c.name(), words.category(c));
    }
    return new ChartLabels(language, country, companyNames, serviceNames, titles);
  }

  public String company(String id) {
    return companyNames.getOrDefault(id, id);
  }

  public String service(String id) {
    if (serviceNames.containsKey(id)) {
      return serviceNames.get(id);
    }
    return DEFAULT_SERVICES.getOrDefault(id, id.isEmpty() ? words().score() : id);
  }

  /** The chart's own words in its language. */
  public ChartWords words() {
    return ChartWords.of(language);
  }

  /** "F1a | Access to terms of service", the label the report uses. */
  public String indicator(String id) {
    String title = indicatorTitles.get(id);
    return title == null || title.isBlank() ? id : id + " | " + title;
  }

  /** "Smart Axiata | Cambodia", the report's chart title. */
  public String companyTitle(String companyId) {
    return country.isBlank() ? company(companyId) : company(companyId) + " | " + country;
  }
}
