package org.policyscore.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policyscore.text.KhmerClusters;

/**
 * Reads page images with the Tesseract command line (Debian {@code tesseract-ocr} with the
 * {@code tesseract-ocr-khm} and {@code tesseract-ocr-eng} language data), Khmer and English
 * at once. One run gives the text and, per word, Tesseract's confidence (0-100), whose mean,
 * weighted by word length, is recorded with the text version.
 */
final class OcrEngine {
  static final String LANGUAGES = "khm+eng";
  /**
   * Tesseract's page layout 4: one column of text of varying sizes, as policies are set. Its
   * automatic layout (3) cut long Khmer lines into columns and lost words on our scans
   * (character accuracy 0.89 against 0.99; see PublishedPdfBenchmark).
   */
  static final String PAGE_LAYOUT = "4";

  /** The text of one page image and how sure Tesseract was of it. */
  record PageText(List<String> paragraphs, double confidence, int words) {
    PageText {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  /** Whether OCR can run here, and what it is ("tesseract 5.3.0") or why not. */
  record Availability(boolean available, String description) {}

  private static volatile Availability cached;

  private OcrEngine() {}

  /** Forgets what was found, so that the next call looks again (tests change the search path). */
  static void forget() {
    cached = null;
  }

  static Availability availability() {
    Availability a = cached;
    if (a == null) {
      a = probe();
      cached = a;
    }
    return a;
  }

  private static Availability probe() {
    Optional<Path> tesseract = ExternalCommand.find("tesseract");
    if (tesseract.isEmpty()) {
      return new Availability(false, "OCR needs Tesseract (Debian packages tesseract-ocr, tesseract-ocr-khm,"
          + " tesseract-ocr-eng), which is not installed");
    }
    try {
      Path dir = Files.createTempDirectory("policyscore-ocr-");
      try {
        ExternalCommand.Result langs = ExternalCommand.run(List.of(tesseract.get().toString(), "--list-langs"),
            dir, Duration.ofSeconds(30));
        List<String> have = langs.stdout().lines().map(String::strip).toList();
        List<String> missing = new ArrayList<>();
        for (String lang : LANGUAGES.split("\\+")) {
          if (!have.contains(lang)) {
            missing.add(lang);
          }
        }
        if (!missing.isEmpty()) {
          return new Availability(false, "Tesseract has no language data for " + String.join(", ", missing)
              + " (Debian packages tesseract-ocr-khm, tesseract-ocr-eng)");
        }
        ExternalCommand.Result version = ExternalCommand.run(List.of(tesseract.get().toString(), "--version"),
            dir, Duration.ofSeconds(30));
        String first = (version.stdout() + "\n" + version.stderr()).strip().lines().findFirst().orElse("tesseract");
        return new Availability(true, first.strip());
      } finally {
        TempFiles.deleteTree(dir);
      }
    } catch (Exception e) {
      return new Availability(false, "Tesseract could not be run: " + e.getMessage());
    }
  }

  /** Reads one image file (PNG, JPEG, TIFF ...). */
  static PageText read(Path image, Path workDir, Duration timeout) throws ExtractionException {
    Path tesseract = ExternalCommand.find("tesseract")
        .orElseThrow(() -> new ExtractionException(availability().description()));
    String base = workDir.resolve("ocr-" + image.getFileName()).toString();
    ExternalCommand.Result r = ExternalCommand.run(List.of(tesseract.toString(), image.toString(), base,
        "-l", LANGUAGES, "--psm", PAGE_LAYOUT, "txt", "tsv"), workDir, timeout);
    try {
      Path txt = Path.of(base + ".txt");
      Path tsv = Path.of(base + ".tsv");
      if (r.exitCode() != 0 || !Files.exists(txt)) {
        throw new ExtractionException("Tesseract could not read the image: " + r.why());
      }
      String text = new String(Files.readAllBytes(txt), StandardCharsets.UTF_8);
      double[] conf = confidence(Files.exists(tsv) ? new String(Files.readAllBytes(tsv), StandardCharsets.UTF_8) : "");
      return new PageText(paragraphs(text), conf[0], (int) conf[1]);
    } catch (java.io.IOException e) {
      throw new ExtractionException("could not read Tesseract's output: " + e.getMessage(), null, e);
    }
  }

  /** Tesseract's text: paragraphs split by blank lines, each one's lines joined. */
  static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String block : text.replace("\f", "\n").split("\n\\s*\n")) {
      String joined = "";
      for (String line : block.split("\n")) {
        joined = KhmerClusters.joinLines(joined, line.strip());
      }
      if (!joined.isBlank()) {
        out.add(joined.strip());
      }
    }
    return out;
  }

  /** The mean word confidence weighted by word length, and the number of words, from TSV output. */
  static double[] confidence(String tsv) {
    double sum = 0;
    long weight = 0;
    int words = 0;
    for (String row : tsv.split("\n")) {
      String[] cols = row.split("\t", -1);
      if (cols.length < 12 || !cols[0].equals("5")) {
        continue;
      }
      String word = cols[11].strip();
      double conf;
      try {
        conf = Double.parseDouble(cols[10]);
      } catch (NumberFormatException e) {
        continue;
      }
      if (word.isEmpty() || conf < 0) {
        continue;
      }
      int n = word.codePointCount(0, word.length());
      sum += conf * n;
      weight += n;
      words++;
    }
    return new double[] {weight == 0 ? 0 : sum / weight, words};
  }
}
