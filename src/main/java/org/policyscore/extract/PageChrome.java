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
 * aria-label (words like cookie, consent, app-banner, download-app), and app-download banners
 * also by their text ("Download the app!" with a link, in a short block outside the policy).
 */
final class PageChrome {
  private PageChrome() {}

  /** Never content, wherever they are. */
  private static final String ALWAYS = String.join(", ",
      "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
      "button", "input", "select", "textarea", "label", "dialog", "link", "meta",
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

  /** The call of an app-download banner, in English or Khmer. */
  private static final Pattern APP_CALL = Pattern.compile(
      "(?iu)\\b(download|get|install)\\s+(the|our)\\s+app\\b|ទាញយក\\s*កម្មវិធី");

  /** Longest text an app banner may hold: a policy paragraph that mentions the app is longer. */
  private static final int BANNER_MAX_CHARS = 200;

  static void strip(Element root) {
    removeAppBanners(root);
    root.select(ALWAYS).remove();
    // Forms are search boxes and sign-ups, except on sites (ASP.NET) that wrap the whole page
    // in one: a form holding the page's headings stays.
    for (Element form : root.select("form")) {
      if (form.selectFirst("main, article, [role=main], h1, h2") == null) {
        form.remove();
      }
    }
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

  /**
   * App-download banners whose class names say nothing (hashed CSS-module names): a short block
   * outside main/article that calls to download the app and offers a link or button for it.
   * The largest such block that stays short is removed.
   */
  private static void removeAppBanners(Element root) {
    Elements banners = new Elements();
    for (Element e : root.getAllElements()) {
      if (e == root || e.closest("main, article, [role=main]") != null || e.selectFirst("a, button") == null) {
        continue;
      }
      String text = e.text();
      if (text.length() > BANNER_MAX_CHARS || !APP_CALL.matcher(text).find()) {
        continue;
      }
      Element top = e;
      while (top.parent() != null && top.parent() != root && top.parent().text().length() <= BANNER_MAX_CHARS) {
        top = top.parent();
      }
      if (top.selectFirst("main, article, [role=main], h1") == null && !banners.contains(top)) {
        banners.add(top);
      }
    }
    banners.remove();
  }

  private static boolean looksLikeChrome(Element e) {
    // CSS-module names like "CookieConsent_root__x1y2" become "cookie-consent-root--x1y2".
    String words = (e.id() + " " + e.className() + " " + e.attr("role") + " " + e.attr("aria-label"))
        .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .toLowerCase(Locale.ROOT).replace('_', '-');
    return !words.isBlank() && CHROME_WORDS.matcher(words).find();
  }
}
