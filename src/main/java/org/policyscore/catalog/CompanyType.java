package org.policyscore.catalog;

import java.util.Locale;
import java.util.Optional;

/** The two kinds of company RDR ranks, by the names its data uses for exclusions. */
public enum CompanyType {
  TELECOM("telecom", "Telecommunication"),
  INTERNET("internet", "Digital Platform");

  private final String yamlName;
  private final String rdrLabel;

  CompanyType(String yamlName, String rdrLabel) {
    this.yamlName = yamlName;
    this.rdrLabel = rdrLabel;
  }

  public String yamlName() {
    return yamlName;
  }

  /** The label in RDR's CSV files' CompanyType column. */
  public String rdrLabel() {
    return rdrLabel;
  }

  /** Accepts the YAML name ({@code telecom}), RDR's label, and {@code platform}. */
  public static Optional<CompanyType> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (CompanyType c : values()) {
      if (c.yamlName.equals(t) || c.rdrLabel.toLowerCase(Locale.ROOT).equals(t)) {
        return Optional.of(c);
      }
    }
    if (t.equals("platform") || t.equals("telecommunications")) {
      return Optional.of(t.equals("platform") ? INTERNET : TELECOM);
    }
    return Optional.empty();
  }
}
