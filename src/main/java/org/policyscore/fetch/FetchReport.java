package org.policyscore.fetch;

import java.util.List;
import java.util.Optional;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;

/** Every document of a fetch run, in the study's order. */
public record FetchReport(List<DocumentOutcome> outcomes) {

  public FetchReport {
    outcomes = List.copyOf(outcomes);
  }

  /** True when some document could not be fetched: the run should exit 3. */
  public boolean anyFailed() {
    return outcomes.stream().anyMatch(o -> o.outcome().failed());
  }

  public long count(Outcome outcome) {
    return outcomes.stream().filter(o -> o.outcome() == outcome).count();
  }

  public List<DocumentOutcome> failures() {
    return outcomes.stream().filter(o -> o.outcome().failed()).toList();
  }

  /** The snapshot to use for {@code key}, whatever happened in this run. */
  public Optional<Snapshot> snapshot(DocumentKey key) {
    return outcomes.stream().filter(o -> o.key().equals(key)).findFirst().flatMap(DocumentOutcome::snapshot);
  }
}
