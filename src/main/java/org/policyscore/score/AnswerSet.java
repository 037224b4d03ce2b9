package org.policyscore.score;

import java.util.List;

/** Answers read from a file, with the type of each company they are about. */
public record AnswerSet(List<AnswerRow> rows, CompanyTypes companyTypes) {
  public AnswerSet {
    rows = List.copyOf(rows);
  }
}
