package org.policyscore.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixture telecom site under {@code src/test/resources/evidence/site/}, served on 127.0.0.1:
 * Kampot Mobile's home page, and its terms and privacy notice in English and Khmer. A test can
 * put another page behind a path mid-test, as the company does when it changes its notice.
 */
public final class EvidenceSite implements AutoCloseable {
  private final LocalSite site = new LocalSite();
  private final Map<String, String> pages = new ConcurrentHashMap<>(Map.of(
      "/", "index.html",
      "/terms/", "terms-en.html",
      "/privacy/", "privacy-en.html",
      "/km/terms/", "km/terms.html",
      "/km/privacy/", "km/privacy.html"));

  private EvidenceSite() {
    site.at("/", ex -> {
      String file = pages.get(ex.getRequestURI().getPath());
      if (file == null) {
        LocalSite.send(ex, 404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
      } else {
        LocalSite.send(ex, 200, "text/html; charset=utf-8", page(file));
      }
    });
  }

  public static EvidenceSite start() {
    return new EvidenceSite();
  }

  /** From now on serves {@code file} (a page of the fixture site, such as "privacy-en-v2.html") at {@code path}. */
  public EvidenceSite serve(String path, String file) {
    if (EvidenceSite.class.getResource(resource(file)) == null) {
      throw new IllegalArgumentException("no page " + file + " in the fixture site");
    }
    pages.put(path, file);
    return this;
  }

  public URI url(String path) {
    return site.url(path);
  }

  /** A page of the fixture site as saved from the web, for tests that import it. */
  public static byte[] page(String file) throws IOException {
    try (InputStream in = EvidenceSite.class.getResourceAsStream(resource(file))) {
      if (in == null) {
        throw new IllegalArgumentException("no page " + file + " in the fixture site");
      }
      return in.readAllBytes();
    }
  }

  private static String resource(String file) {
    return "/evidence/site/" + file;
  }

  @Override
  public void close() {
    site.close();
  }
}
