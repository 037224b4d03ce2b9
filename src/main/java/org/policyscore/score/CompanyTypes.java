package org.policyscore.score;

import java.util.Map;
import org.policyscore.catalog.CompanyType;

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


  public CompanyType of(String company) {
    return known.getOrDefault(company, otherwise);
  }
}
