package org.policyscore.archive;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One archived copy of a document: the raw bytes at {@link #file()} and the record beside them
 * ({@link #sidecar()}, JSON). Snapshots are never changed; only {@link #seenUnchanged()} grows
 * when a later fetch finds the same bytes again.
 *
 * @param id the file name without extension: the UTC time the copy was obtained, e.g.
 *     {@code 20261122T071500Z} (with {@code -2}, {@code -3}... if that second is taken)
 * @param sha256 lower-case hex SHA-256 of the bytes; cite its first 12 characters
 * @param archivedAt when the tool wrote it (for an import, later than {@code provenance.obtainedAt})
 * @param seenUnchanged later times the same bytes were fetched again, oldest first
 */
public record Snapshot(
    DocumentKey key,
    String id,
    Path file,
    Path sidecar,
    String sha256,
    long size,
    Provenance provenance,
    Instant archivedAt,
    String toolVersion,
    List<Instant> seenUnchanged) {

  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  public Snapshot {
    seenUnchanged = List.copyOf(seenUnchanged);
  }

  /** When the copy was obtained from the web. */
  public Instant obtainedAt() {
    return provenance.obtainedAt();
  }

  /** The last time these bytes were seen on the web: obtained, or seen again unchanged. */
  public Instant lastSeen() {
    return seenUnchanged.isEmpty() ? obtainedAt() : seenUnchanged.get(seenUnchanged.size() - 1);
  }

  public Origin origin() {
    return provenance.origin();
  }

  public String contentType() {
    return provenance.contentType();
  }

  /** The hash prefix people cite and answers.csv records. */
  public String shortHash() {
    return sha256.substring(0, 12);
  }

  /** A file-name-safe UTC time stamp, e.g. {@code 20261122T071500Z}. */
  public static String stamp(Instant t) {
    return STAMP.format(t);
  }
}
