package org.policyscore.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

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
      w.walk(root); // a selected heading or table is rendered as one
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

  /** Iterative (jsoup's traversal keeps no call stack), so a page nested 1,000,000 deep is fine. */
  private static void collect(Node node, StringBuilder sb) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node n, int depth) {
        if (n instanceof TextNode t) {
          sb.append(t.getWholeText());
        } else if (n instanceof Element e) {
          if (e.normalName().equals("br")) {
            sb.append(BR);
          } else if (isBlock(e)) {
            sb.append(' ');
          }
        }
      }

      @Override
      public void tail(Node n, int depth) {
        if (n instanceof Element e && !e.normalName().equals("br")
            && (isBlock(e) || e.normalName().equals("td") || e.normalName().equals("th"))) {
          sb.append(' ');
        }
      }
    }, node);
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

  /**
   * Walks block structure, gathering loose inline content into paragraphs. The walk keeps its
   * own stack of work rather than recursing, so nesting depth costs heap, not call stack: a
   * hostile page nested 1,000,000 levels deep renders like a shallow one.
   */
  private static final class Walker {
    /** Lists nested deeper than this are indented as this deep: deeper says nothing more. */
    private static final int MAX_LIST_INDENT = 8;

    /** Quotes nested deeper than this are read as part of the quote around them. */
    private static final int MAX_QUOTE_DEPTH = 8;

    private List<String> blocks;
    private int quoteDepth;
    private final List<Node> pendingNodes = new ArrayList<>();
    private final Deque<Runnable> work = new ArrayDeque<>();

    Walker(List<String> blocks) {
      this.blocks = blocks;
    }

    /** Renders {@code n} and everything scheduled while doing so. */
    void walk(Node n) {
      work.push(() -> node(n));
      while (!work.isEmpty()) {
        work.pop().run();
      }
    }

    /** Schedules the children of {@code parent}, in order, before whatever is already scheduled. */
    private void children(Element parent) {
      List<Node> kids = parent.childNodes();
      for (int i = kids.size() - 1; i >= 0; i--) {
        Node c = kids.get(i);
        work.push(() -> node(c));
      }
    }

    private void node(Node n) {
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
          List<String> lines = list(e);
          if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines));
          }
        }
        case "table" -> table(e);
        case "blockquote" -> {
          if (quoteDepth >= MAX_QUOTE_DEPTH) {
            // Deeper quotes read as the quote around them: each level would re-prefix all
            // of its text, which for a hostile page nested without end costs without end.
            work.push(this::flush);
            children(e);
            return;
          }
          // The quote's blocks are gathered apart, then added to the outer ones as "> " lines.
          List<String> outer = blocks;
          List<String> inner = new ArrayList<>();
          blocks = inner;
          quoteDepth++;
          work.push(() -> {
            flush();
            blocks = outer;
            quoteDepth--;
            if (!inner.isEmpty()) {
              blocks.add(String.join("\n>\n", inner.stream().map(b -> "> " + b.replace("\n", "\n> ")).toList()));
            }
          });
          children(e);
        }
        case "hr" -> { }
        default -> {
          work.push(this::flush);
          children(e);
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

    /** One list level being written: its element, depth, and the next child and number. */
    private static final class ListLevel {
      final Element list;
      final int depth;
      final boolean ordered;
      int next;
      int number;

      ListLevel(Element list, int depth) {
        this.list = list;
        this.depth = depth;
        this.ordered = list.normalName().equals("ol");
        this.number = ordered ? parseStart(list.attr("start")) : 0;
      }
    }

    /** A list and the lists nested in its items, one line per item, without recursion. */
    private static List<String> list(Element top) {
      List<String> lines = new ArrayList<>();
      Deque<ListLevel> levels = new ArrayDeque<>();
      levels.push(new ListLevel(top, 0));
      while (!levels.isEmpty()) {
        ListLevel level = levels.peek();
        if (level.next >= level.list.childrenSize()) {
          levels.pop();
          continue;
        }
        Element li = level.list.child(level.next++);
        String indent = "  ".repeat(Math.min(level.depth, MAX_LIST_INDENT));
        if (!li.normalName().equals("li")) {
          // Malformed lists put other elements straight in ul/ol: keep their text as items.
          String text = inline(li).replace('\n', ' ');
          if (!text.isEmpty()) {
            lines.add(indent + "- " + text);
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
        String marker = level.ordered ? marker(level.list.attr("type"), level.number++) + ". " : "- ";
        String text = fold(own).replace("\n", " ");
        if (!text.isEmpty() || !nested.isEmpty()) {
          lines.add(indent + marker + text);
        }
        // The item's nested lists come next, in order, before the item's next sibling.
        for (int i = nested.size() - 1; i >= 0; i--) {
          levels.push(new ListLevel(nested.get(i), level.depth + 1));
        }
      }
      return lines;
    }

    /** Clause references keep their style: {@code type="a"} lists are a. b. c., "i" i. ii. iii. */
    private static String marker(String type, int n) {
      return switch (type) {
        case "a" -> letters(n);
        case "A" -> letters(n).toUpperCase(java.util.Locale.ROOT);
        case "i" -> RomanNumerals.of(n).toLowerCase(java.util.Locale.ROOT);
        case "I" -> RomanNumerals.of(n);
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
      // Rows of a nested table are read as cell text of the outer one, so only this table's
      // own rows (direct, or in its thead/tbody/tfoot) are walked: linear however deep.
      for (Element tr : ownRows(table)) {
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

    private static List<Element> ownRows(Element table) {
      List<Element> out = new ArrayList<>();
      for (Element c : table.children()) {
        switch (c.normalName()) {
          case "tr" -> out.add(c);
          case "thead", "tbody", "tfoot" -> c.children().forEach(r -> {
            if (r.normalName().equals("tr")) {
              out.add(r);
            }
          });
          default -> { }
        }
      }
      return out;
    }
  }
}
