package org.policyscore.text;

import java.util.Map;

/**
 * Our Khmer text as a legacy (Limon-style) font stores it: each Khmer letter typed on a Latin
 * key, about half of them capitals, pre-base vowels typed before their consonant. The key map
 * is an approximation written for these tests, not any font's exact table.
 */
final class LegacyKhmer {
  private LegacyKhmer() {}

  private static final Map<Character, String> KEYS = Map.ofEntries(
      Map.entry('ក', "k"), Map.entry('ខ', "x"), Map.entry('គ', "K"), Map.entry('ឃ', "X"), Map.entry('ង', "g"),
      Map.entry('ច', "c"), Map.entry('ឆ', "q"), Map.entry('ជ', "C"), Map.entry('ឈ', "Q"), Map.entry('ញ', "j"),
      Map.entry('ដ', "d"), Map.entry('ឋ', "z"), Map.entry('ឌ', "D"), Map.entry('ឍ', "Z"), Map.entry('ណ', "N"),
      Map.entry('ត', "t"), Map.entry('ថ', "f"), Map.entry('ទ', "T"), Map.entry('ធ', "F"), Map.entry('ន', "n"),
      Map.entry('ប', "b"), Map.entry('ផ', "p"), Map.entry('ព', "B"), Map.entry('ភ', "P"), Map.entry('ម', "m"),
      Map.entry('យ', "y"), Map.entry('រ', "r"), Map.entry('ល', "l"), Map.entry('វ', "v"), Map.entry('ស', "s"),
      Map.entry('ហ', "h"), Map.entry('ឡ', "L"), Map.entry('អ', "G"), Map.entry('ា', "a"), Map.entry('ិ', "i"),
      Map.entry('ី', "I"), Map.entry('ឹ', "w"), Map.entry('ឺ', "W"), Map.entry('ុ', "u"), Map.entry('ូ', "U"),
      Map.entry('ួ', "Y"), Map.entry('ើ', "I"), Map.entry('ៀ', "Ö"), Map.entry('ោ', "a"), Map.entry('ៅ', "A"),
      Map.entry('ំ', "M"), Map.entry('ះ', "H"), Map.entry('់', ";"), Map.entry('៍', "_"), Map.entry('៉', "‘"),
      Map.entry('៊', "’"), Map.entry('។', "."), Map.entry('ឿ', "O"), Map.entry('ែ', "E"), Map.entry('េ', "e"),
      Map.entry('ៃ', "é"), Map.entry('ៈ', "³"), Map.entry('៌', "´"), Map.entry('ៗ', "V"), Map.entry('៖', "\\\\"), Map.entry('័', "½"));

  static String of(String khmer) {
    StringBuilder out = new StringBuilder();
    int clusterStart = 0;
    for (int i = 0; i < khmer.length(); i++) {
      char c = khmer.charAt(i);
      if (c >= '\u1780' && c <= '\u17A2' && (i == 0 || khmer.charAt(i - 1) != '\u17D2')) {
        clusterStart = out.length();
      }
      if (c == '\u17D2') {
        continue; // the subscript is typed as the same key shifted: a capital
      }
      if (i > 0 && khmer.charAt(i - 1) == '\u17D2') {
        out.append(KEYS.getOrDefault(c, "?").toUpperCase(java.util.Locale.ROOT).equals(KEYS.get(c))
            ? KEYS.get(c).toLowerCase(java.util.Locale.ROOT) : KEYS.getOrDefault(c, "?").toUpperCase(java.util.Locale.ROOT));
        continue;
      }
      String key = KEYS.get(c);
      if (key == null) {
        out.append(c);
      } else if (c == 'េ' || c == 'ែ' || c == 'ៃ' || c == 'ើ' || c == 'ោ' || c == 'ៅ' || c == 'ៀ' || c == 'ឿ') {
        out.insert(clusterStart, c == 'ើ' || c == 'ោ' || c == 'ៅ' || c == 'ៀ' || c == 'ឿ' ? "e" : key);
        if (c != 'េ' && c != 'ែ' && c != 'ៃ') {
          out.append(key);
        }
      } else {
        out.append(key);
      }
    }
    return out.toString();
  }
}
