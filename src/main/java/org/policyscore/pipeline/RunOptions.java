package org.policyscore.pipeline;

import org.policyscore.chart.ChartStyle;
import org.policyscore.fetch.FetchOptions;

/**
 * How the yearly run goes.
 *
 * @param year the year to score (the documents in force then: the newest text versions dated in
 *     that year or before)
 * @param offline use the archive only; no network
 */
public record RunOptions(int year, boolean offline, ChartStyle style, FetchOptions fetch) {}
