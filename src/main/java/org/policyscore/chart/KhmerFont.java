package org.policyscore.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an installed font that draws Khmer. The JDK ships none; Java2D shapes Khmer correctly
 * (subscript consonants, vowel signs) once it has one. Debian's fonts-khmeros or fonts-noto-core
 * provide one. Without one Java2D draws boxes, so we refuse instead.
 */
public final class KhmerFont {
  /** "Khmer text" with a subscript consonant and vowel signs, plus the Latin and digits of labels. */
  static final String SAMPLE = "អត្ថបទខ្មែរ ក្រុមហ៊ុន ១២៣ Abc 0123 | .-";

  /** Preferred families first: plain text faces, not the display faces (Muol, Fasthand). */
  private static final List<String> PREFERRED = List.of(
      "Khmer OS System", "Noto Sans Khmer", "Noto Sans Khmer UI", "Khmer OS", "Khmer OS Content",
      "Khmer OS Siemreap", "Khmer OS Battambang", "Noto Serif Khmer", "Hanuman", "Battambang");

  /** Java's logical fonts map to whatever fontconfig picks; only a real family is predictable. */
  private static final Set<String> LOGICAL = Set.of("Dialog", "DialogInput", "Serif", "SansSerif", "Monospaced");

  public static final String INSTALL_HINT =
      "no installed font can draw Khmer, so Khmer labels would show as boxes; install one"
          + " (Debian/Ubuntu: apt-get install fonts-khmeros) or draw the charts in English (--lang en)";

  private KhmerFont() {}

  /** A Khmer-capable font among the system's installed families. */
  public static Font require() throws MissingFontException {
    List<String> installed = Arrays.asList(
        GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
    return find(installed).orElseThrow(() -> new MissingFontException(INSTALL_HINT));
  }

  /** The first of these families that has every glyph of {@link #SAMPLE}, preferred ones first. */
  public static Optional<Font> find(Collection<String> families) {
    List<String> order = new ArrayList<>();
    for (String p : PREFERRED) {
      if (families.contains(p)) {
        order.add(p);
      }
    }
    families.stream().sorted().filter(f -> !order.contains(f)).forEach(order::add);
    for (String family : order) {
      if (LOGICAL.contains(family)) {
        continue;
      }
      Font font = new Font(family, Font.PLAIN, 14);
      // An unknown family silently becomes "Dialog": make sure we got what we asked for.
      if (font.getFamily().equals(family) && font.canDisplayUpTo(SAMPLE) == -1) {
        return Optional.of(font);
      }
    }
    return Optional.empty();
  }
}
