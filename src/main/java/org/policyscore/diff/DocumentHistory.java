package org.policyscore.diff;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyscore.archive.Archive;
import org.policyscore.extract.TextVersionStore;

/**
 * A document's text versions in each of its languages, so that a change in one language can be
 * read together with the same change in its translation: the elements touched are then the
 * same for a clause and its translation (see {@link ElementsTouched}).
 */
public final class DocumentHistory {
  private final Map<String, TextHistory> byLanguage;
  private final Map<String, DocumentRef> refs;

  private DocumentHistory(Map<String, TextHistory> byLanguage, Map<String, DocumentRef> refs) {
    this.byLanguage = byLanguage;
    this.refs = refs;
  }

  /**
   * @param languages the document in each of its languages (same company and document)
   * @param archive where the copies are; null for none
   */
  public static DocumentHistory read(TextVersionStore store, Archive archive, List<DocumentRef> languages)
      throws IOException {
    Map<String, TextHistory> by = new LinkedHashMap<>();
    Map<String, DocumentRef> refs = new LinkedHashMap<>();
    for (DocumentRef r : languages) {
      by.put(r.lang(), TextHistory.read(store, archive, r.key(), r.path()));
      refs.put(r.lang(), r);
    }
    return new DocumentHistory(by, refs);
  }

  public List<String> languages() {
    return List.copyOf(byLanguage.keySet());
  }

  public TextHistory language(String lang) {
    TextHistory h = byLanguage.get(lang);
    if (h == null) {
      throw new IllegalArgumentException("no language " + lang + " in " + refs.keySet());
    }
    return h;
  }

  public DocumentRef ref(String lang) {
    return refs.get(lang);
  }

  /** A comparison of two versions, and the elements it touches (null when not looked for). */
  public record Compared(DiffResult diff, ElementsTouched touched) {}

  /**
   * Compares the versions a person asks for: {@code to} (default the newest) and {@code from}
   * (default the one before it), each a date, timestamp or hash prefix (see {@link
   * TextHistory#pick}).
   *
   * @param folder the documents' text folder as the person knows it, for messages
   * @throws NoSuchVersionException when there is nothing to compare, or no such version
   */
  public Compared compare(String lang, String from, String to, ElementLocator locator, String folder)
      throws IOException, NoSuchVersionException {
    TextHistory history = language(lang);
    List<TextHistory.Version> versions = history.versions();
    String label = history.label();
    if (versions.size() < 2 && (from == null || to == null)) {
      throw new NoSuchVersionException(versions.isEmpty()
          ? "no text versions of " + label + " in " + folder + "; run 'policyscore fetch' and 'policyscore extract' first"
          : "only one text version of " + label + " (" + versions.get(0).id() + ", first archived): nothing to compare yet");
    }
    try {
      TextHistory.Version newer = to == null ? versions.get(versions.size() - 1) : history.pick(to);
      TextHistory.Version older;
      if (from != null) {
        older = history.pick(from);
      } else {
        int i = versions.indexOf(newer);
        if (i == 0) {
          throw new NoSuchVersionException("the version " + newer.id() + " of " + label
              + " is the first archived: nothing before it to compare");
        }
        older = versions.get(i - 1);
      }
      return compare(lang, older, newer, locator);
    } catch (IllegalArgumentException e) {
      throw new NoSuchVersionException(e.getMessage());
    }
  }

  /**
   * Compares two versions of one language; the elements touched also read the translations'
   * change over the same time.
   *
   * @param locator null to leave the elements out
   */
  public Compared compare(String lang, TextHistory.Version older, TextHistory.Version newer, ElementLocator locator)
      throws IOException {
    TextHistory h = language(lang);
    TextSide before = named(lang, h.side(older));
    TextSide after = named(lang, h.side(newer));
    // evidence is looked for in both versions while their texts are compared
    ElementsTouched.Pending elements = locator == null ? null : ElementsTouched.start(before, after, locator);
    DiffResult diff = PolicyDiff.compare(before, after);
    if (locator == null) {
      return new Compared(diff, null);
    }
    List<DiffResult> translations = new ArrayList<>();
    for (Map.Entry<String, TextHistory> t : byLanguage.entrySet()) {
      if (t.getKey().equals(lang)) {
        continue;
      }
      Optional<TextHistory.Version> from = counterpart(h, t.getValue(), older);
      Optional<TextHistory.Version> to = counterpart(h, t.getValue(), newer);
      // a translation that did not exist yet at one end would make answers differ for no change
      if (from.isPresent() && to.isPresent() && !to.get().when().isBefore(from.get().when())) {
        translations.add(PolicyDiff.compare(t.getValue().side(from.get()), t.getValue().side(to.get())));
      }
    }
    return new Compared(diff, elements.finish(diff, translations));
  }

  /** The side labelled as a reader knows the document: "Smart Axiata, Privacy Notice (Khmer) — smart/privacy/km". */
  private TextSide named(String lang, TextSide side) {
    DocumentRef r = refs.get(lang);
    return new TextSide(r.displayName() + " \u2014 " + r.path(), side.lang(), side.text(), side.citation());
  }

  /**
   * The translation's version that goes with {@code v}: the one nearest in time, when {@code v}
   * is also the nearest to it (the two were published, or fetched, together); otherwise the one
   * in force at {@code v}'s time, when any.
   */
  static Optional<TextHistory.Version> counterpart(TextHistory of, TextHistory translation, TextHistory.Version v) {
    Optional<TextHistory.Version> nearest = nearest(translation.versions(), v.when());
    if (nearest.isPresent()) {
      Optional<TextHistory.Version> back = nearest(of.versions(), nearest.get().when());
      if (back.isPresent() && back.get().id().equals(v.id())) {
        return nearest;
      }
    }
    return translation.inForceAt(v.when());
  }

  private static Optional<TextHistory.Version> nearest(List<TextHistory.Version> versions, Instant at) {
    TextHistory.Version best = null;
    Duration bestGap = null;
    for (TextHistory.Version v : versions) {
      Duration gap = Duration.between(v.when(), at).abs();
      if (bestGap == null || gap.compareTo(bestGap) < 0) {
        best = v;
        bestGap = gap;
      }
    }
    return Optional.ofNullable(best);
  }
}
