package org.policyscore.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyscore.catalog.CompanyType;
import org.policyscore.score.CompanyTypes;
import org.policyscore.study.Company;
import org.policyscore.study.Service;
import org.policyscore.study.ServiceRole;
import org.policyscore.study.Study;

/**
 * What charts take from a study besides names: the order of companies and services (the
 * study's, so charts are laid out the same every year), each service's role and colour, and
 * each company's type. Without a study, ids are ordered as they come and roles are guessed.
 *
 * @param companies company ids in the study's order
 * @param services the study's services in its order
 */
public record ChartStudy(List<String> companies, List<ChartService> services, CompanyTypes types) {

  public ChartStudy {
    companies = List.copyOf(companies);
    services = List.copyOf(services);
  }

  public static ChartStudy of(Study study) {
    List<ChartService> services = new ArrayList<>();
    for (Service s : study.services()) {
      services.add(new ChartService(s.id(), s.role(), s.colour().map(Color::decode)));
    }
    return new ChartStudy(study.companies().stream().map(Company::id).toList(), services, study.companyTypes());
  }

  /** No study: every company a telecom, roles guessed from service ids. */
  public static ChartStudy none() {
    return new ChartStudy(List.of(), List.of(), CompanyTypes.all(CompanyType.TELECOM));
  }

  /** The service with this id: the study's, or one whose role is guessed from the id. */
  public ChartService service(String id) {
    return services.stream().filter(s -> s.id().equals(id)).findFirst().orElseGet(() -> ChartService.inferred(id));
  }

  /** These company ids, the study's first in its order, then the others as they come. */
  public List<String> orderCompanies(Collection<String> ids) {
    List<String> out = new ArrayList<>(ids.stream().distinct().toList());
    out.sort(Comparator.comparingInt(id -> rank(companies, id)));
    return out;
  }

  /**
   * These service ids in the study's order; services it does not declare after them, mobile
   * before fixed before others (the report draws Mobile first), and company-level ("") first.
   */
  public List<String> orderServices(Collection<String> ids) {
    List<String> declared = services.stream().map(ChartService::id).toList();
    List<String> out = new ArrayList<>(ids.stream().distinct().toList());
    out.sort(Comparator.comparingInt((String id) -> id.isEmpty() ? -1 : rank(declared, id))
        .thenComparingInt(id -> service(id).role().ordinal())
        .thenComparingInt(id -> List.of("prepaid", "postpaid").indexOf(id)));
    return out;
  }

  private static int rank(List<String> order, String id) {
    int at = order.indexOf(id);
    return at < 0 ? Integer.MAX_VALUE : at;
  }

  /** The catalogue's name for a service like this one when it excludes elements from it. */
  public String rdrService(String id) {
    return service(id).role().rdrService().orElse(id);
  }

  /** Roles by service id, for the services given. */
  public Map<String, ServiceRole> roles(Collection<String> ids) {
    Map<String, ServiceRole> roles = new java.util.LinkedHashMap<>();
    ids.forEach(id -> roles.put(id, service(id).role()));
    return roles;
  }

  public Optional<Color> colour(String id) {
    return service(id).colour();
  }
}
