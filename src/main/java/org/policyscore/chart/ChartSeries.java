package org.policyscore.chart;

import java.util.List;

/**
 * One series of a chart as drawn, read back from the chart object: its label and, per
 * category, the value (NaN where the score is N/A and no bar is drawn).
 */
public record ChartSeries(String label, List<String> categories, List<Double> values) {
  public ChartSeries {
    categories = List.copyOf(categories);
    values = List.copyOf(values);
  }

  public double value(String category) {
    int i = categories.indexOf(category);
    if (i < 0) {
      throw new IllegalArgumentException("no category " + category + " in series " + label);
    }
    return values.get(i);
  }
}
