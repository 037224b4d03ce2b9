package org.policyscore.diff;

import java.util.List;

/**
 * One line of a diff, in the newer version's reading order.
 *
 * @param before the unit in the older version; null for {@link Kind#ADDED}
 * @param after the unit in the newer version; null for {@link Kind#REMOVED}
 * @param spans word-level marks, for a changed unit (and a moved one that was also reworded);
 *     empty otherwise
 * @param section the heading the row stands under where it is shown (for a unit moved away
 *     with its whole section, the section it used to follow)
 * @param place for {@link Kind#MOVED}, where it came from; for {@link Kind#MOVED_AWAY}, where it
 *     went: "§ 2. Title", or "after § 5. Title" when a whole section moved; "" otherwise
 */
public record DiffRow(Kind kind, Unit before, Unit after, List<Span> spans, String section, String place) {

  public enum Kind {
    /** Same wording in both versions. */
    SAME,
    /** Only in the newer version. */
    ADDED,
    /** Only in the older version. */
    REMOVED,
    /** Reworded in place. */
    CHANGED,
    /** At a new place in the newer version (shown there); {@link #reworded()} if also changed. */
    MOVED,
    /** Where a moved unit used to stand; {@code after} is where it went. Not counted. */
    MOVED_AWAY
  }

  public DiffRow {
    spans = List.copyOf(spans);
  }

  /** Whether this row starts a run of units moved together (to show the move once). */
  public boolean startsMoveGroup(DiffRow previous) {
    return previous == null || previous.kind != kind || !previous.place.equals(place);
  }

  /** A moved unit whose wording also changed. */
  public boolean reworded() {
    return kind == Kind.MOVED && !before.key().equals(after.key());
  }

  /** Whether this row changes wording (what evidence in it may no longer say, or newly say). */
  public boolean changesWording() {
    return switch (kind) {
      case ADDED, REMOVED, CHANGED -> true;
      case MOVED -> reworded();
      case SAME, MOVED_AWAY -> false;
    };
  }
}
