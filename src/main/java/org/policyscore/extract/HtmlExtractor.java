package org.policyscore.extract;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

/**
 * HTML to Markdown with jsoup: decode (see {@link HtmlCharset}), parse, keep what the declared
 * {@code select} selectors match (or the whole body), drop the declared {@code remove}
 * selectors and the page chrome ({@link PageChrome}), render ({@link HtmlToMarkdown}).
 */
final class HtmlExtractor {
  private HtmlExtractor() {}

  static String extract(byte[] content, String contentType, String url, ExtractionRules rules, List<String> warnings)
      throws ExtractionException {
    Charset charset = HtmlCharset.detect(content, contentType);
    // Only a declared or marked UTF-16 page may hold NUL bytes; a guessed one is binary.
    boolean utf16 = charset.name().startsWith("UTF-16") && HtmlCharset.declared(content, contentType);
    if (!utf16 && hasNul(content)) {
      throw new ExtractionException("not an HTML page: it holds binary data");
    }
    String html = new String(content, charset);
    return render(Jsoup.parse(html, url == null ? "" : url), rules, warnings);
  }

  /** Also used for the XHTML that Tika makes of PDF and DOCX. */
  static String render(Document doc, ExtractionRules rules, List<String> warnings) throws ExtractionException {
    List<Element> roots = new ArrayList<>();
    for (String selector : rules.select()) {
      Elements found = select(doc, selector, "select");
      if (found.isEmpty()) {
        throw new ExtractionException("select '" + selector + "' matches nothing on the page", selector, null);
      }
      roots.addAll(outermost(doc, found, roots));
    }
    if (roots.isEmpty()) {
      roots.add(doc.body());
    }
    for (String selector : rules.remove()) {
      boolean matched = false;
      for (Element root : roots) {
        Elements found = select(root, selector, "remove");
        matched |= !found.isEmpty();
        found.remove();
      }
      if (!matched) {
        // Not an error: nothing to remove cannot empty the text, and a banner that went away
        // should not stop the archive from being read. Said, so the study can be updated.
        warnings.add("remove '" + selector + "' matches nothing on the page");
      }
    }
    for (Element root : roots) {
      PageChrome.strip(root);
    }
    return HtmlToMarkdown.render(roots);
  }

  /**
   * Counts start tags ({@code <} then a letter) in the raw bytes, stopping once past
   * {@code limit}: cheaper than parsing, and every tag costs an element in memory.
   */
  static int countTags(byte[] content, int limit) {
    int tags = 0;
    for (int i = 0, n = content.length - 1; i < n && tags <= limit; i++) {
      if (content[i] == '<') {
        int c = content[i + 1] | 0x20;
        if (c >= 'a' && c <= 'z') {
          tags++;
        }
      }
    }
    return tags;
  }

  /**
   * The elements of {@code found} that are neither one of {@code taken} nor inside one, nor
   * inside another element of {@code found}: a root inside another root would be rendered
   * twice. One walk of the page, however deep it is nested.
   */
  private static List<Element> outermost(Document doc, Elements found, List<Element> taken) {
    Set<Element> covering = Collections.newSetFromMap(new IdentityHashMap<>());
    covering.addAll(taken);
    Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
    wanted.addAll(found);
    List<Element> out = new ArrayList<>();
    int[] inside = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && (covering.contains(e) || wanted.contains(e))) {
          if (inside[0] == 0 && !covering.contains(e)) {
            out.add(e);
          }
          inside[0]++;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && (covering.contains(e) || wanted.contains(e))) {
          inside[0]--;
        }
      }
    }, doc);
    return out;
  }

  /** NUL bytes near the start: binary content (an image, an archive) served as a web page. */
  private static boolean hasNul(byte[] content) {
    for (int i = 0, n = Math.min(content.length, 8192); i < n; i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static Elements select(Element scope, String selector, String what) throws ExtractionException {
    try {
      return scope.select(selector);
    } catch (Selector.SelectorParseException e) {
      throw new ExtractionException(what + " '" + selector + "' is not a valid CSS selector: " + e.getMessage(), selector, e);
    }
  }
}
