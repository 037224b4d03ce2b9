package org.policyscore.text;

/**
 * A sign that a text version's characters are damaged (typically Khmer extracted from a PDF
 * with a wrong glyph-to-character map, or typed in a legacy font). Printed by {@code extract}
 * and stored in the version's metadata, so a researcher knows not to trust quotes from it.
 *
 * @param code stable identifier, e.g. {@code khmer-orphan-sign}
 * @param count how many times it occurs
 * @param where the first occurrence: line number and a short excerpt
 */
public record DamageFlag(String code, int count, String where) {

  /** One line for people: "khmer-orphan-sign ×3 (line 12: …)"; no count for a single finding. */
  public String describe() {
    return code + (count > 1 ? " \u00d7" + count : "") + (where.isEmpty() ? "" : " (" + where + ")");
  }
}
