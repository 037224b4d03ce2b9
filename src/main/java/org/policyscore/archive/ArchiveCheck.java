package org.policyscore.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ArchiveVerifier} found.
 *
 * @param checked how many snapshots were re-hashed
 * @param findings everything out of order, problems first
 */
public record ArchiveCheck(int checked, List<Finding> findings) {

  public ArchiveCheck {
    findings = List.copyOf(findings);
  }

  public enum Kind {
    /** The record names a file that is not there. */
    MISSING(true),
    /** The file's bytes no longer match the SHA-256 or size in its record. */
    ALTERED(true),
    /** The record itself cannot be read. */
    DAMAGED_RECORD(true),
    /** A file with no record: most likely a write that was interrupted. Never listed; harmless. */
    UNRECORDED_FILE(false),
    /** A temporary file left by an interrupted write. Never listed; safe to delete. */
    UNFINISHED_WRITE(false);

    private final boolean problem;

    Kind(boolean problem) {
      this.problem = problem;
    }

    public boolean problem() {
      return problem;
    }
  }

  public record Finding(Kind kind, Path path, String detail) {}

  public List<Finding> problems() {
    return findings.stream().filter(f -> f.kind().problem()).toList();
  }

  public boolean ok() {
    return problems().isEmpty();
  }
}
