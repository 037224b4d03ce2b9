package org.policyscore.extract;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Extraction throughput (MB of input per second) and peak heap, for HTML pages of policy size
 * and larger, and for a multi-page PDF. Prints figures; asserts nothing about timing.
 * Run: mvn -B -Pbenchmark verify -Dtest=ExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class ExtractionBenchmark {

  private final Extractor extractor = new Extractor();

  @Test
  void html() throws Exception {
    for (String fixture : new String[] {"privacy-en.html", "privacy-km.html"}) {
      String page = Fixtures.text(fixture);
      int open = page.indexOf("<article");
      int close = page.indexOf("</article>") + "</article>".length();
      String article = page.substring(open, close);
      for (int copies : new int[] {1, 100, 1000, 3000}) {
        String big = page.substring(0, open) + article.repeat(copies) + page.substring(close);
        measure("HTML " + fixture + " x" + copies, big.getBytes(StandardCharsets.UTF_8), "text/html", copies < 100 ? 200 : copies < 1000 ? 20 : 3);
      }
    }
  }

  @Test
  void pdf() throws Exception {
    for (int pages : new int[] {10, 200}) {
      measure("PDF " + pages + " pages", pdf(pages), "application/pdf", pages < 100 ? 20 : 3);
    }
  }

  private void measure(String label, byte[] input, String type, int rounds) throws Exception {
    extractor.extract(input, type, null, ExtractionRules.NONE); // warm up
    System.gc();
    resetPeaks();
    long base = heapUsed();
    long chars = 0;
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      chars += extractor.extract(input, type, null, ExtractionRules.NONE).markdown().length();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double mb = input.length * (double) rounds / (1 << 20);
    System.out.printf(Locale.ROOT, "%-28s input %8.2f MB  %7.1f MB/s  %9.0f chars/s  peak heap %6.0f MB (%.0f MB above baseline)%n",
        label, input.length / (double) (1 << 20), mb / seconds, chars / seconds,
        peakHeap() / (double) (1 << 20), (peakHeap() - base) / (double) (1 << 20));
  }

  private static byte[] pdf(int pages) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(PDType1Font.HELVETICA, 10);
          cs.setLeading(12);
          cs.newLineAtOffset(40, 740);
          for (int line = 0; line < 55; line++) {
            cs.showText((p + 1) + "." + (line + 1) + " We keep call detail records for 12 months and share them only on lawful request.");
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.save(out);
    }
    return out.toByteArray();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
