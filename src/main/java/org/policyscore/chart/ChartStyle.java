package org.policyscore.chart;

import java.awt.Color;
import java.util.Locale;
import java.util.Optional;

/**
 * How charts look. {@link #LIGHT} (the default) is for print: white paper, dark text.
 * {@link #REPORT} reproduces the 2022 "Through The Looking Glass" charts: a dark background,
 * mobile services in green, fixed ones in white.
 */
public enum ChartStyle {
  LIGHT(Color.WHITE, new Color(0x22, 0x22, 0x22), new Color(0xD9, 0xD9, 0xD9),
      new Color[] {new Color(0x00, 0x9E, 0x73), new Color(0x7F, 0xCE, 0xB9)},
      new Color[] {new Color(0x00, 0x72, 0xB2), new Color(0x56, 0xB4, 0xE9)}),
  REPORT(new Color(0x1E, 0x1E, 0x24), Color.WHITE, new Color(0x4A, 0x4A, 0x55),
      new Color[] {new Color(0x3C, 0xC0, 0x6A), new Color(0xA6, 0xE8, 0xBC)},
      new Color[] {Color.WHITE, new Color(0xA8, 0xA8, 0xB8)});

  private final Color background;
  private final Color text;
  private final Color grid;
  private final Color[] mobile;
  private final Color[] fixed;

  ChartStyle(Color background, Color text, Color grid, Color[] mobile, Color[] fixed) {
    this.background = background;
    this.text = text;
    this.grid = grid;
    this.mobile = mobile;
    this.fixed = fixed;
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

  /** Text that is there but not the point: N/A labels, notes. */
  public Color quiet() {
    return this == LIGHT ? new Color(0x6A, 0x6A, 0x6A) : new Color(0xB0, 0xB0, 0xBC);
  }

  /** The colour of the first mobile service (prepaid and postpaid: the first two shades). */
  public Color mobile() {
    return mobile[0];
  }

  /** The colour of the first fixed service (broadband). */
  public Color fixed() {
    return fixed[0];
  }

  Color[] mobileShades() {
    return mobile.clone();
  }

  Color[] fixedShades() {
    return fixed.clone();
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
