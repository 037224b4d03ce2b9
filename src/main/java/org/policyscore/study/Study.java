package org.policyscore.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.policyscore.score.CompanyTypes;
import org.policyscore.score.ScoringMode;
import org.policyscore.catalog.CompanyType;

/**
 * A study: which companies, documents, services and indicators are scored, and how. Read from
 * {@code policies/<id>.yaml} by {@link StudyLoader}; immutable.
 *
 * @param id the file name without {@code .yaml}, e.g. {@code cambodia}
 * @param year the default year of reports, e.g. 2022
 * @param catalogId the indicator catalogue, e.g. {@code rdr-2020}
 * @param indicators the indicator subset, canonical ids in the study's order; empty means all
 * @param countryKm the country's name in Khmer, for Khmer charts, where the study gives it
 * @param primaryLanguages the primary language(s) of the country (ISO 639-1, e.g. {@code km}),
 *     which RDR's F1a.2 and P1a.2 ask policies to be available in; empty when the study does
 *     not declare them
 * @param file where the study was read from, for messages
 */
public record Study(
    String id,
    String name,
    String country,
    Optional<String> countryKm,
    int year,
    String catalogId,
    List<String> indicators,
    ScoringMode mode,
    List<Service> services,
    List<Company> companies,
    Path file,
    List<String> primaryLanguages) {

  /** The years a study, a report or {@code --year} may name. */
  public static final int FIRST_YEAR = 1990;

  public static final int LAST_YEAR = 2200;

  public Study {
    indicators = List.copyOf(indicators);
    primaryLanguages = List.copyOf(primaryLanguages);
    services = List.copyOf(services);
    companies = List.copyOf(companies);
  }

  /** A study that declares no primary languages. */
  public Study(String id, String name, String country, Optional<String> countryKm, int year,
      String catalogId, List<String> indicators, ScoringMode mode, List<Service> services,
      List<Company> companies, Path file) {
    this(id, name, country, countryKm, year, catalogId, indicators, mode, services, companies,
        file, List.of());
  }

  public Optional<Company> company(String companyId) {
    return companies.stream().filter(c -> c.id().equals(companyId)).findFirst();
  }

  public Optional<Service> service(String serviceId) {
    return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
  }

  /** Which kind each company of the study is, by id (the key in answers.csv); others are telecoms. */
  public CompanyTypes companyTypes() {
    return new CompanyTypes(
        companies.stream().collect(Collectors.toMap(Company::id, Company::type)), CompanyType.TELECOM);
  }
}
