package org.policyscore.extract;

import java.util.List;
import org.policyscore.archive.DocumentKey;
import org.policyscore.text.DamageFlag;

/**
 * The text versions built from one document's snapshots, and the snapshots that failed.
 *
 * @param snapshots how many snapshots were read
 * @param warnings distinct warnings from any snapshot (e.g. a remove selector that matched nothing)
 * @param newestFailed whether the newest snapshot gave no text (the current text is missing or stale)
 */
public record DocumentResult(
    DocumentKey key,
    int snapshots,
    List<TextVersion> versions,
    List<SnapshotFailure> failures,
    List<String> warnings,
    boolean newestFailed) {

  public DocumentResult {
    versions = List.copyOf(versions);
    failures = List.copyOf(failures);
    warnings = List.copyOf(warnings);
  }

  /**
   * The document has no text, or its newest snapshot gave none. An old snapshot that failed is
   * reported but does not fail the document: its current text is good.
   */
  public boolean failed() {
    return versions.isEmpty() || newestFailed;
  }

  /** The damage flags of the newest version (what a reader of the current text should know). */
  public List<DamageFlag> newestFlags() {
    return versions.isEmpty() ? List.of() : versions.get(versions.size() - 1).metadata().flags();
  }
}
