package org.policyscore.chart;

/** No installed font can draw the chart's text; drawing anyway would show boxes. */
public final class MissingFontException extends Exception {
  private static final long serialVersionUID = 1L;

  public MissingFontException(String message) {
    super(message);
  }
}
