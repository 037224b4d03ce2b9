package org.policyscore.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OCR of what has no usable text layer: an image, or pages of a PDF (a scan), rasterised with
 * poppler's {@code pdftoppm} at {@value #DPI} dpi in grey and read by {@link OcrEngine}. Works
 * in a scratch folder that is always removed. Bounded: at most {@value #MAX_PAGES} pages, and
 * each program run is stopped after the parse timeout.
 */
final class OcrReader {
  private OcrReader() {}

  static final int DPI = 300;
  static final int MAX_PAGES = 100;

  /** The OCR text of some pages. */
  record Pages(Map<Integer, OcrEngine.PageText> pages, OcrInfo info) {}

  /** Whether pdftoppm is there to rasterise PDF pages, and if not, what to install. */
  static Optional<String> rasteriserMissing() {
    return ExternalCommand.find("pdftoppm").isPresent() ? Optional.empty()
        : Optional.of("OCR of PDF pages needs pdftoppm (Debian package poppler-utils), which is not installed");
  }

  /** Reads an image file's bytes; {@code extension} tells Tesseract the format (png, jpg ...). */
  static Pages image(byte[] content, String extension, Duration timeout) throws ExtractionException {
    Path dir = scratch();
    try {
      Path image = dir.resolve("page." + extension);
      Files.write(image, content);
      OcrEngine.PageText text = OcrEngine.read(image, dir, timeout);
      return new Pages(Map.of(1, text), info(List.of(1), List.of(text)));
    } catch (IOException e) {
      throw new ExtractionException("could not write the image for OCR: " + e.getMessage(), null, e);
    } finally {
      TempFiles.deleteTree(dir);
    }
  }

  /** Rasterises and reads the given pages (1-based) of a PDF. */
  static Pages pdfPages(byte[] pdf, List<Integer> pages, Duration timeout) throws ExtractionException {
    if (pages.size() > MAX_PAGES) {
      throw new ExtractionException("refused: " + pages.size() + " pages need OCR, more than the limit of " + MAX_PAGES);
    }
    Path pdftoppm = ExternalCommand.find("pdftoppm").orElseThrow(() -> new ExtractionException(rasteriserMissing().orElse("")));
    Path dir = scratch();
    try {
      Path file = dir.resolve("document.pdf");
      Files.write(file, pdf);
      Map<Integer, OcrEngine.PageText> out = new LinkedHashMap<>();
      for (int page : pages) {
        String prefix = dir.resolve("p" + page).toString();
        ExternalCommand.Result r = ExternalCommand.run(List.of(pdftoppm.toString(), "-r", Integer.toString(DPI), "-gray",
            "-png", "-singlefile", "-f", Integer.toString(page), "-l", Integer.toString(page), file.toString(), prefix),
            dir, timeout);
        Path png = Path.of(prefix + ".png");
        if (r.exitCode() != 0 || !Files.exists(png)) {
          throw new ExtractionException("pdftoppm could not draw page " + page + ": " + r.why());
        }
        out.put(page, OcrEngine.read(png, dir, timeout));
        Files.deleteIfExists(png);
      }
      return new Pages(out, info(pages, List.copyOf(out.values())));
    } catch (IOException e) {
      throw new ExtractionException("could not write the PDF for OCR: " + e.getMessage(), null, e);
    } finally {
      TempFiles.deleteTree(dir);
    }
  }

  private static OcrInfo info(List<Integer> pages, List<OcrEngine.PageText> texts) {
    double sum = 0;
    long weight = 0;
    int words = 0;
    for (OcrEngine.PageText t : texts) {
      long chars = t.paragraphs().stream().mapToLong(String::length).sum();
      sum += t.confidence() * chars;
      weight += chars;
      words += t.words();
    }
    String engine = OcrEngine.availability().description();
    double mean = weight == 0 ? 0 : Math.round(sum / weight * 10) / 10.0; // as recorded: one decimal
    return new OcrInfo(engine, OcrEngine.LANGUAGES, new ArrayList<>(pages), mean, words);
  }

  private static Path scratch() throws ExtractionException {
    try {
      return Files.createTempDirectory("policyscore-ocr-");
    } catch (IOException e) {
      throw new ExtractionException("could not make a scratch folder for OCR: " + e.getMessage(), null, e);
    }
  }
}
