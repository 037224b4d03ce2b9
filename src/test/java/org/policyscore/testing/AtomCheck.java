package org.policyscore.testing;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A strict check of an Atom 1.0 feed against RFC 4287: which elements may appear where and
 * how often, the required ones, dates in RFC 3339 form with upper-case T and Z, ids that are
 * absolute IRIs, text and content types, and (stricter than the RFC, as feed readers need it)
 * links that are absolute. Returns every problem found, each naming where it is; an empty list
 * means the feed passed.
 */
public final class AtomCheck {
  public static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final Pattern DATE = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
  private static final Pattern MIME = Pattern.compile("[a-zA-Z0-9.+-]+/[a-zA-Z0-9.+-]+(\\s*;.*)?");

  /** Atom elements allowed in a feed, with [min, max] occurrences (-1: unbounded). */
  private static final Map<String, int[]> FEED = Map.ofEntries(
      Map.entry("author", new int[] {0, -1}), Map.entry("category", new int[] {0, -1}),
      Map.entry("contributor", new int[] {0, -1}), Map.entry("generator", new int[] {0, 1}),
      Map.entry("icon", new int[] {0, 1}), Map.entry("id", new int[] {1, 1}), Map.entry("link", new int[] {0, -1}),
      Map.entry("logo", new int[] {0, 1}), Map.entry("rights", new int[] {0, 1}),
      Map.entry("subtitle", new int[] {0, 1}), Map.entry("title", new int[] {1, 1}),
      Map.entry("updated", new int[] {1, 1}), Map.entry("entry", new int[] {0, -1}));
  private static final Map<String, int[]> ENTRY = Map.ofEntries(
      Map.entry("author", new int[] {0, -1}), Map.entry("category", new int[] {0, -1}),
      Map.entry("content", new int[] {0, 1}), Map.entry("contributor", new int[] {0, -1}),
      Map.entry("id", new int[] {1, 1}), Map.entry("link", new int[] {0, -1}),
      Map.entry("published", new int[] {0, 1}), Map.entry("rights", new int[] {0, 1}),
      Map.entry("source", new int[] {0, 1}), Map.entry("summary", new int[] {0, 1}),
      Map.entry("title", new int[] {1, 1}), Map.entry("updated", new int[] {1, 1}));
  private static final Set<String> TEXT_CONSTRUCTS = Set.of("title", "subtitle", "summary", "rights");
  private static final Set<String> DATE_CONSTRUCTS = Set.of("updated", "published");
  private static final Set<String> PERSON_CONSTRUCTS = Set.of("author", "contributor");
  private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "rel", "type", "hreflang", "title", "length");

  private final List<String> problems = new ArrayList<>();
  private final Set<String> entryIds = new HashSet<>();

  private AtomCheck() {}

  /** Every way the document breaks RFC 4287 (or has a relative link); empty when it is a valid feed. */
  public static List<String> problems(String xml) {
    AtomCheck check = new AtomCheck();
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      return List.of("not well-formed XML: " + e.getMessage());
    }
    Element root = doc.getDocumentElement();
    if (!ATOM.equals(root.getNamespaceURI()) || !"feed".equals(root.getLocalName())) {
      return List.of("the root is not atom:feed but " + root.getNamespaceURI() + " " + root.getLocalName());
    }
    check.feed(root);
    return check.problems;
  }

  private void feed(Element feed) {
    List<Element> children = atomChildren(feed);
    counts("feed", children, FEED);
    boolean feedAuthor = children.stream().anyMatch(c -> c.getLocalName().equals("author"));
    boolean self = false;
    for (Element c : children) {
      common(c, "feed");
      if (c.getLocalName().equals("entry")) {
        entry(c, feedAuthor);
      }
      if (c.getLocalName().equals("link") && "self".equals(c.getAttribute("rel"))) {
        self = true;
      }
    }
    if (!self) {
      problems.add("feed: no link rel=\"self\" (RFC 4287 4.1.1: SHOULD; a reader needs it to follow the feed)");
    }
    alternates("feed", children);
  }

  private void entry(Element entry, boolean feedAuthor) {
    List<Element> children = atomChildren(entry);
    String where = "entry " + text(children, "id");
    counts(where, children, ENTRY);
    children.forEach(c -> common(c, where));
    if (!entryIds.add(text(children, "id"))) {
      problems.add(where + ": the same id as an earlier entry");
    }
    boolean hasContent = children.stream().anyMatch(c -> c.getLocalName().equals("content"));
    boolean hasAlternate = children.stream().anyMatch(c -> c.getLocalName().equals("link")
        && (c.getAttribute("rel").isEmpty() || c.getAttribute("rel").equals("alternate")));
    if (!hasContent && !hasAlternate) {
      problems.add(where + ": neither content nor a link rel=\"alternate\" (RFC 4287 4.1.2)");
    }
    if (!feedAuthor && children.stream().noneMatch(c -> c.getLocalName().equals("author"))) {
      problems.add(where + ": no author, and the feed has none (RFC 4287 4.1.2)");
    }
    for (Element c : children) {
      if (c.getLocalName().equals("content") && c.hasAttribute("src")
          && children.stream().noneMatch(s -> s.getLocalName().equals("summary"))) {
        problems.add(where + ": content with src needs a summary (RFC 4287 4.1.2)");
      }
    }
    alternates(where, children);
  }

  /** Checks shared by every Atom element, by kind of construct. */
  private void common(Element e, String where) {
    String name = e.getLocalName();
    String at = where + ": <" + name + ">";
    if (name.equals("id") || name.equals("icon") || name.equals("logo")) {
      absolute(at, e.getTextContent().strip());
      leafOnly(at, e);
    } else if (DATE_CONSTRUCTS.contains(name)) {
      if (!DATE.matcher(e.getTextContent().strip()).matches()) {
        problems.add(at + " '" + e.getTextContent() + "' is not an RFC 3339 date-time (RFC 4287 3.3)");
      }
      leafOnly(at, e);
    } else if (TEXT_CONSTRUCTS.contains(name)) {
      textConstruct(at, e, e.getAttribute("type"));
    } else if (PERSON_CONSTRUCTS.contains(name)) {
      List<Element> parts = atomChildren(e);
      counts(at, parts, Map.of("name", new int[] {1, 1}, "uri", new int[] {0, 1}, "email", new int[] {0, 1}));
    } else if (name.equals("link")) {
      link(at, e);
    } else if (name.equals("content")) {
      String type = e.getAttribute("type");
      if (e.hasAttribute("src")) {
        absolute(at + " src", e.getAttribute("src"));
        if (e.getChildNodes().getLength() > 0) {
          problems.add(at + " has src and is not empty (RFC 4287 4.1.3.2)");
        }
      } else if (!type.isEmpty() && !Set.of("text", "html", "xhtml").contains(type) && !MIME.matcher(type).matches()) {
        problems.add(at + " type '" + type + "' is neither text, html, xhtml nor a MIME type");
      } else {
        textConstruct(at, e, type);
      }
    } else if (name.equals("generator")) {
      leafOnly(at, e);
    }
  }

  private void textConstruct(String at, Element e, String type) {
    if (!type.isEmpty() && !Set.of("text", "html", "xhtml").contains(type)) {
      problems.add(at + " type '" + type + "' is not text, html or xhtml (RFC 4287 3.1.1)");
    } else if (type.equals("xhtml")) {
      List<Element> kids = elements(e);
      if (kids.size() != 1 || !XHTML.equals(kids.get(0).getNamespaceURI()) || !kids.get(0).getLocalName().equals("div")) {
        problems.add(at + " of type xhtml must hold exactly one xhtml:div (RFC 4287 3.1.1.3)");
      }
    } else {
      leafOnly(at, e);
    }
  }

  private void link(String at, Element e) {
    if (!e.hasAttribute("href")) {
      problems.add(at + " has no href (RFC 4287 4.2.7.1)");
    } else {
      absolute(at + " href", e.getAttribute("href"));
    }
    if (e.hasAttribute("type") && !MIME.matcher(e.getAttribute("type")).matches()) {
      problems.add(at + " type '" + e.getAttribute("type") + "' is not a MIME type (RFC 4287 4.2.7.3)");
    }
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      if (a.getNamespaceURI() == null && !LINK_ATTRIBUTES.contains(a.getLocalName())) {
        problems.add(at + " has an attribute Atom does not define: " + a.getLocalName());
      }
    }
    leafOnly(at, e);
  }

  /** RFC 4287 4.1.1 and 4.1.2: no two alternate links with the same type and hreflang. */
  private void alternates(String where, List<Element> children) {
    Set<String> seen = new HashSet<>();
    for (Element c : children) {
      if (c.getLocalName().equals("link") && (c.getAttribute("rel").isEmpty() || c.getAttribute("rel").equals("alternate"))
          && !seen.add(c.getAttribute("type") + "|" + c.getAttribute("hreflang"))) {
        problems.add(where + ": two alternate links with the same type and hreflang");
      }
    }
  }

  private void counts(String where, List<Element> children, Map<String, int[]> allowed) {
    for (Element c : children) {
      if (!allowed.containsKey(c.getLocalName())) {
        problems.add(where + ": atom:" + c.getLocalName() + " is not allowed here");
      }
    }
    allowed.forEach((name, range) -> {
      long n = children.stream().filter(c -> c.getLocalName().equals(name)).count();
      if (n < range[0] || (range[1] >= 0 && n > range[1])) {
        problems.add(where + ": " + n + " atom:" + name + ", expected "
            + (range[1] < 0 ? "at least " + range[0] : range[0] == range[1] ? "exactly " + range[0] : "at most " + range[1]));
      }
    });
  }

  private void absolute(String at, String iri) {
    try {
      URI u = new URI(iri);
      if (!u.isAbsolute()) {
        problems.add(at + " '" + iri + "' is not absolute");
      }
    } catch (URISyntaxException e) {
      problems.add(at + " '" + iri + "' is not an IRI: " + e.getMessage());
    }
  }

  private void leafOnly(String at, Element e) {
    if (!elements(e).isEmpty()) {
      problems.add(at + " must not hold child elements");
    }
  }

  private static String text(List<Element> children, String name) {
    return children.stream().filter(c -> c.getLocalName().equals(name)).findFirst()
        .map(c -> c.getTextContent().strip()).orElse("(no id)");
  }

  private static List<Element> atomChildren(Element e) {
    return elements(e).stream().filter(c -> ATOM.equals(c.getNamespaceURI())).toList();
  }

  private static List<Element> elements(Element e) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        out.add((Element) nodes.item(i));
      }
    }
    return out;
  }
}
