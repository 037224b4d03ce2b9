package org.policyscore.diff;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page's text, one block (heading, paragraph, list item, table row) per line, with
 * Markdown heading marks, so the diff can find headings and sentences. Deliberately plain: the
 * extraction stage (selectors, banner removal) is where a study's pages are cleaned properly.
 */
final class HtmlText {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "li", "ul", "ol",
      "table", "tr", "blockquote", "pre", "dl", "dt", "dd", "form", "figure", "figcaption", "address",
      "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr");

  private HtmlText() {}

  static String text(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    doc.select("script, style, noscript, template, svg, iframe").remove();
    StringBuilder out = new StringBuilder();
    walk(doc.body() == null ? doc : doc.body(), out);
    return tidy(out.toString());
  }

  private static void walk(Node node, StringBuilder out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        out.append(t.getWholeText().replaceAll("\\s+", " "));
      } else if (child instanceof Element e) {
        String tag = e.normalName().toLowerCase(Locale.ROOT);
        boolean block = BLOCKS.contains(tag);
        if (block) {
          out.append('\n');
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
          out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
        } else if (tag.equals("li")) {
          out.append("- ");
        } else if (tag.equals("td") || tag.equals("th")) {
          out.append(' ');
        }
        walk(e, out);
        if (block) {
          out.append('\n');
        }
      }
    }
  }

  /** Trims every line and keeps one blank line at most between blocks. */
  private static String tidy(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.equals("-") || t.matches("#+")) {
        continue;
      }
      out.append(t).append("\n\n");
    }
    return out.toString();
  }
}
