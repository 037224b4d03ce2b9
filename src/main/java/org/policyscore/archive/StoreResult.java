package org.policyscore.archive;

/**
 * What storing a copy did.
 *
 * @param snapshot the snapshot that now holds these bytes
 * @param added true when a new snapshot was written; false when the bytes were the same as the
 *     newest snapshot's, which was only marked as seen again
 */
public record StoreResult(Snapshot snapshot, boolean added) {}
