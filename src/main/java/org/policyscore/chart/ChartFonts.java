package org.policyscore.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;

/**
 * The fonts a set of charts is drawn with: DejaVu Sans (or Java's SansSerif where it is not
 * installed) for English, a Khmer-capable font for Khmer. Sizes are for slides: readable when a
 * chart fills half a projected slide.
 */
public record ChartFonts(Font base) {
  /** Java's logical names, which stand for whatever font the system maps them to. */
  private static final Set<String> LOGICAL = Set.of("Dialog", "DialogInput", "Serif", "SansSerif", "Monospaced");

  public static ChartFonts forLanguage(ChartLanguage language) throws MissingFontException {
    if (language == ChartLanguage.KM) {
      return new ChartFonts(KhmerFont.require());
    }
    // A named face measures the same in the PNG and in an SVG viewer that has it; a logical
    // one does not say which face it is.
    boolean dejaVu = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
        .contains("DejaVu Sans");
    return new ChartFonts(new Font(dejaVu ? "DejaVu Sans" : Font.SANS_SERIF, Font.PLAIN, 14));
  }

  public Font title() {
    return base.deriveFont(Font.BOLD, 26f);
  }

  public Font label() {
    return base.deriveFont(Font.PLAIN, 16f);
  }

  public Font small() {
    return base.deriveFont(Font.PLAIN, 14f);
  }

  public Font value() {
    return base.deriveFont(Font.BOLD, 14f);
  }

  public Font note() {
    return base.deriveFont(Font.ITALIC, 13f);
  }

  /**
   * The CSS font-family an SVG names: the face the chart was laid out with, then faces of
   * about the same widths, then the viewer's sans-serif.
   */
  public String cssFamily() {
    String family = base.getFamily();
    boolean khmer = !LOGICAL.contains(family) && base.canDisplayUpTo(KhmerFont.SAMPLE) == -1;
    String fallbacks = khmer ? "'Khmer OS System', 'Noto Sans Khmer', 'Khmer OS', sans-serif"
        : "'DejaVu Sans', Verdana, sans-serif";
    if (LOGICAL.contains(family)) {
      return fallbacks;
    }
    String first = "'" + family.replace("'", "") + "'";
    return fallbacks.startsWith(first) ? fallbacks : first + ", " + fallbacks;
  }

  /**
   * Fails, naming the text, when the font lacks a glyph for it: a Khmer font may lack Latin
   * letters a label needs, and Java2D would then draw boxes.
   */
  public void checkCanDraw(Collection<String> texts) throws MissingFontException {
    for (String text : texts) {
      int at = base.canDisplayUpTo(text);
      if (at != -1) {
        throw new MissingFontException(String.format(
            "the font '%s' has no glyph for '%s' (U+%04X) in the label \"%s\"; install a font that does"
                + " (Debian/Ubuntu: apt-get install fonts-khmeros fonts-noto-core)",
            base.getFamily(), new String(Character.toChars(text.codePointAt(at))), text.codePointAt(at), text));
      }
    }
  }
}
