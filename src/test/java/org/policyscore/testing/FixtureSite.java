package org.policyscore.testing;

import java.io.InputStream;
import java.util.Map;

/**
 * The fixture telecom site under {@code src/test/resources/discover-site/}, served on 127.0.0.1:
 * an English home page with a Khmer twin, privacy and terms pages in both languages, a "Legal"
 * page in between, and a policy three clicks deep that discovery must not reach.
 */
public final class FixtureSite {
  private static final Map<String, String> PAGES = Map.ofEntries(
      Map.entry("/", "index.html"),
      Map.entry("/legal", "legal.html"),
      Map.entry("/legal/licences", "licences.html"),
      Map.entry("/terms-and-conditions/", "terms.html"),
      Map.entry("/privacy-notice/", "privacy.html"),
      Map.entry("/privacy-2019", "privacy-2019.html"),
      Map.entry("/km/", "km/index.html"),
      Map.entry("/km/privacy-notice/", "km/privacy.html"),
      Map.entry("/km/terms-and-conditions/", "km/terms.html"));

  private FixtureSite() {}

  public static LocalSite start() {
    LocalSite site = new LocalSite();
    site.at("/", ex -> {
      String file = PAGES.get(ex.getRequestURI().getPath());
      if (file == null) {
        LocalSite.send(ex, 404, "text/html", "<html><body>Not found</body></html>".getBytes());
        return;
      }
      try (InputStream in = FixtureSite.class.getResourceAsStream("/discover-site/" + file)) {
        // the Khmer privacy page is served with no charset at all, as some sites do
        LocalSite.send(ex, 200, file.equals("km/privacy.html") ? "text/html" : "text/html; charset=utf-8", in.readAllBytes());
      }
    });
    return site;
  }
}
