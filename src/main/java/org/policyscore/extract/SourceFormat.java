package org.policyscore.extract;

import java.util.Locale;

/** What kind of file a snapshot is, as far as extraction goes. */
public enum SourceFormat {
  HTML,
  PDF,
  DOCX,
  TEXT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
