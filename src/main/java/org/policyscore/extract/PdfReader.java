package org.policyscore.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.policyscore.text.KhmerDamageCheck;

/**
 * PDF to text. The text layer is read by {@link ShapedTextStripper} (PDFBox, reading ActualText
 * and shaped marks, which Tika's PDF parser does not: Khmer from Chromium and LibreOffice PDFs
 * comes out whole). Pages with no usable text layer are read by OCR ({@link OcrReader}) where
 * Tesseract and pdftoppm are installed: a page that is an image with almost no text (a scan), a
 * page whose fonts map most glyphs to nothing, or a page whose text looks like a legacy Khmer
 * font (Khmer drawn with Latin letters). Where OCR is not installed, what could not be read is
 * said in a warning. If the stripper fails, Tika reads the file instead.
 */
final class PdfReader {
  private PdfReader() {}

  static {
    QuietLogging.ensure();
  }

  /** A page with fewer visible characters than this and an image on it is a scan. */
  static final int SCAN_MAX_CHARS = 20;
  /** A page where at least this share of the characters has no meaning needs OCR. */
  static final int UNMAPPED_PERCENT = 30;

  /** What was read, and which pages by OCR. */
  record Read(String markdown, Optional<OcrInfo> ocr) {}

  static Read read(byte[] content, ExtractionLimits limits, List<String> warnings) throws ExtractionException {
    List<Scanned> pages;
    try {
      pages = BoundedRun.call(() -> strip(content), limits.parseTimeout(), "policyscore-pdf");
    } catch (BoundedRun.Failed f) {
      if (f.getCause() instanceof InvalidPasswordException) {
        throw new ExtractionException("the file is encrypted", null, f.getCause());
      }
      if (f.getCause() instanceof OutOfMemoryError) {
        throw new ExtractionException("ran out of memory while parsing", null, f.getCause());
      }
      // Tika's PDF parser is the fallback: it may read what our stripper could not.
      return new Read(TikaExtractor.extract(content, SourceFormat.PDF, "application/pdf", limits), Optional.empty());
    }
    List<Integer> needOcr = new ArrayList<>();
    for (Scanned s : pages) {
      if (s.needsOcr()) {
        needOcr.add(s.page().number());
      }
    }
    Optional<OcrInfo> ocr = Optional.empty();
    List<PdfLayout.Page> layout = new ArrayList<>(pages.stream().map(Scanned::page).toList());
    if (!needOcr.isEmpty()) {
      Optional<String> missing = ocrMissing();
      String which = (needOcr.size() == 1 ? "page " : "pages ") + needOcr.toString().replaceAll("[\\[\\]]", "");
      if (missing.isPresent()) {
        warnings.add(which + " of " + pages.size() + " have no usable text layer (a scan?) and were not read: "
            + missing.get());
      } else {
        try {
          OcrReader.Pages read = OcrReader.pdfPages(content, needOcr, limits.parseTimeout());
          for (Map.Entry<Integer, OcrEngine.PageText> e : read.pages().entrySet()) {
            layout.set(e.getKey() - 1, ocrPage(e.getKey(), e.getValue()));
          }
          ocr = Optional.of(read.info());
        } catch (ExtractionException e) {
          warnings.add(which + " have no usable text layer, and OCR failed: " + e.getMessage());
        }
      }
    }
    return new Read(HtmlExtractor.render(PdfMarkdown.document(layout), ExtractionRules.NONE, warnings), ocr);
  }

  /** Why OCR cannot run here, if it cannot. */
  static Optional<String> ocrMissing() {
    OcrEngine.Availability a = OcrEngine.availability();
    if (!a.available()) {
      return Optional.of(a.description());
    }
    return OcrReader.rasteriserMissing();
  }

  private static PdfLayout.Page ocrPage(int number, OcrEngine.PageText text) {
    List<PdfLayout.Paragraph> paragraphs = new ArrayList<>();
    int visible = 0;
    for (String p : text.paragraphs()) {
      paragraphs.add(new PdfLayout.Paragraph(List.of(new PdfLayout.Line(p))));
      visible += (int) p.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
    }
    return new PdfLayout.Page(number, paragraphs, visible, 0);
  }

  /** A page of the text layer, and whether it has an image. */
  record Scanned(PdfLayout.Page page, boolean hasImage) {
    boolean needsOcr() {
      if (page.visible() < SCAN_MAX_CHARS) {
        return hasImage;
      }
      if (page.unmapped() * 100 >= page.visible() * UNMAPPED_PERCENT) {
        return true;
      }
      int legacy = 0;
      int letters = 0;
      for (PdfLayout.Paragraph p : page.paragraphs()) {
        StringBuilder text = new StringBuilder();
        p.lines().forEach(l -> text.append(PdfMarkdown.resolveGaps(l.text())).append(' '));
        int n = (int) text.codePoints().filter(Character::isLetter).count();
        letters += n;
        if (KhmerDamageCheck.looksLikeLegacyFont(text.toString())) {
          legacy += n;
        }
      }
      return letters > 0 && legacy * 100 >= letters * 60;
    }
  }

  private static List<Scanned> strip(byte[] content) throws IOException {
    try (PDDocument doc = PDDocument.load(content)) {
      ShapedTextStripper stripper = new ShapedTextStripper();
      stripper.getText(doc);
      Map<Integer, PdfLayout.Page> read = new java.util.HashMap<>();
      stripper.pages().forEach(p -> read.put(p.number(), p));
      List<Scanned> out = new ArrayList<>();
      int number = 1;
      for (PDPage page : doc.getPages()) {
        PdfLayout.Page p = read.getOrDefault(number, new PdfLayout.Page(number, List.of(), 0, 0));
        out.add(new Scanned(p, hasImage(page.getResources(), 0)));
        number++;
      }
      return out;
    }
  }

  private static boolean hasImage(PDResources resources, int depth) {
    if (resources == null || depth > 4) {
      return false;
    }
    try {
      for (COSName name : resources.getXObjectNames()) {
        var x = resources.getXObject(name);
        if (x instanceof PDImageXObject) {
          return true;
        }
        if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

}
