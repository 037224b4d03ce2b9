package org.policyscore.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
    return start(diff.before(), diff.after(), locator).finish(diff, translations);
  }

  /**
   * Starts reading both versions for evidence, each on a thread of its own, so that the work
   * overlaps the comparison of their texts: finish it with {@link Pending#finish} once the diff
   * is made. On two cores a diff then takes about the time of its longest part.
   */
  public static Pending start(TextSide before, TextSide after, ElementLocator locator) {
    if (before.text().equals(after.text()) && before.lang().equals(after.lang())) {
      return new Pending(locator, null, null); // the same text: no sentence changed, no answer differs
    }
    return new Pending(locator, read(locator, before), read(locator, after));
  }

  private static CompletableFuture<ElementFindings> read(ElementLocator locator, TextSide side) {
    return CompletableFuture.supplyAsync(() -> locator.locate(side.text(), side.lang()));
  }

  /** Evidence being found in two versions; null futures when the versions are the same text. */
  public static final class Pending {
    private final ElementLocator locator;
    private final CompletableFuture<ElementFindings> before;
    private final CompletableFuture<ElementFindings> after;

    private Pending(ElementLocator locator, CompletableFuture<ElementFindings> before,
        CompletableFuture<ElementFindings> after) {
      this.locator = locator;
      this.before = before;
      this.after = after;
    }

    /** The elements the diff of the two versions touches, from its own language alone. */
    public ElementsTouched finish(DiffResult diff) {
      return finish(diff, List.of());
    }

    /** As {@link ElementsTouched#find(DiffResult, ElementLocator, List)}. */
    public ElementsTouched finish(DiffResult diff, List<DiffResult> translations) {
      if (before == null) {
        List<String> languages = new ArrayList<>(List.of(diff.after().lang()));
        translations.forEach(t -> {
          if (!languages.contains(t.after().lang())) {
            languages.add(t.after().lang());
          }
        });
        return new ElementsTouched(locator.name(), List.of(), languages);
      }
      List<CompletableFuture<ElementFindings>> others = new ArrayList<>();
      for (DiffResult t : translations) {
        others.add(read(locator, t.before()));
        others.add(read(locator, t.after()));
      }
      return touched(diff, locator, translations, join(before).suggested(), join(after).suggested(),
          others.stream().map(f -> join(f).suggested()).toList());
    }

    private static ElementFindings join(CompletableFuture<ElementFindings> f) {
      try {
        return f.join();
      } catch (CompletionException e) {
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

  /** @param translated the suggestions of each translation's older and newer text, in that order */
  private static ElementsTouched touched(DiffResult diff, ElementLocator locator, List<DiffResult> translations,
      Map<String, String> ownBefore, Map<String, String> ownAfter, List<Map<String, String>> translated) {
    List<DiffResult> all = new ArrayList<>();
    all.add(diff);
    all.addAll(translations);
    Map<String, String> before = new LinkedHashMap<>(ownBefore);
    Map<String, String> after = new LinkedHashMap<>(ownAfter);
    for (int i = 0; i < translated.size(); i += 2) {
      merge(before, translated.get(i));
      merge(after, translated.get(i + 1));
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
