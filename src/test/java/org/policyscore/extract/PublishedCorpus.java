package org.policyscore.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Our own fixture policies as companies publish them (src/test/resources/published/, made by its
 * make-corpus.sh): each page of {@code pages/} printed to PDF by Chromium, by LibreOffice from
 * the page, and by LibreOffice from a Word file it saved ({@code docx/}); and scanned (page 1 as
 * a 200 dpi grey PNG, every page as an image-only PDF).
 */
final class PublishedCorpus {
  private PublishedCorpus() {}

  static final List<String> PAGES = List.of("privacy-km", "terms-km", "privacy-en");
  static final List<String> PRODUCERS = List.of("chromium", "libreoffice", "word");

  static String lang(String page) {
    return page.substring(page.lastIndexOf('-') + 1);
  }

  static byte[] bytes(String path) {
    try (InputStream in = PublishedCorpus.class.getResourceAsStream("/published/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource published/" + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the page says: its HTML source through the web-page extractor, golden-tested elsewhere. */
  static String expected(String page) throws ExtractionException {
    return new Extractor().extract(bytes("pages/" + page + ".html"), "text/html", null, ExtractionRules.NONE).markdown();
  }
}
