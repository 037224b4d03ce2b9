package org.policyscore.chart;

import java.util.Map;

/**
 * The names a study gives its country, companies and services, in English and (where given)
 * Khmer. Filled from the study declaration; ids stand in for names not given.
 */
public record StudyNames(
    String country,
    String countryKm,
    Map<String, String> companies,
    Map<String, String> companiesKm,
    Map<String, String> services,
    Map<String, String> servicesKm) {

  public StudyNames {
    companies = Map.copyOf(companies);
    companiesKm = Map.copyOf(companiesKm);
    services = Map.copyOf(services);
    servicesKm = Map.copyOf(servicesKm);
  }

  /** The names a study declaration gives. */
  public static StudyNames of(org.policyscore.study.Study study) {
    Map<String, String> c = new java.util.HashMap<>();
    Map<String, String> ck = new java.util.HashMap<>();
    for (org.policyscore.study.Company co : study.companies()) {
      c.put(co.id(), co.name());
      co.nameKm().ifPresent(n -> ck.put(co.id(), n));
    }
    Map<String, String> s = new java.util.HashMap<>();
    Map<String, String> sk = new java.util.HashMap<>();
    for (org.policyscore.study.Service se : study.services()) {
      s.put(se.id(), se.label());
      se.labelKm().ifPresent(l -> sk.put(se.id(), l));
    }
    return new StudyNames(study.country(), study.countryKm().orElse(""), c, ck, s, sk);
  }

  /** These names, with the other's given names taking precedence. */
  public StudyNames with(StudyNames other) {
    Map<String, String> c = new java.util.HashMap<>(companies);
    c.putAll(other.companies);
    Map<String, String> s = new java.util.HashMap<>(services);
    s.putAll(other.services);
    return new StudyNames(other.country.isBlank() ? country : other.country, countryKm, c, companiesKm, s, servicesKm);
  }

  public static StudyNames none() {
    return new StudyNames("", "", Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** The names in one language, Khmer falling back to English name by name. */
  public StudyNames in(ChartLanguage language) {
    if (language == ChartLanguage.EN) {
      return this;
    }
    Map<String, String> c = new java.util.HashMap<>(companies);
    c.putAll(companiesKm);
    Map<String, String> s = new java.util.HashMap<>(services);
    s.putAll(servicesKm);
    return new StudyNames(countryKm.isBlank() ? country : countryKm, countryKm, c, companiesKm, s, servicesKm);
  }
}
