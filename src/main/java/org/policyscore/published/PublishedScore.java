package org.policyscore.published;

import java.util.OptionalDouble;

/**
 * One figure of a published table, as the table names things: "Smart Axiata", "Mobile", "F1a".
 *
 * @param line the 1-based line of the table it is on, for messages
 * @param country empty when the table has no country column
 * @param service empty when the table has no service column
 * @param id an indicator or family id as written, a category ({@code G}, {@code F}, {@code P}) or
 *     {@code total}
 * @param score empty for N/A
 */
public record PublishedScore(int line, int column, String company, String country, String service, String id,
    OptionalDouble score) {}
