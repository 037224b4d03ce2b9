package org.policyscore.extract;

import java.util.List;
import java.util.Optional;

/**
 * The text an earlier reading of a scanned snapshot gave, when reading it again could only give
 * the same: OCR takes one to two seconds a page, and {@code run} reads every snapshot of a study
 * each time, so a study of scanned policies was minutes of OCR every year with nothing new.
 *
 * <p>A snapshot's earlier text is taken only when its version's record says that it was read
 * from exactly these bytes (the snapshot's SHA-256 is among the version's), by this extractor
 * ({@link Extractor#VERSION}), with pages read by OCR, and by the OCR engine and languages that
 * are installed now. Such a reading has no warnings and does not depend on a document's
 * select/remove rules (they apply to web pages only). Everything else is read again, as before;
 * {@code policyscore extract} reads every snapshot again whatever the record says (new language
 * data for the same Tesseract version, for one, is not in the record).
 */
final class OcrReuse {
  private final List<TextVersion> earlier;

  OcrReuse(List<TextVersion> earlier) {
    this.earlier = List.copyOf(earlier);
  }

  /** The earlier reading of the snapshot with this SHA-256, if it may stand for a new one. */
  Optional<ExtractedText> textOf(String sha256) {
    for (TextVersion v : earlier) {
      VersionMetadata m = v.metadata();
      if (m.snapshots().contains(sha256) && m.extractorVersion().equals(Extractor.VERSION) && m.ocr().isPresent()
          && sameEngine(m.ocr().get())) {
        return Optional.of(new ExtractedText(v.text(), m.format(), List.of(), m.ocr()));
      }
    }
    return Optional.empty();
  }

  /** Whether the engine and languages that read it are the ones OCR would use now. */
  private static boolean sameEngine(OcrInfo ocr) {
    OcrEngine.Availability now = OcrEngine.availability();
    return now.available() && now.description().equals(ocr.engine()) && OcrEngine.LANGUAGES.equals(ocr.languages());
  }
}
