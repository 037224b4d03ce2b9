package org.policyscore.extract;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * PDF through Apache Tika (PDFBox). Tika produces XHTML (paragraphs, headings, tables), which
 * is rendered to Markdown like a web page. Bounded: Tika's write limit caps the
 * characters produced, and the parse runs on its own thread and is abandoned after the parse
 * timeout (a parser stuck in a loop cannot be stopped safely, but it no longer blocks the batch;
 * it is a daemon thread and dies with the program).
 */
final class TikaExtractor {
  private TikaExtractor() {}

  private static final Parser PARSER = new AutoDetectParser();

  static String extract(byte[] content, SourceFormat format, String mediaType, ExtractionLimits limits)
      throws ExtractionException {
    String xhtml = parse(content, mediaType, limits);
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(xhtml);
    return HtmlExtractor.render(doc, ExtractionRules.NONE, new ArrayList<>());
  }

  private static String parse(byte[] content, String mediaType, ExtractionLimits limits) throws ExtractionException {
    return Bounded.run(limits.parseTimeout(), () -> {
      ToXMLContentHandler xml = new ToXMLContentHandler();
      WriteOutContentHandler limited = new WriteOutContentHandler(xml, limits.writeLimit());
      Metadata metadata = new Metadata();
      metadata.set(Metadata.CONTENT_TYPE, mediaType);
      metadata.set(TikaCoreProperties.CONTENT_TYPE_HINT, mediaType);
      try (InputStream in = new ByteArrayInputStream(content)) {
        PARSER.parse(in, limited, metadata, new ParseContext());
      } catch (Exception | OutOfMemoryError e) {
        // Tika's own failures, told in words; the runner explains the rest
        throw explain(e);
      }
      return xml.toString();
    });
  }

  private static ExtractionException explain(Throwable t) {
    if (WriteLimitReachedException.isWriteLimitReached(t)) {
      return new ExtractionException("refused: more text than the write limit allows", null, t);
    }
    if (t instanceof ZeroByteFileException) {
      return new ExtractionException("the file is empty", null, t);
    }
    if (t instanceof EncryptedDocumentException) {
      return new ExtractionException("the file is encrypted", null, t);
    }
    if (t instanceof OutOfMemoryError) {
      return new ExtractionException("ran out of memory while parsing", null, t);
    }
    for (Throwable c = t; c != null; c = c.getCause()) {
      String m = String.valueOf(c.getMessage());
      if (m.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return new ExtractionException("refused: looks like a zip bomb (" + m.strip() + ")", null, t);
      }
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new ExtractionException("could not be parsed: " + why.strip(), null, t);
  }
}
