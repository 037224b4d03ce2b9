package org.policyscore.chart;

import java.text.Normalizer;
import java.util.Locale;

/** Chart file names from ids: lower case ASCII letters, digits and dashes. */
final class FileNames {
  private FileNames() {}

  static String slug(String id) {
    String ascii = Normalizer.normalize(id, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "x" + Integer.toHexString(id.hashCode()) : slug;
  }
}
