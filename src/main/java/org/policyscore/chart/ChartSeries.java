package org.policyscore.chart;

import java.awt.Color;
import java.util.List;

/**
 * One series of a chart as drawn, read back from the chart object: its label and colour and,
 * per category, the value (NaN where the score is N/A and no bar is drawn) and the note drawn
 * beside it ("draft: 3 of 7 reviewed", or empty).
 */
public record ChartSeries(String label, Color colour, List<String> categories, List<Double> values,
    List<String> notes) {
  public ChartSeries {
    categories = List.copyOf(categories);
    values = List.copyOf(values);
    notes = List.copyOf(notes);
    if (values.size() != categories.size() || notes.size() != categories.size()) {
      throw new IllegalArgumentException("series " + label + ": " + categories.size() + " categories, "
          + values.size() + " values, " + notes.size() + " notes");
    }
  }

  public double value(String category) {
    return values.get(index(category));
  }

  public String note(String category) {
    return notes.get(index(category));
  }

  private int index(String category) {
    int i = categories.indexOf(category);
    if (i < 0) {
      throw new IllegalArgumentException("no category " + category + " in series " + label);
    }
    return i;
  }
}
