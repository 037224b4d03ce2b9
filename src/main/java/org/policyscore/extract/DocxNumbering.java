package org.policyscore.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * List numbering of a Word file ({@code word/numbering.xml}). Word does not store clause
 * numbers ("3.2", "(b)") in the text: it computes them from counters, so this does the same,
 * paragraph by paragraph in document order, and gives each numbered paragraph its label, e.g.
 * {@code %1.%2.} with counters 3 and 2 gives "3.2.". Bullets are reported as bullets.
 *
 * <p>Counters belong to the abstract list definition, so lists that share one continue each
 * other's numbering, as in Word; a list instance with a start override restarts at its first
 * paragraph. A level's counter restarts after any higher level moves on.
 */
final class DocxNumbering {
  /** A paragraph's list membership: list instance id and level (0-8). */
  record Ref(String numId, int ilvl) {}

  /** What a numbered paragraph shows before its text. */
  record Label(String text, boolean bullet) {}

  private static final int LEVELS = 9;

  private record Level(int start, String format, String text, boolean legal) {}

  private record Instance(String abstractId, Map<Integer, Integer> startOverrides) {}

  private final Map<String, Level[]> abstracts;
  private final Map<String, Instance> instances;
  private final Map<String, int[]> counters = new HashMap<>();
  private final Map<String, boolean[]> started = new HashMap<>();
  private final Set<String> instancesSeen = new HashSet<>();

  private DocxNumbering(Map<String, Level[]> abstracts, Map<String, Instance> instances) {
    this.abstracts = abstracts;
    this.instances = instances;
  }

  static DocxNumbering none() {
    return new DocxNumbering(Map.of(), Map.of());
  }

  static DocxNumbering read(byte[] xml) throws XMLStreamException {
    Map<String, Level[]> abstracts = new HashMap<>();
    Map<String, Instance> instances = new HashMap<>();
    XMLStreamReader r = DocxXml.reader(xml);
    Level[] levels = null;
    int ilvl = -1;
    int start = 1;
    String format = "decimal";
    String text = "";
    boolean legal = false;
    String numId = null;
    String abstractRef = null;
    Map<Integer, Integer> overrides = null;
    int overrideLevel = -1;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (DocxXml.isW(r, "abstractNum")) {
          levels = new Level[LEVELS];
          abstracts.put(String.valueOf(DocxXml.attr(r, "abstractNumId")), levels);
        } else if (DocxXml.isW(r, "lvl") && levels != null) {
          ilvl = DocxXml.intAttr(r, "ilvl", -1);
          start = 0; // ECMA-376: an absent start is zero
          format = "decimal";
          text = "";
          legal = false;
        } else if (levels != null && ilvl >= 0) {
          if (DocxXml.isW(r, "start")) {
            start = DocxXml.intAttr(r, "val", 0);
          } else if (DocxXml.isW(r, "numFmt")) {
            format = String.valueOf(DocxXml.attr(r, "val"));
          } else if (DocxXml.isW(r, "lvlText")) {
            text = String.valueOf(DocxXml.attr(r, "val"));
          } else if (DocxXml.isW(r, "isLgl")) {
            legal = DocxXml.on(r);
          }
        } else if (DocxXml.isW(r, "num")) {
          numId = DocxXml.attr(r, "numId");
          abstractRef = null;
          overrides = new HashMap<>();
        } else if (numId != null && DocxXml.isW(r, "abstractNumId")) {
          abstractRef = DocxXml.attr(r, "val");
        } else if (numId != null && DocxXml.isW(r, "lvlOverride")) {
          overrideLevel = DocxXml.intAttr(r, "ilvl", -1);
        } else if (numId != null && overrideLevel >= 0 && DocxXml.isW(r, "startOverride")) {
          overrides.put(overrideLevel, DocxXml.intAttr(r, "val", 0));
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (DocxXml.isW(r, "lvl") && levels != null) {
          if (ilvl >= 0 && ilvl < LEVELS) {
            levels[ilvl] = new Level(start, format, text, legal);
          }
          ilvl = -1;
        } else if (DocxXml.isW(r, "abstractNum")) {
          levels = null;
        } else if (DocxXml.isW(r, "num") && numId != null) {
          if (abstractRef != null) {
            instances.put(numId, new Instance(abstractRef, overrides));
          }
          numId = null;
        } else if (DocxXml.isW(r, "lvlOverride")) {
          overrideLevel = -1;
        }
      }
    }
    return new DocxNumbering(abstracts, instances);
  }

  /**
   * Counts the next paragraph of this list level and gives its label; null when the reference
   * names no list (numId 0 switches numbering off) or a level the list does not define.
   */
  Label next(Ref ref) {
    Instance instance = instances.get(ref.numId());
    if (instance == null || ref.ilvl() < 0 || ref.ilvl() >= LEVELS) {
      return null;
    }
    Level[] levels = abstracts.get(instance.abstractId());
    if (levels == null || levels[ref.ilvl()] == null) {
      return null;
    }
    int[] count = counters.computeIfAbsent(instance.abstractId(), k -> new int[LEVELS]);
    boolean[] on = started.computeIfAbsent(instance.abstractId(), k -> new boolean[LEVELS]);
    if (instancesSeen.add(ref.numId())) {
      for (var o : instance.startOverrides().entrySet()) {
        if (o.getKey() >= 0 && o.getKey() < LEVELS) {
          count[o.getKey()] = o.getValue() - 1;
          on[o.getKey()] = true;
        }
      }
    }
    int i = ref.ilvl();
    count[i] = on[i] ? count[i] + 1 : levels[i].start();
    on[i] = true;
    for (int deeper = i + 1; deeper < LEVELS; deeper++) {
      on[deeper] = false;
    }
    Level level = levels[i];
    if (level.format().equals("bullet")) {
      return new Label("", true);
    }
    StringBuilder label = new StringBuilder();
    String t = level.text();
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '%' && k + 1 < t.length() && t.charAt(k + 1) >= '1' && t.charAt(k + 1) <= '9') {
        int ref1 = t.charAt(++k) - '1';
        Level l = levels[ref1];
        // A level above that never started shows one less than its start, as Word does.
        int value = on[ref1] ? count[ref1] : l == null ? 0 : Math.max(0, l.start() - 1);
        String fmt = l == null || level.legal() ? "decimal" : l.format();
        label.append(format(value, fmt));
      } else {
        label.append(c);
      }
    }
    return new Label(label.toString().strip(), false);
  }

  /** A counter in one of Word's number formats; formats not listed fall back to decimal. */
  static String format(int n, String format) {
    return switch (format) {
      case "none" -> "";
      case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
      case "lowerLetter" -> letters(n, 'a');
      case "upperLetter" -> letters(n, 'A');
      case "lowerRoman" -> RomanNumerals.of(n).toLowerCase(java.util.Locale.ROOT);
      case "upperRoman" -> RomanNumerals.of(n);
      default -> Integer.toString(n);
    };
  }

  /** Word's letters: a..z, then aa..zz, aaa.. (the letter repeated, not base 26). */
  private static String letters(int n, char a) {
    if (n < 1) {
      return Integer.toString(n);
    }
    return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
  }
}
