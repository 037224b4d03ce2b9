package org.policyscore.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on a text version's characters, for whoever acts on it (the scoring step stops
 * evidence-based suggestions on a damaged text, and says why). Built from the flags that
 * {@link KhmerDamageCheck} raised and extraction stored, or from their codes alone.
 *
 * @param codes the flag codes, in the order raised
 */
public record DamageReport(List<String> codes) {
  public DamageReport {
    codes = List.copyOf(codes);
  }

  public static DamageReport of(List<DamageFlag> flags) {
    return new DamageReport(flags.stream().map(DamageFlag::code).toList());
  }

  /** The characters cannot be trusted: a quote or a missing match may be the damage speaking. */
  public boolean damaged() {
    return codes.stream().anyMatch(c -> !DamageFlag.OCR.equals(c));
  }

  /** Read by OCR and not yet checked by a person (quotes may carry OCR errors). */
  public boolean readByOcr() {
    return codes.contains(DamageFlag.OCR);
  }

  /**
   * Why, for people, or empty when nothing was flagged: "the text looks damaged: Khmer with its
   * subscript consonants (coeng) dropped (khmer-no-subscripts)".
   */
  public String reason() {
    List<String> damage = new ArrayList<>();
    for (String c : codes) {
      if (!DamageFlag.OCR.equals(c)) {
        damage.add(DamageFlag.meaning(c) + " (" + c + ")");
      }
    }
    String out = damage.isEmpty() ? "" : "the text looks damaged: " + String.join("; ", damage);
    if (readByOcr()) {
      out += (out.isEmpty() ? "" : "; ") + "the text was read by OCR and not yet checked against the original";
    }
    return out;
  }
}
