package org.policyscore.diff;

import java.util.List;
import java.util.Map;

/**
 * What an {@link ElementLocator} found in one text version.
 *
 * @param hits every piece of evidence, with offsets into the text
 * @param suggested the suggested answer of every element considered, in catalogue order
 *     ({@code yes}, {@code partial}, {@code no}, {@code no disclosure found}, {@code N/A})
 */
public record ElementFindings(List<EvidenceSpan> hits, Map<String, String> suggested) {
  public ElementFindings {
    hits = List.copyOf(hits);
    suggested = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(suggested));
  }
}
