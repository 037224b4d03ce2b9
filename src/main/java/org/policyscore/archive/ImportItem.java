package org.policyscore.archive;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One saved copy to import: the file, the document it is a copy of, where it was taken from
 * and when.
 *
 * @param where how a person finds the line that asked for it: "listing.csv:4" or the file
 */
public record ImportItem(Path file, DocumentKey key, Optional<String> url, Instant retrieved, String where) {}
