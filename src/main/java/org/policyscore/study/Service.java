package org.policyscore.study;

import java.util.Optional;

/**
 * A service a study scores separately, e.g. {@code mobile} shown as "Mobile" in charts.
 *
 * @param labelKm the label in Khmer, when charts are drawn in Khmer
 * @param role what the service is; declared in the study, or inferred from its id and labels
 * @param colour a colour the study asks charts to draw the service in, as {@code #RRGGBB}
 */
public record Service(String id, String label, Optional<String> labelKm, ServiceRole role, Optional<String> colour) {

  /** A service whose role is inferred from its id and labels, with no colour of its own. */
  public Service(String id, String label, Optional<String> labelKm) {
    this(id, label, labelKm, ServiceRole.infer(id, label, labelKm.orElse("")), Optional.empty());
  }

  /** The service name RDR's catalogue uses when it excludes an element from a service like this. */
  public String rdrService() {
    return role.rdrService().orElse(id);
  }
}
