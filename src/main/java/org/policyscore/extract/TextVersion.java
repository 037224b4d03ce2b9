package org.policyscore.extract;

import org.policyscore.archive.DocumentKey;

/**
 * One text version of a document: the normalised Markdown, named by the UTC timestamp of the
 * first snapshot that gave this text, and its metadata.
 */
public record TextVersion(DocumentKey key, String timestamp, String text, VersionMetadata metadata) {}
