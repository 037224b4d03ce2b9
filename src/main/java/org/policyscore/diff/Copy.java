package org.policyscore.diff;

import java.time.Instant;
import java.util.Objects;
import org.policyscore.archive.Snapshot;

/**
 * One archived copy of a policy, as a story cites it: the SHA-256 of the bytes the archive
 * holds (the snapshot) and the dates the archive vouches for.
 *
 * @param sha256 SHA-256 of the archived bytes, lower-case hex: the copy's identity
 * @param firstRetrieved when these bytes were taken from the web (for an import, the date the
 *     person gave)
 * @param lastSeen the last time a fetch found the very same bytes again (equal to
 *     {@code firstRetrieved} when never seen again)
 * @param how {@code fetch} or {@code import}
 * @param source the address it came from, or the file name of an import with no address
 */
public record Copy(String sha256, Instant firstRetrieved, Instant lastSeen, String how, String source) {

  public Copy {
    Objects.requireNonNull(sha256);
    Objects.requireNonNull(firstRetrieved);
    Objects.requireNonNull(lastSeen);
    Objects.requireNonNull(how);
    Objects.requireNonNull(source);
  }

  public static Copy of(Snapshot s) {
    String source = s.provenance().finalUrl().or(() -> s.provenance().requestedUrl())
        .or(() -> s.provenance().sourceFile()).orElse("");
    return new Copy(s.sha256(), s.obtainedAt(), s.lastSeen(), s.origin().jsonName(), source);
  }

  /** "first retrieved 2026-03-01T09:00:00Z, last seen unchanged 2026-03-15T09:00:00Z". */
  public String dates() {
    return "first retrieved " + firstRetrieved + ", last seen unchanged " + lastSeen;
  }

  /** "fetch from https://..." or "import of saved.html". */
  public String origin() {
    if (source.isEmpty()) {
      return how;
    }
    return how + (how.equals("import") && !source.contains("://") ? " of " : " from ") + source;
  }
}
