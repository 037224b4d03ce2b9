package org.policyscore.chart;

import java.util.Optional;
import org.policyscore.score.Answer;

/**
 * One cell of the answers heatmap: an element's answer for a company's service (or its group or
 * operating company), whether a person reviewed it, or that the element is excluded there.
 *
 * @param column a service id, or {@code group} / {@code opcom} for company-level answers
 * @param answer the answer scoring uses (the person's, else the suggestion); empty when there is
 *     none yet, or the element is excluded
 * @param reviewed a person gave or confirmed the answer; false for a suggestion
 * @param excluded the catalogue leaves the element out for this company type or service
 */
public record AnswerCell(String company, String column, String element, Optional<Answer> answer, boolean reviewed,
    boolean excluded) {

  public static AnswerCell excluded(String company, String column, String element) {
    return new AnswerCell(company, column, element, Optional.empty(), false, true);
  }

  public static AnswerCell missing(String company, String column, String element) {
    return new AnswerCell(company, column, element, Optional.empty(), false, false);
  }
}
