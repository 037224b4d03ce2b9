package org.policyscore.extract;

/** What kind of file a snapshot is, as far as extraction goes. */
public enum SourceFormat {
  HTML,
  PDF,
  DOCX,
  TEXT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
