package org.policyscore.score;

import java.util.OptionalDouble;

/**
 * One row of scores.csv: {@code company, service, kind, id, score}.
 *
 * @param service empty for a company-level score (rdr-index mode); the service's name in
 *     per-service mode ({@code mobile}, {@code broadband}, ...)
 * @param id an indicator or family id ({@code F1a}, {@code F1}), a category ({@code G}, {@code
 *     F}, {@code P}) or {@code total}
 * @param score full precision; empty when not applicable (written {@code NA})
 */
public record ScoreRow(String company, String service, ScoreKind kind, String id, OptionalDouble score) {}
