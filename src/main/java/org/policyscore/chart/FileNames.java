package org.policyscore.chart;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Chart file names from ids: lower case ASCII letters, digits and dashes. English charts are
 * {@code company-smart.png}; another language's carry its code, {@code company-smart.km.png},
 * so drawing in Khmer never overwrites the English files (a slug has no dots to collide with).
 */
final class FileNames {
  private FileNames() {}

  static String slug(String id) {
    String ascii = Normalizer.normalize(id, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "x" + Integer.toHexString(id.hashCode()) : slug;
  }

  static String file(String chartName, ChartLanguage language, ChartFormat format) {
    String lang = language == ChartLanguage.EN ? "" : "." + language.code();
    return chartName + lang + "." + format.extension();
  }
}
