package org.policyscore.fetch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.policyscore.archive.ContentTypes;
import org.policyscore.extract.ExtractionException;
import org.policyscore.extract.ExtractionRules;
import org.policyscore.extract.Extractor;
import org.policyscore.study.DocumentVersion;

/**
 * Checks a response before it is archived, so that what is not a policy never becomes the
 * newest copy (the previous good one stays newest, and the fetch counts as failed):
 *
 * <ul>
 *   <li>the bytes must be what the server says they are: a PDF starts as one, a web page or
 *       text is not binary data (random bytes, an image, a compressed file);</li>
 *   <li>a web page or text must give a policy's text, as {@code extract} would read it with the
 *       study's {@code select} and {@code remove}: not empty, not a script-only app shell, at
 *       least as long as the shortest text extraction accepts, and with the part {@code select}
 *       names.</li>
 * </ul>
 *
 * PDF and Word files are checked by type only: a scanned PDF has no text until it is read by
 * OCR, and is still the document.
 */
final class ContentCheck {
  private ContentCheck() {}

  /** How many of the first bytes are looked at to tell text from binary data. */
  private static final int SNIFF = 8192;

  /** The problem with {@code d}, or empty when it looks like a document. */
  static Optional<String> problem(Download d, DocumentVersion version) {
    byte[] body = d.body();
    if (body.length == 0 || new String(body, StandardCharsets.ISO_8859_1).isBlank()) {
      return Optional.of("empty response");
    }
    String type = d.contentType().toLowerCase(Locale.ROOT);
    if (type.contains("pdf")) {
      return startsWithin(body, "%PDF-", 1024) ? Optional.empty()
          : Optional.of(mismatch(type, body, "not a PDF"));
    }
    if (type.contains("officedocument") || type.contains("msword") || type.contains("zip")) {
      return startsWithin(body, "PK\u0003\u0004", 0) ? Optional.empty()
          : Optional.of(mismatch(type, body, "not a Word document"));
    }
    if (!(type.contains("html") || type.contains("xml") || type.startsWith("text/"))) {
      return Optional.of("the server sent " + (type.isBlank() ? "no content type" : type)
          + ", not a web page, PDF or Word document");
    }
    if (binary(body, type)) {
      return Optional.of(mismatch(type, body, "binary data, not text"));
    }
    ExtractionRules rules = new ExtractionRules(version.select().map(List::of).orElse(List.of()), version.remove());
    try {
      new Extractor().extract(body, d.contentType(), d.finalUrl(), rules);
      return Optional.empty();
    } catch (ExtractionException e) {
      String why = e.getMessage();
      if (version.select().isPresent() && why.startsWith("select '") && why.endsWith("matches nothing on the page")) {
        return Optional.of("no part of the page matches select '" + version.select().get()
            + "' (the site changed, or this is not the policy page)");
      }
      if (why.startsWith("only ") && new String(body, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).contains("<script")) {
        why += "; the page seems to show its text only with JavaScript";
      }
      return Optional.of("not a policy page: " + why);
    }
  }

  private static String mismatch(String type, byte[] body, String what) {
    String detected = ContentTypes.detect(body, null);
    return "the server says " + type.replaceAll(";.*", "").strip() + ", but the bytes are " + what
        + (detected.equals("application/octet-stream") || detected.startsWith("text/") ? "" : " (they look like " + detected + ")");
  }

  /**
   * Binary data: a NUL byte, or more than 1% control bytes, near the start. A page declared or
   * marked as UTF-16 holds NULs and is let through to the extractor.
   */
  static boolean binary(byte[] body, String type) {
    boolean utf16 = type.contains("utf-16") || startsWithin(body, "\u00FE\u00FF", 0) || startsWithin(body, "\u00FF\u00FE", 0);
    if (utf16) {
      return false;
    }
    int n = Math.min(body.length, SNIFF);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = body[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control * 100 > n;
  }

  /** Whether {@code magic} (as ISO-8859-1 bytes) occurs within the first {@code within} bytes. */
  private static boolean startsWithin(byte[] body, String magic, int within) {
    int last = Math.min(within, body.length - magic.length());
    for (int at = 0; at <= last; at++) {
      boolean match = true;
      for (int i = 0; i < magic.length() && match; i++) {
        match = body[at + i] == (byte) magic.charAt(i);
      }
      if (match) {
        return true;
      }
    }
    return false;
  }
}
