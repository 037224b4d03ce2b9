package org.policyscore.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The default removal of what is not the policy: scripts and styles, hidden elements, site
 * navigation, page header and footer, and cookie and app-download banners. Runs whether or not
 * the study declares selectors, so that a change in the chrome never makes a new text version.
 *
 * <p>Header and footer elements inside {@code main} or {@code article} are kept: there they
 * hold the policy's own title and dates. Banners are recognised by their id, class, role or
 * aria-label (words like cookie, consent, app-banner, download-app), not by their text.
 */
final class PageChrome {
  private PageChrome() {}

  /** Never content, wherever they are. */
  private static final String ALWAYS = String.join(", ",
      "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
      "button", "input", "select", "textarea", "form", "dialog", "link", "meta",
      "[hidden]", "[aria-hidden=true]", "[style~=(?i)display\\s*:\\s*none]",
      "[style~=(?i)visibility\\s*:\\s*hidden]",
      "nav", "[role=navigation]", "[role=search]", "aside", "[role=complementary]");

  /** Site chrome when outside main/article. */
  private static final String CHROME = "header, footer, [role=banner], [role=contentinfo]";

  private static final Pattern CHROME_WORDS = Pattern.compile(
      "(^|[^a-z])(cookie|cookies|consent|gdpr|app-?banner|smart-?banner|download-?app|"
          + "app-?download|get-?the-?app|install-?app|skip-?link|skip-?to-?content|breadcrumbs?|"
          + "navbar|nav-?bar|menu|sidebar|social|share-?buttons|newsletter|back-?to-?top|"
          + "site-?header|site-?footer|toast|popup|modal|related|related-?links)($|[^a-z])");

  static void strip(Element root) {
    root.select(ALWAYS).remove();
    for (Element e : root.select(CHROME)) {
      if (e.closest("main, article, [role=main]") == null || e == root) {
        e.remove();
      }
    }
    Elements marked = new Elements();
    for (Element e : root.getAllElements()) {
      // A wrapper named e.g. "has-cookie-banner" must not take the policy with it.
      if (e != root && looksLikeChrome(e) && e.selectFirst("main, article, [role=main], h1") == null) {
        marked.add(e);
      }
    }
    marked.remove();
  }

  private static boolean looksLikeChrome(Element e) {
    String words = (e.id() + " " + e.className() + " " + e.attr("role") + " " + e.attr("aria-label"))
        .toLowerCase(Locale.ROOT).replace('_', '-');
    return !words.isBlank() && CHROME_WORDS.matcher(words).find();
  }
}
