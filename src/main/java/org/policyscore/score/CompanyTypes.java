package org.policyscore.score;

import java.util.Map;
import java.util.stream.Collectors;
import org.policyscore.catalog.CompanyType;
import org.policyscore.study.Company;
import org.policyscore.study.Study;

/**
 * Which kind of company each company is (it decides which elements apply): known types, and
 * the type of any other company. RDR's element file names each company's type; for a study's
 * answers.csv the study declares it.
 */
public record CompanyTypes(Map<String, CompanyType> known, CompanyType otherwise) {

  public CompanyTypes {
    known = Map.copyOf(known);
  }

  public static CompanyTypes all(CompanyType type) {
    return new CompanyTypes(Map.of(), type);
  }

  /** The study's companies by id (the key in answers.csv); others are telecoms. */
  public static CompanyTypes from(Study study) {
    return new CompanyTypes(
        study.companies().stream().collect(Collectors.toMap(Company::id, Company::type)), CompanyType.TELECOM);
  }

  public CompanyType of(String company) {
    return known.getOrDefault(company, otherwise);
  }
}
