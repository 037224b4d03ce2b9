package org.policyscore.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.policyscore.text.TextNormalizer;

/**
 * Snapshot bytes to normalised Markdown text: the single entry point of text extraction. Pure:
 * the same bytes, content type and rules always give the same text. Which parser runs is
 * decided by {@link #formatOf}; limits are checked before parsing.
 */
public final class Extractor {

  /**
   * Bumped whenever a change here (or in a library it reads with, such as PDFBox) would change
   * the text of existing snapshots; recorded in every version's metadata so that a rebuild can
   * be explained. {@code run} keeps a scan's OCR reading only while this is the same
   * ({@link OcrReuse}): a change left unbumped would leave scans as they were read before.
   */
  public static final String VERSION = "3"; // 2: PDFs by PdfReader; 3: Word files by DocxExtractor, not POI

  private final ExtractionLimits limits;

  public Extractor() {
    this(ExtractionLimits.DEFAULT);
  }

  public Extractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  public ExtractionLimits limits() {
    return limits;
  }

  /**
   * @param content the snapshot's bytes
   * @param contentType the Content-Type recorded with the snapshot (may be null or empty)
   * @param url where it came from, used to guess the type and to resolve the page (may be null)
   * @param rules the document's declared select/remove selectors
   * @throws ExtractionException when no usable text comes out; the message says why, and names
   *     the selector when a declared one is at fault
   */
  public ExtractedText extract(byte[] content, String contentType, String url, ExtractionRules rules)
      throws ExtractionException {
    if (content.length == 0) {
      throw new ExtractionException("the snapshot is empty (0 bytes)");
    }
    // Every step (parse, page-chrome removal, rendering) runs under one time limit, so no
    // snapshot can hold up the batch.
    return Bounded.run(limits.parseTimeout(), () -> extractHere(content, contentType, url, rules));
  }

  private ExtractedText extractHere(byte[] content, String contentType, String url, ExtractionRules rules)
      throws ExtractionException {
    SourceFormat format = formatOf(content, contentType, url);
    List<String> warnings = new ArrayList<>();
    Optional<OcrInfo> ocr = Optional.empty();
    String raw = switch (format) {
      case HTML -> {
        requireAtMost(content.length, limits.maxHtmlBytes(), "HTML page");
        int tags = HtmlExtractor.countTags(content, limits.maxHtmlTags());
        if (tags > limits.maxHtmlTags()) {
          throw new ExtractionException("refused: the HTML page has more than " + String.format(Locale.ROOT, "%,d",
              limits.maxHtmlTags()) + " tags; no policy page has that many");
        }
        yield HtmlExtractor.extract(content, contentType, url, rules, warnings);
      }
      case PDF -> {
        requireAtMost(content.length, limits.maxBinaryBytes(), "PDF");
        PdfReader.Read read = PdfReader.read(content, limits, warnings);
        ocr = read.ocr();
        yield read.markdown();
      }
      case IMAGE -> {
        requireAtMost(content.length, limits.maxBinaryBytes(), "image");
        OcrEngine.Availability engine = OcrEngine.availability();
        if (!engine.available()) {
          throw new ExtractionException("an image has no text to extract without OCR: " + engine.description());
        }
        String extension = imageExtension(content);
        OcrReader.Pages read = OcrReader.image(content, extension == null ? "img" : extension, limits.parseTimeout());
        ocr = Optional.of(read.info());
        StringBuilder md = new StringBuilder();
        read.pages().values().forEach(p -> p.paragraphs().forEach(par -> md.append(par).append("\n\n")));
        yield md.toString();
      }
      case DOCX -> {
        requireAtMost(content.length, limits.maxBinaryBytes(), "DOCX");
        ZipBombCheck.check(content, limits.maxUnzippedBytes());
        yield DocxExtractor.extract(content, limits);
      }
      case TEXT -> {
        requireAtMost(content.length, limits.maxHtmlBytes(), "text file");
        yield new String(content, HtmlCharset.detect(content, contentType));
      }
    };
    String text = TextNormalizer.normalize(raw);
    long visible = text.codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
    if (visible < limits.minTextChars()) {
      String where = rules.select().isEmpty() ? "" : " inside select '" + String.join("', '", rules.select()) + "'";
      String selector = rules.select().isEmpty() ? null : String.join(", ", rules.select());
      String ocrNote = warnings.stream().filter(w -> w.contains("OCR")).findFirst().map(w -> "; " + w).orElse("");
      throw new ExtractionException("only " + visible + " characters of text" + where + " (fewer than "
          + limits.minTextChars() + "): not a policy, or the page did not load" + ocrNote, selector, null);
    }
    return new ExtractedText(text, format, warnings, ocr);
  }

  /**
   * The format from the content type, then from the first bytes (%PDF-, a zip, markup), then
   * from the URL's extension; anything else is read as plain text.
   */
  public static SourceFormat formatOf(byte[] content, String contentType, String url) {
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String path = url == null ? "" : url.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
    if (ct.contains("pdf") || startsWith(content, "%PDF-")) {
      return SourceFormat.PDF;
    }
    if ((ct.startsWith("image/") && !ct.contains("svg")) || imageExtension(content) != null) {
      return SourceFormat.IMAGE;
    }
    if (ct.contains("wordprocessingml") || startsWith(content, "PK\u0003\u0004")) {
      return SourceFormat.DOCX;
    }
    if (ct.contains("html") || ct.contains("xml")) {
      return SourceFormat.HTML;
    }
    String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1)
        .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<") || path.endsWith(".html") || path.endsWith(".htm")) {
      return SourceFormat.HTML;
    }
    return ct.startsWith("text/plain") || path.endsWith(".txt") ? SourceFormat.TEXT : SourceFormat.HTML;
  }

  /** The file extension of an image Tesseract reads, from its first bytes; null for anything else. */
  static String imageExtension(byte[] content) {
    if (startsWith(content, "\u0089PNG")) {
      return "png";
    }
    if (startsWith(content, "\u00FF\u00D8\u00FF")) {
      return "jpg";
    }
    if (startsWith(content, "II*\u0000") || startsWith(content, "MM\u0000*")) {
      return "tif";
    }
    if (startsWith(content, "GIF8")) {
      return "gif";
    }
    if (startsWith(content, "RIFF") && content.length > 12 && new String(content, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
      return "webp";
    }
    return null;
  }

  private static boolean startsWith(byte[] content, String magic) {
    if (content.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (content[i] != (byte) magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static void requireAtMost(long size, long max, String what) throws ExtractionException {
    if (size > max) {
      throw new ExtractionException("refused: the " + what + " is " + Sizes.mb(size) + ", over the limit of "
          + Sizes.mb(max));
    }
  }
}
