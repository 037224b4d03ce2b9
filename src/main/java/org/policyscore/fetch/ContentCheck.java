package org.policyscore.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.policyscore.study.DocumentVersion;

/**
 * Refuses responses that are not a policy, so that they never become a "new version": an empty
 * body, an HTML page with no text (a script-only app shell), or one without the part the study's
 * {@code select} names (the site changed, or served an error page with status 200).
 */
final class ContentCheck {
  private ContentCheck() {}

  /** The problem with {@code d}, or empty when it looks like a document. */
  static Optional<String> problem(Download d, DocumentVersion version) {
    if (d.body().length == 0 || new String(d.body(), java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
      return Optional.of("empty response");
    }
    String type = d.contentType().toLowerCase(Locale.ROOT);
    if (!type.contains("html")) {
      return Optional.empty();
    }
    Document page;
    try {
      // jsoup finds the charset from the page's <meta> or byte-order mark, else assumes UTF-8
      page = Jsoup.parse(new ByteArrayInputStream(d.body()), charset(type), d.finalUrl());
    } catch (IOException | RuntimeException e) {
      return Optional.of("unreadable HTML: " + e.getMessage());
    }
    if (version.select().isPresent() && page.select(version.select().get()).isEmpty()) {
      return Optional.of("no part of the page matches select '" + version.select().get()
          + "' (the site changed, or this is not the policy page)");
    }
    if (page.body() == null || page.body().text().isBlank()) {
      return Optional.of("the page has no text (it may need JavaScript to show the policy)");
    }
    return Optional.empty();
  }

  private static String charset(String contentType) {
    int i = contentType.indexOf("charset=");
    if (i < 0) {
      return null;
    }
    String cs = contentType.substring(i + 8).replaceAll("[\";].*$", "").replace("\"", "").strip();
    try {
      return java.nio.charset.Charset.isSupported(cs) ? cs : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
