package org.policyscore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders the policy part of a page as plain Markdown: headings ({@code #}), paragraphs, list
 * items ({@code -} or {@code 1.}, nested by two spaces), block quotes, and tables as rows of
 * cells separated by {@code |}. Links, emphasis and images are dropped: only the words count,
 * so a restyled page gives the same text. Blocks are separated by one blank line.
 */
final class HtmlToMarkdown {
  private HtmlToMarkdown() {}

  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
      "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
      "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
      "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "ul");

  /** A line-break placeholder that survives whitespace folding. */
  private static final char BR = '\u2028';

  static String render(List<Element> roots) {
    List<String> blocks = new ArrayList<>();
    for (Element root : roots) {
      Walker w = new Walker(blocks);
      w.node(root); // a selected heading or table is rendered as one
      w.flush();
    }
    return String.join("\n\n", blocks);
  }

  static boolean isBlock(Node n) {
    return n instanceof Element e && BLOCKS.contains(e.normalName());
  }

  /** Text of inline content, whitespace folded, line breaks kept as new lines. */
  static String inline(Node node) {
    StringBuilder sb = new StringBuilder();
    collect(node, sb);
    return fold(sb);
  }

  private static void collect(Node node, StringBuilder sb) {
    if (node instanceof TextNode t) {
      sb.append(t.getWholeText());
    } else if (node instanceof Element e) {
      if (e.normalName().equals("br")) {
        sb.append(BR);
        return;
      }
      boolean block = isBlock(e);
      if (block) {
        sb.append(' ');
      }
      for (Node c : e.childNodes()) {
        collect(c, sb);
      }
      if (block || e.normalName().equals("td") || e.normalName().equals("th")) {
        sb.append(' ');
      }
    }
  }

  private static String fold(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == BR) {
        trimEnd(out);
        out.append('\n');
        space = false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    trimEnd(out);
    return out.toString().strip();
  }

  private static void trimEnd(StringBuilder sb) {
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
  }

  /** Walks block structure, gathering loose inline content into paragraphs. */
  private static final class Walker {
    private final List<String> blocks;
    private final StringBuilder pending = new StringBuilder();
    private final List<Node> pendingNodes = new ArrayList<>();

    Walker(List<String> blocks) {
      this.blocks = blocks;
    }

    void children(Element parent) {
      for (Node c : parent.childNodes()) {
        node(c);
      }
    }

    void node(Node n) {
      if (!isBlock(n)) {
        pendingNodes.add(n);
        return;
      }
      flush();
      Element e = (Element) n;
      String tag = e.normalName();
      switch (tag) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> {
          String text = inline(e).replace('\n', ' ');
          if (!text.isEmpty()) {
            blocks.add("#".repeat(tag.charAt(1) - '0') + " " + text);
          }
        }
        case "ul", "ol" -> {
          List<String> lines = new ArrayList<>();
          list(e, 0, lines);
          if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines));
          }
        }
        case "table" -> table(e);
        case "blockquote" -> {
          List<String> inner = new ArrayList<>();
          Walker w = new Walker(inner);
          w.children(e);
          w.flush();
          if (!inner.isEmpty()) {
            blocks.add(String.join("\n>\n", inner.stream().map(b -> "> " + b.replace("\n", "\n> ")).toList()));
          }
        }
        case "hr" -> { }
        default -> {
          children(e);
          flush();
        }
      }
    }

    void flush() {
      if (pendingNodes.isEmpty()) {
        return;
      }
      StringBuilder sb = new StringBuilder();
      for (Node n : pendingNodes) {
        collect(n, sb);
      }
      pendingNodes.clear();
      String text = fold(sb);
      if (!text.isEmpty()) {
        blocks.add(text);
      }
    }

    private void list(Element listEl, int depth, List<String> lines) {
      boolean ordered = listEl.normalName().equals("ol");
      int number = ordered ? parseStart(listEl.attr("start")) : 0;
      for (Element li : listEl.children()) {
        if (!li.normalName().equals("li")) {
          // Malformed lists put other elements straight in ul/ol: keep their text as items.
          String text = inline(li).replace('\n', ' ');
          if (!text.isEmpty()) {
            lines.add("  ".repeat(depth) + "- " + text);
          }
          continue;
        }
        StringBuilder own = new StringBuilder();
        List<Element> nested = new ArrayList<>();
        for (Node c : li.childNodes()) {
          if (c instanceof Element ce && (ce.normalName().equals("ul") || ce.normalName().equals("ol"))) {
            nested.add(ce);
          } else {
            collect(c, own);
            own.append(' ');
          }
        }
        String marker = ordered ? marker(listEl.attr("type"), number++) + ". " : "- ";
        String text = fold(own).replace("\n", " ");
        if (!text.isEmpty() || !nested.isEmpty()) {
          lines.add("  ".repeat(depth) + marker + text);
        }
        for (Element n : nested) {
          list(n, depth + 1, lines);
        }
      }
    }

    /** Clause references keep their style: {@code type="a"} lists are a. b. c., "i" i. ii. iii. */
    private static String marker(String type, int n) {
      return switch (type) {
        case "a" -> letters(n);
        case "A" -> letters(n).toUpperCase(java.util.Locale.ROOT);
        case "i" -> roman(n);
        case "I" -> roman(n).toUpperCase(java.util.Locale.ROOT);
        default -> Integer.toString(n);
      };
    }

    private static String letters(int n) {
      if (n < 1) {
        return Integer.toString(n);
      }
      StringBuilder sb = new StringBuilder();
      for (int v = n; v > 0; v = (v - 1) / 26) {
        sb.insert(0, (char) ('a' + (v - 1) % 26));
      }
      return sb.toString();
    }

    private static String roman(int n) {
      if (n < 1 || n > 3999) {
        return Integer.toString(n);
      }
      int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
      String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
      StringBuilder sb = new StringBuilder();
      int v = n;
      for (int i = 0; i < values.length; i++) {
        for (; v >= values[i]; v -= values[i]) {
          sb.append(digits[i]);
        }
      }
      return sb.toString();
    }

    private static int parseStart(String start) {
      try {
        return start.isBlank() ? 1 : Integer.parseInt(start.strip());
      } catch (NumberFormatException e) {
        return 1;
      }
    }

    private void table(Element table) {
      List<String> rows = new ArrayList<>();
      Element caption = table.selectFirst("> caption");
      if (caption != null && !inline(caption).isEmpty()) {
        blocks.add(inline(caption).replace('\n', ' '));
      }
      for (Element tr : table.select("tr")) {
        if (tr.closest("table") != table) {
          continue; // rows of a nested table are read as cell text of the outer one
        }
        List<String> cells = new ArrayList<>();
        boolean header = rows.isEmpty() && tr.selectFirst("> th") != null;
        for (Element cell : tr.children()) {
          if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
            cells.add(inline(cell).replace('\n', ' ').replace("|", "\\|"));
          }
        }
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
          rows.add("| " + String.join(" | ", cells) + " |");
          if (header) {
            rows.add("|" + " --- |".repeat(cells.size()));
          }
        }
      }
      if (!rows.isEmpty()) {
        blocks.add(String.join("\n", rows));
      }
    }
  }
}
