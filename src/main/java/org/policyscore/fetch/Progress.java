package org.policyscore.fetch;

import org.policyscore.archive.DocumentKey;

/**
 * Told about a run's progress, from several threads at once (one per host): implementations
 * must be thread-safe. The command line draws a bar on a terminal and prints lines elsewhere.
 */
public interface Progress {
  Progress NONE = new Progress() {};

  default void started(int documents) {}

  default void documentStarted(DocumentKey key) {}

  default void documentDone(DocumentOutcome outcome) {}

  default void finished() {}
}
