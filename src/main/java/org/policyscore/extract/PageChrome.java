package org.policyscore.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The default removal of what is not the policy: scripts and styles, hidden elements, site
 * navigation, page header and footer, and cookie and app-download banners. Runs whether or not
 * the study declares selectors, so that a change in the chrome never makes a new text version.
 *
 * <p>Header and footer elements inside {@code main} or {@code article} are kept: there they
 * hold the policy's own title and dates. Banners are recognised by their id, class, role or
 * aria-label (words like cookie, consent, app-banner, download-app), and app-download banners
 * also by their text ("Download the app!" with a link, in a short block outside the policy).
 *
 * <p>Linear in the size of the page however deep it is nested: each rule is decided in one
 * walk that carries what it needs down (inside main?) and up (holds a heading? a link? how much
 * text?), instead of asking every element about its ancestors or descendants.
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
  /** Most elements a block may hold to be read as a banner: banners are a handful. */
  private static final int BANNER_MAX_ELEMENTS = 300;
  /** How far up a banner's short wrappers are followed, and how large they may be. */
  private static final int WRAPPER_MAX_LEVELS = 50;
  private static final int WRAPPER_MAX_ELEMENTS = 2_000;

  static void strip(Element root) {
    removeAppBanners(root);
    root.select(ALWAYS).remove();
    // Forms are search boxes and sign-ups, except on sites (ASP.NET) that wrap the whole page
    // in one: a form holding the page's headings stays. (Forms do not nest in parsed HTML, so
    // asking each about its contents is linear.)
    for (Element form : root.select("form")) {
      if (form.selectFirst("main, article, [role=main], h1, h2") == null) {
        form.remove();
      }
    }
    removeAll(siteChrome(root));
    removeAll(namedChrome(root));
  }

  /** One open element of a walk, with what its subtree holds so far. */
  private static final class Open {
    final Element element;
    final boolean insideMain; // itself or an ancestor is main/article/[role=main]
    boolean holdsHeading; // itself or a descendant is main/article/[role=main]/h1
    boolean holdsLink; // itself or a descendant is a or button
    int letters; // non-space characters of its text, capped
    int elements; // elements in its subtree, itself included, capped
    Boolean onlyChildCalls; // for an element whose one child is an element: that child's verdict

    Open(Element element, boolean insideMain) {
      this.element = element;
      this.insideMain = insideMain;
    }
  }

  private static boolean isMain(Element e) {
    String tag = e.normalName();
    return tag.equals("main") || tag.equals("article") || e.attr("role").strip().equalsIgnoreCase("main");
  }

  /** Page {@code header} and {@code footer} (and their roles) outside main/article. */
  private static List<Element> siteChrome(Element root) {
    List<Element> out = new ArrayList<>();
    walk(root, (open, closing) -> {
      if (!closing) {
        Element e = open.element;
        String tag = e.normalName();
        String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
        boolean chrome = tag.equals("header") || tag.equals("footer") || role.equals("banner") || role.equals("contentinfo");
        if (chrome && (!open.insideMain || e == root)) {
          out.add(e);
        }
      }
    });
    return out;
  }

  /** Elements whose id, class, role or label names chrome, unless they hold the policy. */
  private static List<Element> namedChrome(Element root) {
    List<Element> out = new ArrayList<>();
    walk(root, (open, closing) -> {
      // A wrapper named e.g. "has-cookie-banner" must not take the policy with it.
      if (closing && open.element != root && !open.holdsHeading && looksLikeChrome(open.element)) {
        out.add(open.element);
      }
    });
    return out;
  }

  /**
   * App-download banners whose class names say nothing (hashed CSS-module names): a short block
   * outside main/article that calls to download the app and offers a link or button for it.
   * The largest such block that stays short is removed.
   */
  private static void removeAppBanners(Element root) {
    List<Element> calls = new ArrayList<>();
    Set<Element> callSet = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Open> stack = new ArrayDeque<>();
    walk(root, stack, (open, closing) -> {
      if (!closing) {
        return;
      }
      Element e = open.element;
      boolean calling;
      if (e == root || open.insideMain || !open.holdsLink || open.letters > BANNER_MAX_CHARS
          || open.elements > BANNER_MAX_ELEMENTS) {
        calling = false;
      } else if (open.onlyChildCalls != null) {
        calling = open.onlyChildCalls; // the same text as its one child's
      } else {
        String text = e.text();
        calling = text.length() <= BANNER_MAX_CHARS && APP_CALL.matcher(text).find();
      }
      if (calling) {
        calls.add(e);
        callSet.add(e);
      }
      Open parent = stack.peek();
      if (parent != null && parent.element.childNodeSize() == 1) {
        parent.onlyChildCalls = calling;
      }
    });
    Set<Element> banners = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> ordered = new ArrayList<>();
    for (Element e : calls) {
      if (e.parent() != null && callSet.contains(e.parent())) {
        continue; // its parent says the same, and climbs from there
      }
      Element top = e;
      for (int level = 0; level < WRAPPER_MAX_LEVELS && top.parent() != null && top.parent() != root
          && shortText(top.parent()); level++) {
        top = top.parent();
      }
      if (top.selectFirst("main, article, [role=main], h1") == null && banners.add(top)) {
        ordered.add(top);
      }
    }
    removeAll(ordered);
  }

  /**
   * Whether the element's text is short enough for a banner, asked at bounded cost: counting
   * stops as soon as there are too many elements or letters for one.
   */
  private static boolean shortText(Element e) {
    int[] count = {0, 0}; // elements, letters
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element) {
          count[0]++;
        } else if (node instanceof TextNode t) {
          count[1] += letters(t.getWholeText());
        }
        return count[0] > WRAPPER_MAX_ELEMENTS || count[1] > BANNER_MAX_CHARS ? FilterResult.STOP : FilterResult.CONTINUE;
      }
    }, e);
    return count[0] <= WRAPPER_MAX_ELEMENTS && count[1] <= BANNER_MAX_CHARS && e.text().length() <= BANNER_MAX_CHARS;
  }

  /** Called for each element as it opens ({@code closing} false) and closes. */
  private interface Step {
    void at(Open open, boolean closing);
  }

  private static void walk(Element root, Step step) {
    walk(root, new ArrayDeque<>(), step);
  }

  /**
   * One walk of the tree with jsoup's iterative traversal. {@code stack} holds the open
   * elements: at an element's closing, it has been popped, and its parent is on top.
   */
  private static void walk(Element root, Deque<Open> stack, Step step) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          Open parent = stack.peek();
          Open open = new Open(e, isMain(e) || (parent != null && parent.insideMain));
          stack.push(open);
          step.at(open, false);
        } else if (node instanceof TextNode t && !stack.isEmpty()) {
          Open parent = stack.peek();
          parent.letters = cappedAdd(parent.letters, letters(t.getWholeText()));
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return;
        }
        Open open = stack.pop();
        String tag = e.normalName();
        open.holdsHeading |= isMain(e) || tag.equals("h1");
        open.holdsLink |= tag.equals("a") || tag.equals("button");
        open.elements = cappedAdd(open.elements, 1);
        step.at(open, true);
        Open parent = stack.peek();
        if (parent != null) {
          parent.holdsHeading |= open.holdsHeading;
          parent.holdsLink |= open.holdsLink;
          parent.letters = cappedAdd(parent.letters, open.letters);
          parent.elements = cappedAdd(parent.elements, open.elements);
        }
      }
    }, root);
  }

  private static int cappedAdd(int a, int b) {
    return (int) Math.min(Integer.MAX_VALUE / 2, (long) a + b);
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }

  private static void removeAll(List<Element> elements) {
    for (Element e : elements) {
      e.remove();
    }
  }

  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

  private static boolean looksLikeChrome(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    // CSS-module names like "CookieConsent_root__x1y2" become "cookie-consent-root--x1y2".
    String words = CAMEL_HUMP.matcher(e.id() + " " + e.className() + " " + e.attr("role") + " " + e.attr("aria-label"))
        .replaceAll("$1-$2")
        .toLowerCase(Locale.ROOT).replace('_', '-');
    return !words.isBlank() && CHROME_WORDS.matcher(words).find();
  }
}
