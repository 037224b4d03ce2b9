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
 * each company's type. Without a study, ids are ordered as they come and roles are read from
 * service ids and the labels given for them.
 *
 * @param companies company ids in the study's order
 * @param services the study's services in its order
 * @param labels labels of services the study does not declare, to read their roles from
 */
public record ChartStudy(List<String> companies, List<ChartService> services, CompanyTypes types,
    Map<String, String> labels) {

  public ChartStudy {
    companies = List.copyOf(companies);
    services = List.copyOf(services);
    labels = Map.copyOf(labels);
  }

  public ChartStudy(List<String> companies, List<ChartService> services, CompanyTypes types) {
    this(companies, services, types, Map.of());
  }

  public static ChartStudy of(Study study) {
    List<ChartService> services = new ArrayList<>();
    for (Service s : study.services()) {
      services.add(new ChartService(s.id(), s.role(), s.colour().map(Color::decode)));
    }
    return new ChartStudy(study.companies().stream().map(Company::id).toList(), services, study.companyTypes());
  }

  /** No study: every company a telecom, roles read from service ids. */
  public static ChartStudy none() {
    return inferred(Map.of());
  }

  /** No study: every company a telecom, roles read from service ids and these labels by id. */
  public static ChartStudy inferred(Map<String, String> serviceLabels) {
    return new ChartStudy(List.of(), List.of(), CompanyTypes.all(CompanyType.TELECOM), serviceLabels);
  }

  /** The service with this id: the study's, or one whose role is read from its id and label. */
  public ChartService service(String id) {
    return services.stream().filter(s -> s.id().equals(id)).findFirst().orElseGet(() -> new ChartService(id,
        ServiceRole.infer(id, labels.getOrDefault(id, "")), Optional.empty()));
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
}
