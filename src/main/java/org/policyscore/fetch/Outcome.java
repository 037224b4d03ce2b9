package org.policyscore.fetch;

/** What happened to one document in a fetch run, as the summary table says it. */
public enum Outcome {
  FETCHED_NEW("new snapshot", false),
  UNCHANGED("unchanged", false),
  NOT_FOUND_DECLARED("declared not found", false),
  OFFLINE_ARCHIVE("offline: archived copy", false),
  OFFLINE_NO_ARCHIVE("offline: no archived copy", true),
  FAILED_USED_ARCHIVE("FAILED: archived copy used", true),
  FAILED_NO_ARCHIVE("FAILED: no copy at all", true);

  private final String label;
  private final boolean failed;

  Outcome(String label, boolean failed) {
    this.label = label;
    this.failed = failed;
  }

  public String label() {
    return label;
  }

  /** Whether the run should end with exit code 3 (partial success). */
  public boolean failed() {
    return failed;
  }
}
