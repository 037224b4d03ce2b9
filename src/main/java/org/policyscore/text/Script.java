package org.policyscore.text;

/** The writing system a paragraph is mostly in, as far as this tool cares. */
public enum Script {
  KHMER("km"),
  LATIN("en"),
  MIXED("mixed"),
  OTHER("other"),
  NONE("none");

  private final String label;

  Script(String label) {
    this.label = label;
  }

  /** Short label for reports: km, en, mixed, other, none. */
  public String label() {
    return label;
  }
}
