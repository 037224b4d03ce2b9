package org.policyscore.extract;

import java.util.Locale;

/** What kind of file a snapshot is, as far as extraction goes. */
public enum SourceFormat {
  HTML,
  PDF,
  DOCX,
  /** A picture of a page (PNG, JPEG, TIFF ...): read by OCR. */
  IMAGE,
  TEXT;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
