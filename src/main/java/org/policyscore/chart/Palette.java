package org.policyscore.chart;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Colours for services and companies, from the Okabe-Ito palette, which stays distinguishable
 * for the common forms of colour blindness. Colours are given by id, so a service or company
 * keeps its colour on every chart of a run.
 */
public final class Palette {
  /** Okabe-Ito, leaving out yellow (unreadable on white) and black (the text colour). */
  private static final Color[] OKABE_ITO = {
    new Color(0xE6, 0x9F, 0x00), // orange
    new Color(0x56, 0xB4, 0xE9), // sky blue
    new Color(0xCC, 0x79, 0xA7), // reddish purple
    new Color(0xD5, 0x5E, 0x00), // vermillion
    new Color(0x00, 0x9E, 0x73), // bluish green
    new Color(0x00, 0x72, 0xB2), // blue
  };

  private Palette() {}

  /** Mobile and broadband as the report drew them; any other service from the palette. */
  public static Map<String, Color> services(List<String> serviceIds, ChartStyle style) {
    Map<String, Color> colours = new LinkedHashMap<>();
    int next = 0;
    for (String id : serviceIds) {
      Color c = switch (id) {
        case "mobile", "prepaid", "postpaid" -> style.mobile();
        case "broadband" -> style.broadband();
        case "" -> style.mobile();
        default -> OKABE_ITO[next++ % OKABE_ITO.length];
      };
      colours.put(id, c);
    }
    return colours;
  }

  /** One colour per company, in the order given (the study's order, so stable year to year). */
  public static Map<String, Color> companies(List<String> companyIds) {
    Map<String, Color> colours = new LinkedHashMap<>();
    for (int i = 0; i < companyIds.size(); i++) {
      colours.put(companyIds.get(i), OKABE_ITO[i % OKABE_ITO.length]);
    }
    return colours;
  }
}
