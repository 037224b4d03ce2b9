package org.policyscore.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The elements a change touches: those for which a changed sentence (added, removed or
 * reworded) is evidence on its own, and those whose suggested answer differs between the two
 * versions. Moved text that kept its wording touches nothing: moving a clause does not change
 * what it discloses.
 *
 * <p>A policy published in two languages changes in both, but cues are written per language
 * and never catch exactly the same things. So the changes of the same section in the
 * translation (see {@link ChangedSections}) count too: a clause and its translation touch the
 * same elements, whichever language's cues caught them. The answers before and after are
 * suggested from all the languages given, as {@code score} suggests them from all of a
 * document's languages; an element whose answer differs only because the translation changed
 * in another section is left to that translation's own diff.
 *
 * @param locator the name of what found the elements (e.g. the catalogue id)
 * @param languages the languages whose texts were read, the compared one first
 */
public record ElementsTouched(String locator, List<TouchedElement> elements, List<String> languages) {
  private static final String NONE = "no disclosure found";

  public ElementsTouched {
    elements = List.copyOf(elements);
    languages = List.copyOf(languages);
  }

  /** The elements a diff touches, from its own language alone. */
  public static ElementsTouched find(DiffResult diff, ElementLocator locator) {
    return find(diff, locator, List.of());
  }

  /**
   * @param translations the same document's change over the same time in its other languages
   *     (a diff whose two sides are the same text when a translation did not change)
   */
  public static ElementsTouched find(DiffResult diff, ElementLocator locator, List<DiffResult> translations) {
    List<DiffResult> all = new ArrayList<>();
    all.add(diff);
    all.addAll(translations);
    Map<String, String> ownBefore = locator.locate(diff.before().text(), diff.before().lang()).suggested();
    Map<String, String> ownAfter = locator.locate(diff.after().text(), diff.after().lang()).suggested();
    Map<String, String> before = new LinkedHashMap<>(ownBefore);
    Map<String, String> after = new LinkedHashMap<>(ownAfter);
    for (DiffResult t : translations) {
      merge(before, locator.locate(t.before().text(), t.before().lang()).suggested());
      merge(after, locator.locate(t.after().text(), t.after().lang()).suggested());
    }

    // evidence in the changed sentences of the sections this diff changes, in every language
    List<ChangedSections.Placed> here = ChangedSections.of(diff);
    Set<String> sections = new HashSet<>();
    here.forEach(p -> sections.add(p.section()));
    Map<String, Found> found = new LinkedHashMap<>();
    for (ChangedSections.Placed p : here) {
      evidence(p.row(), diff.after().lang(), locator, found);
    }
    for (DiffResult t : translations) {
      for (ChangedSections.Placed p : ChangedSections.of(t)) {
        if (sections.contains(p.section())) {
          evidence(p.row(), t.after().lang(), locator, found);
        }
      }
    }

    Set<String> unordered = new LinkedHashSet<>(after.keySet());
    unordered.addAll(before.keySet());
    unordered.addAll(found.keySet());
    List<String> ids = new ArrayList<>(unordered);
    ids.sort(java.util.Comparator.comparingInt(locator::position).thenComparing(java.util.Comparator.naturalOrder()));
    List<TouchedElement> out = new ArrayList<>();
    for (String id : ids) {
      String was = before.getOrDefault(id, NONE);
      String now = after.getOrDefault(id, NONE);
      Found f = found.get(id);
      // an answer that differs only because a translation changed elsewhere is that change's
      boolean ownDiffers = !ownBefore.getOrDefault(id, NONE).equals(ownAfter.getOrDefault(id, NONE));
      if (f != null || (!was.equals(now) && ownDiffers)) {
        out.add(new TouchedElement(id, locator.question(id), was, now,
            f == null ? List.of() : f.evidence, f == null ? List.of() : f.quotes()));
      }
    }
    List<String> languages = new ArrayList<>();
    all.forEach(d -> {
      if (!languages.contains(d.after().lang())) {
        languages.add(d.after().lang());
      }
    });
    return new ElementsTouched(locator.name(), out, languages);
  }

  /** What the changed sentences of one or more languages say about one element. */
  private static final class Found {
    final List<TouchedElement.Evidence> evidence = new ArrayList<>();
    TouchedElement.Quote before;
    TouchedElement.Quote after;

    /** The compared language's rows come first, so its sentences are quoted when it has any. */
    void add(TouchedElement.Change change, String lang, String quoteBefore, String quoteAfter) {
      TouchedElement.Evidence e = new TouchedElement.Evidence(lang, change);
      if (!evidence.contains(e)) {
        evidence.add(e);
      }
      if (quoteBefore != null && before == null) {
        before = new TouchedElement.Quote("before", lang, quoteBefore);
      }
      if (quoteAfter != null && after == null) {
        after = new TouchedElement.Quote("after", lang, quoteAfter);
      }
    }

    List<TouchedElement.Quote> quotes() {
      List<TouchedElement.Quote> q = new ArrayList<>();
      if (before != null) {
        q.add(before);
      }
      if (after != null) {
        q.add(after);
      }
      return q;
    }
  }

  /** Records what one changed row is evidence for: added, removed, or reworded evidence. */
  private static void evidence(DiffRow row, String lang, ElementLocator locator, Map<String, Found> into) {
    Set<String> was = row.before() == null || row.kind() == DiffRow.Kind.ADDED ? Set.of()
        : locator.elementsIn(row.before().text(), lang);
    Set<String> now = row.after() == null || row.kind() == DiffRow.Kind.REMOVED ? Set.of()
        : locator.elementsIn(row.after().text(), lang);
    for (String id : was) {
      TouchedElement.Change c = now.contains(id) ? TouchedElement.Change.REWORDED : TouchedElement.Change.REMOVED;
      into.computeIfAbsent(id, k -> new Found()).add(c, lang, row.before().text(),
          c == TouchedElement.Change.REWORDED ? row.after().text() : null);
    }
    for (String id : now) {
      if (!was.contains(id)) {
        into.computeIfAbsent(id, k -> new Found()).add(TouchedElement.Change.ADDED, lang, null, row.after().text());
      }
    }
  }

  /** The best answer any language suggests, as scoring takes evidence from any language. */
  private static void merge(Map<String, String> into, Map<String, String> suggested) {
    suggested.forEach((id, answer) -> into.merge(id, answer, (a, b) -> rank(b) > rank(a) ? b : a));
  }

  private static int rank(String answer) {
    return switch (answer) {
      case "yes" -> 3;
      case "partial" -> 2;
      case "no" -> 1;
      case NONE -> 0;
      default -> -1;
    };
  }

  /** For tests and callers that only need the ids. */
  public List<String> ids() {
    return elements.stream().map(TouchedElement::elementId).toList();
  }

  /** Groups element ids by indicator ("P3a.1", "P3a.2" under "P3a"), in order. */
  public Map<String, List<TouchedElement>> byIndicator() {
    Map<String, List<TouchedElement>> out = new LinkedHashMap<>();
    for (TouchedElement e : elements) {
      int dot = e.elementId().lastIndexOf('.');
      out.computeIfAbsent(dot < 0 ? e.elementId() : e.elementId().substring(0, dot), k -> new ArrayList<>()).add(e);
    }
    return out;
  }

}
