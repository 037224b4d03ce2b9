package org.policyscore.extract;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.text.KhmerDamageCheck;
import org.policyscore.text.TextNormalizer;

/**
 * How well each way of reading a PDF gets our own Khmer and English policies back, per
 * producer (Chromium, LibreOffice from the page, LibreOffice from a Word file), and how well
 * OCR reads the scans of them: character similarity to the source (see {@link TextSimilarity}),
 * U+FFFD count, white space inside Khmer clusters, damage flags, time. Options: policyscore's
 * reader ({@link PdfReader}), Tika's PDF parser (the previous reader), PDFBox 2.0's plain text
 * stripper, and poppler's {@code pdftotext} in its default and {@code -raw} modes where it is
 * installed. Prints a table; asserts nothing.
 * Run: mvn -B -Pbenchmark verify -Dtest=PublishedPdfBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class PublishedPdfBenchmark {
  @TempDir Path dir;

  interface Reader {
    String read(byte[] pdf) throws Exception;
  }

  @Test
  void textLayers() throws Exception {
    Map<String, Reader> readers = new LinkedHashMap<>();
    Extractor extractor = new Extractor();
    readers.put("policyscore", pdf -> extractor.extract(pdf, "application/pdf", null, ExtractionRules.NONE).markdown());
    readers.put("tika", pdf -> TextNormalizer.normalize(
        TikaExtractor.extract(pdf, SourceFormat.PDF, "application/pdf", ExtractionLimits.DEFAULT)));
    readers.put("pdfbox-2.0-plain", pdf -> {
      try (PDDocument doc = PDDocument.load(new ByteArrayInputStream(pdf))) {
        return TextNormalizer.normalize(new PDFTextStripper().getText(doc));
      }
    });
    if (ExternalCommand.find("pdftotext").isPresent()) {
      readers.put("pdftotext", pdf -> pdftotext(pdf, List.of()));
      readers.put("pdftotext-raw", pdf -> pdftotext(pdf, List.of("-raw")));
    } else {
      System.out.println("pdftotext is not installed (poppler-utils): its rows are left out");
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%-12s %-12s %-17s %10s %6s %7s %6s %8s%n", "page", "producer", "reader", "similarity",
        "U+FFFD", "broken", "flags", "ms");
    Map<String, List<Double>> byReader = new LinkedHashMap<>();
    for (String page : PublishedCorpus.PAGES) {
      String expected = PublishedCorpus.expected(page);
      for (String producer : PublishedCorpus.PRODUCERS) {
        byte[] pdf = PublishedCorpus.bytes("pdf/" + page + "." + producer + ".pdf");
        for (Map.Entry<String, Reader> r : readers.entrySet()) {
          r.getValue().read(pdf); // warm up
          long start = System.nanoTime();
          String text = r.getValue().read(pdf);
          long ms = (System.nanoTime() - start) / 1_000_000;
          double sim = TextSimilarity.of(expected, text);
          byReader.computeIfAbsent(r.getKey() + " " + PublishedCorpus.lang(page) + " " + producer, k -> new ArrayList<>()).add(sim);
          System.out.printf(Locale.ROOT, "%-12s %-12s %-17s %10.4f %6d %7d %6d %8d%n", page, producer, r.getKey(), sim,
              TextSimilarity.replacementChars(text), TextSimilarity.brokenClusters(text),
              KhmerDamageCheck.check(text, PublishedCorpus.lang(page)).size(), ms);
        }
      }
      String docx = extractor.extract(PublishedCorpus.bytes("docx/" + page + ".docx"), null, "x.docx", ExtractionRules.NONE)
          .markdown();
      System.out.printf(Locale.ROOT, "%-12s %-12s %-17s %10.4f %6d %7d %6d%n", page, "word (docx)", "policyscore (tika)",
          TextSimilarity.of(expected, docx), TextSimilarity.replacementChars(docx), TextSimilarity.brokenClusters(docx),
          KhmerDamageCheck.check(docx, PublishedCorpus.lang(page)).size());
    }
    System.out.println("\nlowest similarity per reader, language and producer:");
    byReader.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-40s %.4f%n", k,
        v.stream().mapToDouble(Double::doubleValue).min().orElse(0)));
  }

  @Test
  void scans() throws Exception {
    if (PdfReader.ocrMissing().isPresent()) {
      System.out.println("OCR benchmark skipped: " + PdfReader.ocrMissing().get());
      return;
    }
    Extractor extractor = new Extractor();
    System.out.println();
    System.out.printf(Locale.ROOT, "%-12s %-14s %10s %11s %6s %8s%n", "page", "scan", "accuracy", "confidence", "pages", "ms");
    for (String page : PublishedCorpus.PAGES) {
      String expected = PublishedCorpus.expected(page);
      long start = System.nanoTime();
      ExtractedText text = extractor.extract(PublishedCorpus.bytes("scan/" + page + ".scan.pdf"), "application/pdf", null,
          ExtractionRules.NONE);
      long ms = (System.nanoTime() - start) / 1_000_000;
      OcrInfo ocr = text.ocr().orElseThrow();
      System.out.printf(Locale.ROOT, "%-12s %-14s %10.4f %10.1f%% %6d %8d%n", page, "pdf, 200 dpi", TextSimilarity.of(expected,
          text.markdown()), ocr.meanConfidence(), ocr.pages().size(), ms);
      Files.writeString(dir.resolve(page + ".ocr.md"), text.markdown(), StandardCharsets.UTF_8);
    }
  }

  private String pdftotext(byte[] pdf, List<String> options) throws Exception {
    Path in = Files.write(dir.resolve("in.pdf"), pdf);
    Path out = dir.resolve("out.txt");
    List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
    command.addAll(options);
    command.addAll(List.of(in.toString(), out.toString()));
    ExternalCommand.Result r = ExternalCommand.run(command, dir, Duration.ofSeconds(60));
    if (r.exitCode() != 0) {
      throw new IllegalStateException("pdftotext failed: " + r.why());
    }
    return TextNormalizer.normalize(Files.readString(out, StandardCharsets.UTF_8));
  }
}
