package org.policyscore.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyscore.archive.DocumentKey;
import org.policyscore.text.LanguageCheck;

/**
 * Rebuilds the text versions of many documents from their snapshots ({@code extract}): for each
 * document, {@link VersionBuilder} then {@link TextVersionStore#replaceAll}; a document whose
 * snapshots all fail keeps the versions it had (nothing is thrown away on a bad day), and the
 * batch goes on. Then the English and Khmer versions of each document are compared
 * ({@link LanguageCheck}).
 */
public final class TextRebuild {
  private final VersionBuilder builder;
  private final TextVersionStore store;
  private final boolean reuseOcr;

  /** Reads every snapshot again ({@code extract}). */
  public TextRebuild(Extractor extractor, TextVersionStore store) {
    this(extractor, store, false);
  }

  /**
   * @param reuseOcr whether a scanned snapshot that its version says was read by the OCR engine
   *     installed now keeps that reading rather than being read again ({@code run}; see {@link OcrReuse})
   */
  public TextRebuild(Extractor extractor, TextVersionStore store, boolean reuseOcr) {
    this.builder = new VersionBuilder(extractor);
    this.store = store;
    this.reuseOcr = reuseOcr;
  }

  /** What happened to one document. {@code kept} is true when its old versions were left alone. */
  public record Outcome(DocumentResult result, TextVersionStore.Changes changes, boolean kept) {}

  /** The English/Khmer comparison of one company's document. */
  public record LanguagePair(String company, String document, LanguageCheck.Result result) {}

  public record Summary(List<Outcome> outcomes, List<LanguagePair> languages) {
    public long failedDocuments() {
      return outcomes.stream().filter(o -> o.result().failed()).count();
    }
  }

  public Summary run(List<DocumentSource> documents) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, Map<String, String>> newestByDocument = new LinkedHashMap<>();
    for (DocumentSource doc : documents) {
      DocumentResult result;
      if (doc.unreadable().isPresent()) {
        result = new DocumentResult(doc.key(), 0, List.of(),
            List.of(new SnapshotFailure("", "", doc.unreadable().get())), List.of(), true);
      } else if (doc.snapshots().isEmpty()) {
        result = new DocumentResult(doc.key(), 0, List.of(),
            List.of(new SnapshotFailure("", "", "no snapshot in the archive (run fetch or import first)")), List.of(), true);
      } else {
        result = builder.build(doc.key(), doc.rules(), doc.snapshots(), reuseOcr ? earlier(doc.key()) : List.of());
      }
      Outcome outcome;
      Optional<String> newest;
      try {
        if (result.versions().isEmpty()) {
          outcome = new Outcome(result, new TextVersionStore.Changes(0, 0, 0), !store.timestamps(doc.key()).isEmpty());
        } else {
          outcome = new Outcome(result, store.replaceAll(doc.key(), result.versions()), false);
        }
        newest = store.newestText(doc.key());
      } catch (IOException e) {
        // This document's text folder cannot be used (a link put there, a file that will not
        // read): its failure, and the batch goes on.
        List<SnapshotFailure> failures = new ArrayList<>(result.failures());
        failures.add(new SnapshotFailure("", "", "its text versions cannot be written or read: " + e.getMessage()));
        outcome = new Outcome(new DocumentResult(doc.key(), result.snapshots(), List.of(), failures, result.warnings(),
            true), new TextVersionStore.Changes(0, 0, 0), false);
        newest = Optional.empty();
      }
      outcomes.add(outcome);
      newest.ifPresent(text -> newestByDocument
          .computeIfAbsent(doc.key().company() + "/" + doc.key().document(), k -> new LinkedHashMap<>())
          .put(doc.key().lang(), text));
    }
    List<LanguagePair> languages = new ArrayList<>();
    newestByDocument.forEach((id, byLang) -> {
      if (byLang.containsKey("en") && byLang.containsKey("km")) {
        String[] parts = id.split("/", 2);
        languages.add(new LanguagePair(parts[0], parts[1], LanguageCheck.compare(byLang.get("en"), byLang.get("km"))));
      }
    });
    return new Summary(List.copyOf(outcomes), List.copyOf(languages));
  }

  /** The document's versions as they stand; none when they cannot be read (they are then rebuilt). */
  private List<TextVersion> earlier(DocumentKey key) {
    try {
      return store.versions(key);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
