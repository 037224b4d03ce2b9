package org.policyscore.fetch;

import java.util.Optional;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;

/**
 * One row of the summary table.
 *
 * @param reason why it failed, what the note says for a document declared not found, or
 *     empty-ish detail for a success (e.g. "2 redirects")
 * @param snapshot the copy the rest of the pipeline should use: the new one, the unchanged one,
 *     or the newest archived one after a failure; empty when there is none
 */
public record DocumentOutcome(DocumentKey key, Outcome outcome, String reason, Optional<Snapshot> snapshot) {}
