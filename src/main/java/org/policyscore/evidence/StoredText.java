package org.policyscore.evidence;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.policyscore.archive.DocumentKey;
import org.policyscore.extract.TextVersion;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.text.DamageFlag;
import org.policyscore.text.DamageReport;

/**
 * What evidence needs of a text version: its text, the snapshot it names (the first that gave
 * this text: the version is named after it) and the damage flags extraction raised.
 *
 * @param stamp the version's name: the UTC time stamp of the first snapshot that gave it
 * @param snapshotSha that snapshot's SHA-256
 * @param flags the codes of the damage flags (e.g. {@code khmer-orphan-sign})
 */
public record StoredText(String stamp, String text, String snapshotSha, List<String> flags) {
  public StoredText {
    flags = List.copyOf(flags);
  }

  /**
   * Extraction raised no flag that says the characters are wrong: the text is what the page
   * says, in its language (a text read by OCR passes, flagged for a person to check).
   */
  public boolean passesLanguageCheck() {
    return !damage().damaged();
  }

  public DamageReport damage() {
    return new DamageReport(flags);
  }

  /** The newest version whose time stamp falls in {@code year} or before, if any. */
  public static Optional<StoredText> newestAsOf(TextVersionStore store, DocumentKey key, int year)
      throws IOException {
    List<TextVersion> versions = store.versions(key);
    for (int i = versions.size() - 1; i >= 0; i--) {
      TextVersion v = versions.get(i);
      if (v.timestamp().matches("\\d{4}.*") && Integer.parseInt(v.timestamp().substring(0, 4)) <= year) {
        if (v.metadata().snapshots().isEmpty()) {
          throw new IOException(store.metadataFile(key, v.timestamp()) + ": no snapshot recorded for this text version; run extract again");
        }
        return Optional.of(new StoredText(v.timestamp(), v.text(), v.metadata().snapshots().get(0),
            v.metadata().flags().stream().map(DamageFlag::code).toList()));
      }
    }
    return Optional.empty();
  }
}
