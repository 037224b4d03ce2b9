package org.policyscore.study;

import java.util.Optional;

/**
 * A service a study scores separately, e.g. {@code mobile} shown as "Mobile" in charts.
 *
 * @param labelKm the label in Khmer, when charts are drawn in Khmer
 */
public record Service(String id, String label, Optional<String> labelKm) {}
