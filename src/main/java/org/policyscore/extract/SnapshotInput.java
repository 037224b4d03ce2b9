package org.policyscore.extract;

import java.io.IOException;

/**
 * What extraction needs to know of one archived snapshot. The bytes are loaded only when
 * needed, one snapshot at a time, so a long history does not sit in memory.
 *
 * @param timestamp UTC timestamp the snapshot is named by; orders snapshots and names versions
 * @param sha256 the snapshot's SHA-256 (hex), recorded in version metadata
 * @param contentType the Content-Type recorded with it (may be empty)
 * @param url the final URL it came from (may be empty)
 */
public record SnapshotInput(String timestamp, String sha256, String contentType, String url, Content content) {

  /** Reads the snapshot's bytes. */
  @FunctionalInterface
  public interface Content {
    byte[] load() throws IOException;
  }
}
