package org.policyscore.pipeline;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import org.policyscore.archive.DocumentKey;
import org.policyscore.evidence.StoredText;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;

/** Whether a study has anything to score in a year: a text version in force then. */
final class TextsInForce {
  private TextsInForce() {}

  /**
   * Why {@code year} cannot be scored, or empty when it can: some declared document has a text
   * version dated in the year or before, or every document is declared not found (a company
   * that publishes nothing is scored "no disclosure found" from the declarations).
   */
  static Optional<String> nothingToScore(Study study, TextVersionStore texts, int year) throws IOException {
    boolean declared = false;
    OptionalInt earliest = OptionalInt.empty();
    for (Company company : study.companies()) {
      for (PolicyDocument doc : company.documents()) {
        for (DocumentVersion v : doc.versions()) {
          if (v.notFound()) {
            continue;
          }
          declared = true;
          DocumentKey key = new DocumentKey(company.id(), doc.id(), v.lang());
          if (StoredText.newestAsOf(texts, key, year).isPresent()) {
            return Optional.empty();
          }
          for (String stamp : texts.timestamps(key)) {
            if (stamp.matches("\\d{4}.*")) {
              int y = Integer.parseInt(stamp.substring(0, 4));
              earliest = OptionalInt.of(earliest.isPresent() ? Math.min(earliest.getAsInt(), y) : y);
            }
          }
        }
      }
    }
    if (!declared) {
      return Optional.empty();
    }
    if (earliest.isEmpty()) {
      return Optional.of("nothing to score for " + year + ": no document of " + study.id()
          + " has a text version yet (run fetch or import, then extract)");
    }
    return Optional.of("nothing to score for " + year + ": no document of " + study.id()
        + " has a text version dated " + year + " or earlier; its texts are dated " + earliest.getAsInt()
        + " and later, so score " + earliest.getAsInt() + " or a later year, or import the copies that were"
        + " in force in " + year + " with 'policyscore import ... --retrieved DATE'");
  }
}
