package org.policyscore.chart;

import java.awt.Font;
import java.util.Collection;

/**
 * The fonts a set of charts is drawn with: Java's SansSerif for English, a Khmer-capable font
 * for Khmer. Sizes are for slides: readable when a chart fills half a projected slide.
 */
public record ChartFonts(Font base) {

  public static ChartFonts forLanguage(ChartLanguage language) throws MissingFontException {
    return language == ChartLanguage.KM ? new ChartFonts(KhmerFont.require())
        : new ChartFonts(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
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
