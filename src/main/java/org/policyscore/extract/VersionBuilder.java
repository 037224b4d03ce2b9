package org.policyscore.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.policyscore.archive.DocumentKey;
import org.policyscore.text.DamageFlag;
import org.policyscore.text.KhmerDamageCheck;
import org.policyscore.text.ScriptDetector;
import org.policyscore.text.StatedDates;

/**
 * Builds a document's text versions from its snapshots, oldest first: a snapshot starts a new
 * version only when its normalised text differs from the version before it (exact comparison
 * of code points after {@link org.policyscore.text.TextNormalizer}); otherwise it is added to
 * that version's list of snapshots. A snapshot that cannot be read or extracted is recorded as
 * a failure and skipped; the others go on. Deterministic: the same snapshots give the same
 * versions, whatever order they are passed in.
 */
public final class VersionBuilder {
  private final Extractor extractor;

  public VersionBuilder(Extractor extractor) {
    this.extractor = extractor;
  }

  public DocumentResult build(DocumentKey key, ExtractionRules rules, List<SnapshotInput> snapshots) {
    return build(key, rules, snapshots, List.of());
  }

  /**
   * @param earlier the document's versions as they stand: a snapshot they say was read by OCR,
   *     by this extractor and the OCR engine installed now, is not read again ({@link OcrReuse})
   */
  public DocumentResult build(DocumentKey key, ExtractionRules rules, List<SnapshotInput> snapshots,
      List<TextVersion> earlier) {
    OcrReuse reuse = new OcrReuse(earlier);
    List<SnapshotInput> ordered = new ArrayList<>(snapshots);
    ordered.sort(Comparator.comparing(SnapshotInput::timestamp).thenComparing(SnapshotInput::sha256));
    List<TextVersion> versions = new ArrayList<>();
    List<SnapshotFailure> failures = new ArrayList<>();
    LinkedHashSet<String> warnings = new LinkedHashSet<>();
    boolean newestFailed = false;
    for (SnapshotInput s : ordered) {
      newestFailed = true;
      ExtractedText text;
      try {
        Optional<ExtractedText> read = reuse.textOf(s.sha256());
        text = read.isPresent() ? read.get() : extractor.extract(s.content().load(), s.contentType(), s.url(), rules);
      } catch (ExtractionException e) {
        failures.add(new SnapshotFailure(s.timestamp(), s.sha256(), e.getMessage()));
        continue;
      } catch (IOException e) {
        failures.add(new SnapshotFailure(s.timestamp(), s.sha256(), "could not read the snapshot: " + e.getMessage()));
        continue;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        // One snapshot's failure, whatever it is, is that snapshot's error: the batch goes on.
        failures.add(new SnapshotFailure(s.timestamp(), s.sha256(), "could not be read: " + e));
        continue;
      }
      newestFailed = false;
      warnings.addAll(text.warnings());
      TextVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
      if (last != null && last.text().equals(text.markdown())) {
        List<String> shas = new ArrayList<>(last.metadata().snapshots());
        shas.add(s.sha256());
        versions.set(versions.size() - 1, new TextVersion(key, last.timestamp(), last.text(),
            last.metadata().withSnapshots(shas)));
      } else {
        versions.add(new TextVersion(key, s.timestamp(), text.markdown(), metadata(key, s, text)));
      }
    }
    return new DocumentResult(key, ordered.size(), versions, failures, List.copyOf(warnings), newestFailed);
  }

  static VersionMetadata metadata(DocumentKey key, SnapshotInput s, ExtractedText text) {
    Map<String, Integer> scripts = new TreeMap<>();
    for (ScriptDetector.Paragraph p : ScriptDetector.paragraphs(text.markdown())) {
      scripts.merge(p.script().label(), 1, Integer::sum);
    }
    List<DamageFlag> flags = new ArrayList<>(KhmerDamageCheck.check(text.markdown(), key.lang()));
    // Text read by OCR stays flagged until a person has checked it against the original.
    text.ocr().ifPresent(o -> flags.add(new DamageFlag(DamageFlag.OCR, o.pages().size(), o.describe())));
    return new VersionMetadata(List.of(s.sha256()), text.format(), Extractor.VERSION, sha256(text.markdown()), scripts,
        flags, StatedDates.find(text.markdown()), text.ocr());
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
