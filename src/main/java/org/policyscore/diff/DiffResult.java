package org.policyscore.diff;

import java.util.List;

/** The comparison of two versions: every unit of both, aligned, with what changed. */
public record DiffResult(TextSide before, TextSide after, List<DiffRow> rows) {

  public DiffResult {
    rows = List.copyOf(rows);
  }

  /** Rows that say something changed (everything but unchanged units). */
  public List<DiffRow> changes() {
    return rows.stream().filter(r -> r.kind() != DiffRow.Kind.SAME).toList();
  }

  public boolean hasChanges() {
    return rows.stream().anyMatch(r -> r.kind() != DiffRow.Kind.SAME);
  }

  public long added() {
    return count(DiffRow.Kind.ADDED);
  }

  public long removed() {
    return count(DiffRow.Kind.REMOVED);
  }

  public long changed() {
    return count(DiffRow.Kind.CHANGED);
  }

  public long moved() {
    return count(DiffRow.Kind.MOVED);
  }

  /** "2 added, 1 removed, 1 changed, 3 moved" (units are sentences, clauses and headings). */
  public String summary() {
    if (!hasChanges()) {
      return "no change in wording";
    }
    return added() + " added, " + removed() + " removed, " + changed() + " changed, " + moved() + " moved";
  }

  private long count(DiffRow.Kind kind) {
    return rows.stream().filter(r -> r.kind() == kind).count();
  }
}
