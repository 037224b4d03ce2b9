package org.policyscore.extract;

import java.util.List;
import org.policyscore.archive.DocumentKey;

/** One document of a study as extraction sees it: its key, declared rules and snapshots. */
public record DocumentSource(DocumentKey key, ExtractionRules rules, List<SnapshotInput> snapshots) {
  public DocumentSource {
    snapshots = List.copyOf(snapshots);
  }
}
