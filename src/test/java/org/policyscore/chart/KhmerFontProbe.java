package org.policyscore.chart;

/** Whether this machine can draw Khmer charts (tests that need it are skipped otherwise). */
public final class KhmerFontProbe {
  private KhmerFontProbe() {}

  public static boolean present() {
    try {
      KhmerFont.require();
      return true;
    } catch (MissingFontException e) {
      return false;
    }
  }
}
