package org.policyscore.archive;

import java.util.Optional;

/** How a snapshot came into the archive. */
public enum Origin {
  /** Downloaded by {@code policyscore fetch}. */
  FETCH("fetch"),
  /** A copy a person obtained by hand and added with {@code policyscore import}. */
  IMPORT("import");

  private final String jsonName;

  Origin(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public static Optional<Origin> parse(String text) {
    for (Origin o : values()) {
      if (o.jsonName.equals(text)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
