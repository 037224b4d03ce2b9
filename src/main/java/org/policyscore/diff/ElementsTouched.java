package org.policyscore.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The elements a diff touches: those whose evidence lies in changed text (in either version)
 * and those whose suggested answer differs between the versions. Moved text that kept its
 * wording touches nothing: moving a clause does not change what it discloses.
 *
 * @param locator the name of what found the elements (e.g. the catalogue id)
 */
public record ElementsTouched(String locator, List<TouchedElement> elements) {
  public ElementsTouched {
    elements = List.copyOf(elements);
  }

  public static ElementsTouched find(DiffResult diff, ElementLocator locator) {
    return start(diff.before(), diff.after(), locator).finish(diff);
  }

  /**
   * Starts reading both versions for evidence, each on a thread of its own, so that the work
   * overlaps the comparison of the texts: finish it with {@link Pending#finish} once the diff
   * is made. On two cores a diff then costs the time of its longest part, not of all parts.
   */
  public static Pending start(TextSide before, TextSide after, ElementLocator locator) {
    if (before.text().equals(after.text()) && before.lang().equals(after.lang())) {
      return new Pending(locator.name(), null, null); // the same text speaks to the same elements
    }
    return new Pending(locator.name(),
        CompletableFuture.supplyAsync(() -> locator.locate(before.text(), before.lang())),
        CompletableFuture.supplyAsync(() -> locator.locate(after.text(), after.lang())));
  }

  /** Evidence being found in two versions; null futures when the versions are the same text. */
  public static final class Pending {
    private final String locator;
    private final CompletableFuture<ElementFindings> before;
    private final CompletableFuture<ElementFindings> after;

    private Pending(String locator, CompletableFuture<ElementFindings> before, CompletableFuture<ElementFindings> after) {
      this.locator = locator;
      this.before = before;
      this.after = after;
    }

    /** The elements the diff of the two versions touches. */
    public ElementsTouched finish(DiffResult diff) {
      if (before == null) {
        return new ElementsTouched(locator, List.of());
      }
      return touched(diff, join(before), join(after), locator);
    }

    private static ElementFindings join(CompletableFuture<ElementFindings> f) {
      try {
        return f.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }
  }

  private static ElementsTouched touched(DiffResult diff, ElementFindings before, ElementFindings after, String locator) {
    List<Unit> changedBefore = new ArrayList<>();
    List<Unit> changedAfter = new ArrayList<>();
    for (DiffRow r : diff.rows()) {
      if (r.changesWording()) {
        if (r.before() != null) {
          changedBefore.add(r.before());
        }
        if (r.after() != null) {
          changedAfter.add(r.after());
        }
      }
    }
    changedBefore.sort(java.util.Comparator.comparingInt(Unit::start));
    changedAfter.sort(java.util.Comparator.comparingInt(Unit::start));
    Map<String, String> quoteBefore = quotes(before.hits(), changedBefore);
    Map<String, String> quoteAfter = quotes(after.hits(), changedAfter);

    Set<String> ids = new LinkedHashSet<>(after.suggested().keySet());
    ids.addAll(before.suggested().keySet());
    List<TouchedElement> out = new ArrayList<>();
    for (String id : ids) {
      String was = before.suggested().getOrDefault(id, "no disclosure found");
      String now = after.suggested().getOrDefault(id, "no disclosure found");
      boolean evidence = quoteBefore.containsKey(id) || quoteAfter.containsKey(id);
      if (evidence || !was.equals(now)) {
        out.add(new TouchedElement(id, was, now, evidence,
            quoteBefore.getOrDefault(id, ""), quoteAfter.getOrDefault(id, "")));
      }
    }
    return new ElementsTouched(locator, out);
  }

  /** Element id to the first changed unit its evidence overlaps. */
  private static Map<String, String> quotes(List<EvidenceSpan> hits, List<Unit> changed) {
    Map<String, String> out = new LinkedHashMap<>();
    if (changed.isEmpty()) {
      return out;
    }
    for (EvidenceSpan h : hits) {
      if (out.containsKey(h.elementId())) {
        continue;
      }
      Unit u = overlapping(changed, h);
      if (u != null) {
        out.put(h.elementId(), u.text());
      }
    }
    return out;
  }

  /** Binary search: changed units are in text order and do not overlap. */
  private static Unit overlapping(List<Unit> units, EvidenceSpan h) {
    int lo = 0;
    int hi = units.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Unit u = units.get(mid);
      if (u.end() <= h.start()) {
        lo = mid + 1;
      } else if (u.start() >= h.end()) {
        hi = mid - 1;
      } else {
        return u;
      }
    }
    return null;
  }
}
