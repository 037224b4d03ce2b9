package org.policyscore.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyscore.text.Numbers;

/**
 * Where each change of a diff stands, in terms that hold across a policy's translations: the
 * clause number of the section it stands in ("3", read from Latin or Khmer digits, so "3." and
 * "៣." are one section), or, for a section without a number, the section's place among the
 * headings ("#2"). The English and Khmer texts of one policy have the same sections in the same
 * order, so a change and its translation fall in the same section.
 */
final class ChangedSections {
  private ChangedSections() {}

  /** A row that changes wording, and the key of the section it stands in. */
  record Placed(DiffRow row, String section) {}

  /** Every row that changes wording, in order, with its section key. */
  static List<Placed> of(DiffResult diff) {
    Map<Integer, String> older = keys(units(diff, true));
    Map<Integer, String> newer = keys(units(diff, false));
    List<Placed> out = new ArrayList<>();
    for (DiffRow r : diff.rows()) {
      if (r.changesWording()) {
        out.add(new Placed(r, r.after() != null ? newer.get(r.after().index()) : older.get(r.before().index())));
      }
    }
    return out;
  }

  /** Every unit of one version, in order (each appears in exactly one row as that side). */
  private static List<Unit> units(DiffResult diff, boolean olderVersion) {
    List<Unit> out = new ArrayList<>();
    for (DiffRow r : diff.rows()) {
      if (olderVersion && r.before() != null && r.kind() != DiffRow.Kind.MOVED) {
        out.add(r.before());
      } else if (!olderVersion && r.after() != null && r.kind() != DiffRow.Kind.MOVED_AWAY) {
        out.add(r.after());
      }
    }
    out.sort(Comparator.comparingInt(Unit::index));
    return out;
  }

  private static Map<Integer, String> keys(List<Unit> units) {
    Map<Integer, String> out = new HashMap<>();
    int ordinal = 0;
    String key = "#0";
    for (Unit u : units) {
      if (u.heading()) {
        ordinal++;
        key = Numbers.clauseNumber(u.text()).orElse("#" + ordinal);
      }
      out.put(u.index(), key);
    }
    return out;
  }
}
