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
    MISSING(true, "MISSING"),
    /** The file's bytes no longer match the SHA-256 or size in its record. */
    ALTERED(true, "ALTERED"),
    /** The record itself cannot be read, or describes something other than the file beside it. */
    DAMAGED_RECORD(true, "DAMAGED RECORD"),
    /** The log says a snapshot was archived, and its record is gone. */
    RECORD_DELETED(true, "RECORD DELETED"),
    /** The record is not the one the log says was written. */
    RECORD_EDITED(true, "RECORD EDITED"),
    /** A record the log never recorded: put there by hand, or copied from another archive. */
    UNLOGGED_RECORD(true, "NOT IN THE LOG"),
    /** A line of the log was edited, removed or put in, or the log was cut short. */
    LOG_ALTERED(true, "LOG ALTERED"),
    /** The log is gone, though the head says there was one. */
    LOG_MISSING(true, "LOG MISSING"),
    /** The head is gone, or unreadable, though there is a log. */
    HEAD_MISSING(true, "HEAD MISSING"),
    /** The whole archive folder is gone, though the head says it held snapshots. */
    ARCHIVE_MISSING(true, "ARCHIVE MISSING"),
    /** A symbolic link inside the archive; never followed. */
    SYMLINK(true, "SYMBOLIC LINK"),
    /** An archive from before the log: checked by its records only until a write starts one. */
    LOG_NOT_STARTED(false, "note: no log yet"),
    /** A file with no record: most likely a write that was interrupted. Never listed; harmless. */
    UNRECORDED_FILE(false, "note: unrecorded file"),
    /** A temporary file or log line left by an interrupted write. Never used. */
    UNFINISHED_WRITE(false, "note: unfinished write");

    private final boolean problem;
    private final String label;

    Kind(boolean problem, String label) {
      this.problem = problem;
      this.label = label;
    }

    public boolean problem() {
      return problem;
    }

    /** How {@code verify} names it. */
    public String label() {
      return label;
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
