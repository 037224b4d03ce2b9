package org.policyscore.extract;

import java.util.List;
import java.util.Optional;
import org.policyscore.archive.DocumentKey;

/**
 * One document of a study as extraction sees it: its key, declared rules and snapshots.
 *
 * @param unreadable why its snapshots could not even be listed (a damaged record, a link in the
 *     archive); the document then fails, and keeps the text versions it had
 */
public record DocumentSource(DocumentKey key, ExtractionRules rules, List<SnapshotInput> snapshots,
    Optional<String> unreadable) {
  public DocumentSource {
    snapshots = List.copyOf(snapshots);
  }

  public DocumentSource(DocumentKey key, ExtractionRules rules, List<SnapshotInput> snapshots) {
    this(key, rules, snapshots, Optional.empty());
  }
}
