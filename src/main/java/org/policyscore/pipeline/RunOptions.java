package org.policyscore.pipeline;

import java.net.URI;
import java.util.Optional;
import org.policyscore.chart.ChartStyle;
import org.policyscore.fetch.FetchOptions;

/**
 * How the yearly run goes.
 *
 * @param year the year to score (the documents in force then: the newest text versions dated in
 *     that year or before)
 * @param offline use the archive only; no network
 * @param feedBase where {@code reports/<study>/} is published, for the change feed's links
 *     (absolute, ending in "/"); empty for file: links into the workspace
 */
public record RunOptions(int year, boolean offline, ChartStyle style, FetchOptions fetch, Optional<URI> feedBase) {

  public RunOptions(int year, boolean offline, ChartStyle style, FetchOptions fetch) {
    this(year, offline, style, fetch, Optional.empty());
  }
}
