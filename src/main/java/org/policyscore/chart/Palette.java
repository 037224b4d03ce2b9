package org.policyscore.chart;

import java.awt.Color;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyscore.study.ServiceRole;

/**
 * Colours for services and companies, from the Okabe-Ito palette, which stays distinguishable
 * for the common forms of colour blindness. A service is coloured by its role (mobile green,
 * fixed blue; in the report style green and white, as the 2022 report drew them), or by the
 * colour the study gives it; a second service of the same role (postpaid beside prepaid) gets a
 * lighter shade. Colours are given over the study's whole list, so a service or company keeps
 * its colour on every chart of a run.
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
  /** For services that are neither mobile nor fixed: the palette without its green and blue. */
  private static final Color[] OTHER = {OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[3], OKABE_ITO[1]};

  private Palette() {}

  /** A colour per service, by role, for these service ids in this order. */
  public static Map<String, Color> services(List<String> serviceIds, ChartStudy study, ChartStyle style) {
    Map<String, Color> colours = new LinkedHashMap<>();
    Map<ServiceRole, Integer> seen = new EnumMap<>(ServiceRole.class);
    for (String id : serviceIds) {
      ChartService s = id.isEmpty() ? new ChartService("", ServiceRole.MOBILE, java.util.Optional.empty())
          : study.service(id);
      int nth = seen.merge(s.role(), 1, Integer::sum) - 1;
      colours.put(id, s.colour().orElseGet(() -> byRole(s.role(), nth, style)));
    }
    return colours;
  }

  private static Color byRole(ServiceRole role, int nth, ChartStyle style) {
    Color[] shades = switch (role) {
      case MOBILE -> style.mobileShades();
      case FIXED -> style.fixedShades();
      case OTHER -> OTHER;
    };
    return shades[nth % shades.length];
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
