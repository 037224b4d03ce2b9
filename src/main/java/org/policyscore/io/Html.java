package org.policyscore.io;

import java.util.Locale;

/**
 * Escaping for text and attribute values, and a guard for links taken from data: everything a
 * policy says goes through here before it reaches an HTML page.
 */
public final class Html {
  private Html() {}

  /** Escapes text for an element's content or a double-quoted attribute value. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether a link from data may become an href: http(s) URLs and relative paths only, never
   * {@code javascript:}, {@code data:} or another scheme.
   */
  public static boolean safeLink(String link) {
    if (link == null || link.isBlank()) {
      return false;
    }
    String l = link.strip().toLowerCase(Locale.ROOT);
    if (l.startsWith("http://") || l.startsWith("https://")) {
      return true;
    }
    int colon = l.indexOf(':');
    int slash = l.indexOf('/');
    return colon < 0 || (slash >= 0 && slash < colon);
  }

  /** A link when safe, else the text alone. */
  public static String link(String href, String text) {
    if (!safeLink(href)) {
      return escape(text);
    }
    return "<a href=\"" + escape(href.strip()) + "\">" + escape(text) + "</a>";
  }

  /** Marks Khmer text so the browser picks a Khmer font and line breaking. */
  public static String lang(String text) {
    return text != null && text.codePoints().anyMatch(cp -> cp >= 0x1780 && cp <= 0x17FF) ? " lang=\"km\"" : "";
  }
}
