package org.policyscore.chart;

import java.awt.Color;
import java.util.Locale;
import java.util.Optional;

/**
 * How charts look. {@link #LIGHT} (the default) is for print: white paper, dark text.
 * {@link #REPORT} reproduces the 2022 "Through The Looking Glass" charts: a dark background,
 * Mobile in green, Fixed-line broadband in white.
 */
public enum ChartStyle {
  LIGHT(Color.WHITE, new Color(0x22, 0x22, 0x22), new Color(0xD9, 0xD9, 0xD9),
      new Color(0x00, 0x9E, 0x73), new Color(0x00, 0x72, 0xB2)),
  REPORT(new Color(0x1E, 0x1E, 0x24), Color.WHITE, new Color(0x4A, 0x4A, 0x55),
      new Color(0x3C, 0xC0, 0x6A), Color.WHITE);

  private final Color background;
  private final Color text;
  private final Color grid;
  private final Color mobile;
  private final Color broadband;

  ChartStyle(Color background, Color text, Color grid, Color mobile, Color broadband) {
    this.background = background;
    this.text = text;
    this.grid = grid;
    this.mobile = mobile;
    this.broadband = broadband;
  }

  public Color background() {
    return background;
  }

  public Color text() {
    return text;
  }

  public Color grid() {
    return grid;
  }

  /** The colour of the mobile bars (prepaid and postpaid share it). */
  public Color mobile() {
    return mobile;
  }

  public Color broadband() {
    return broadband;
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ChartStyle> parse(String text) {
    for (ChartStyle s : values()) {
      if (s.cliName().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
