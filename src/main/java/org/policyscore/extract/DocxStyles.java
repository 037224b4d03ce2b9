package org.policyscore.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraph styles of a Word file ({@code word/styles.xml}), as far as the text needs them:
 * which are headings, at what level, and which carry list numbering (clause numbers of policies
 * are often the numbering of their heading styles). Styles inherit from the style they are
 * based on.
 */
final class DocxStyles {
  private static final Pattern HEADING_NAME = Pattern.compile("heading\\s*([1-9])");
  /** Word's "body text" outline level: not a heading. */
  private static final int BODY_OUTLINE = 9;
  /** basedOn chains are short; a longer one is a cycle in a broken file. */
  private static final int MAX_DEPTH = 32;

  private record Style(String name, String basedOn, int outlineLevel, String numId, int ilvl) {}

  private final Map<String, Style> styles;

  private DocxStyles(Map<String, Style> styles) {
    this.styles = styles;
  }

  static final DocxStyles NONE = new DocxStyles(Map.of());

  static DocxStyles read(byte[] xml) throws XMLStreamException {
    Map<String, Style> styles = new HashMap<>();
    XMLStreamReader r = DocxXml.reader(xml);
    String id = null;
    String name = null;
    String basedOn = null;
    int outline = -1;
    String numId = null;
    int ilvl = -1;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (DocxXml.isW(r, "style")) {
          id = "paragraph".equals(DocxXml.attr(r, "type")) || DocxXml.attr(r, "type") == null
              ? DocxXml.attr(r, "styleId") : null;
          name = null;
          basedOn = null;
          outline = -1;
          numId = null;
          ilvl = -1;
        } else if (id != null && DocxXml.isW(r, "name")) {
          name = DocxXml.attr(r, "val");
        } else if (id != null && DocxXml.isW(r, "basedOn")) {
          basedOn = DocxXml.attr(r, "val");
        } else if (id != null && DocxXml.isW(r, "outlineLvl")) {
          outline = DocxXml.intAttr(r, "val", -1);
        } else if (id != null && DocxXml.isW(r, "numId")) {
          numId = DocxXml.attr(r, "val");
        } else if (id != null && DocxXml.isW(r, "ilvl")) {
          ilvl = DocxXml.intAttr(r, "val", -1);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && DocxXml.isW(r, "style") && id != null) {
        styles.put(id, new Style(name, basedOn, outline, numId, ilvl));
        id = null;
      }
    }
    return new DocxStyles(styles);
  }

  /**
   * The heading level (1-6) of paragraphs in this style, 0 for body text: "heading N" and
   * "Title" by name, else the outline level the style or a style it is based on gives.
   */
  int headingLevel(String styleId) {
    Style s = styles.get(styleId);
    for (int depth = 0; s != null && depth < MAX_DEPTH; depth++) {
      String name = s.name() == null ? "" : s.name().toLowerCase(Locale.ROOT).strip();
      Matcher m = HEADING_NAME.matcher(name);
      if (m.matches()) {
        return Math.min(6, Integer.parseInt(m.group(1)));
      }
      if (name.equals("title")) {
        return 1;
      }
      if (s.outlineLevel() >= 0) {
        return s.outlineLevel() >= BODY_OUTLINE ? 0 : Math.min(6, s.outlineLevel() + 1);
      }
      s = s.basedOn() == null ? null : styles.get(s.basedOn());
    }
    return 0;
  }

  /** Outline level 0-8 as a heading level 1-6, 9 (body text) and anything else as 0. */
  static int headingLevelOfOutline(int outlineLevel) {
    return outlineLevel < 0 || outlineLevel >= BODY_OUTLINE ? 0 : Math.min(6, outlineLevel + 1);
  }

  /** The list numbering the style gives its paragraphs, or null: {numId, ilvl}. */
  DocxNumbering.Ref numbering(String styleId) {
    Style s = styles.get(styleId);
    String numId = null;
    int ilvl = -1;
    for (int depth = 0; s != null && depth < MAX_DEPTH; depth++) {
      if (numId == null && s.numId() != null) {
        numId = s.numId();
      }
      if (ilvl < 0 && s.ilvl() >= 0) {
        ilvl = s.ilvl();
      }
      s = s.basedOn() == null ? null : styles.get(s.basedOn());
    }
    return numId == null ? null : new DocxNumbering.Ref(numId, Math.max(0, ilvl));
  }
}
