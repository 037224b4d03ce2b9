package org.policyscore.extract;

/** A snapshot that gave no text version, and why, for the summary. */
public record SnapshotFailure(String timestamp, String sha256, String problem) {}
