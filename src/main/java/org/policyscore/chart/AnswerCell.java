package org.policyscore.chart;

import java.util.OptionalDouble;

/**
 * One element's answer for the heatmap, as points: yes 100, partial 50, no and no disclosure
 * found 0 (reversed elements already turned round); empty for N/A.
 *
 * @param service empty for a company-level (group or opcom) answer
 */
public record AnswerCell(String company, String service, String element, OptionalDouble points) {}
