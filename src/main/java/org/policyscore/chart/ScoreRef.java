package org.policyscore.chart;

import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/** Which score: company, service (empty at company level), kind and id. */
public record ScoreRef(String company, String service, ScoreKind kind, String id) {
  public static ScoreRef of(ScoreRow row) {
    return new ScoreRef(row.company(), row.service(), row.kind(), row.id());
  }

  public static ScoreRef indicator(String company, String service, String id) {
    return new ScoreRef(company, service, ScoreKind.INDICATOR, id);
  }
}
