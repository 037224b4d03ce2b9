package org.policyscore.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a score is printed on a chart: as published, "16.67", "50", "0"; N/A as "N/A". */
final class Numbers {
  private Numbers() {}

  static String score(double value) {
    if (Double.isNaN(value)) {
      return "N/A";
    }
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
