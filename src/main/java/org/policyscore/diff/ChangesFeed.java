package org.policyscore.diff;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.policyscore.io.Html;

/**
 * An Atom 1.0 feed (RFC 4287) of a study's document changes, so that a journalist's feed reader
 * shows a new entry whenever a company changes a policy: the company and document by name in
 * each title, an absolute link to the change's HTML page, the copies and dates to cite, and
 * the elements touched. Deterministic: ids are derived from the study and the copies' hashes,
 * times from the archive, never from the clock.
 */
public final class ChangesFeed {
  public static final String ATOM = "http://www.w3.org/2005/Atom";
  /** The feed's time when it has no entry: no version is known, so no time can be claimed. */
  static final Instant NO_ENTRIES = Instant.EPOCH;

  private ChangesFeed() {}

  /**
   * @param self the feed's own absolute address (http(s) where it is published, or file:)
   * @param changes the events, each with an absolute link to its page
   */
  public static String write(String studyId, String studyName, List<DocumentChange> changes, String self) {
    if (!URI.create(self).isAbsolute()) {
      throw new IllegalArgumentException("the feed's address must be absolute: " + self);
    }
    List<DocumentChange> sorted = changes.stream()
        .sorted(Comparator.comparing(DocumentChange::when).reversed().thenComparing(DocumentChange::path))
        .toList();
    Instant updated = sorted.isEmpty() ? NO_ENTRIES : sorted.get(0).when();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      x.writeStartDocument("UTF-8", "1.0");
      nl(x, 0);
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      leaf(x, 1, "id", uuid("policyscore changes " + studyId));
      leaf(x, 1, "title", "Policy changes: " + studyName);
      leaf(x, 1, "subtitle", "Terms and privacy policies of the study " + studyName
          + " that changed, with the copies to cite and the indicator elements each change touches");
      leaf(x, 1, "updated", updated.toString());
      link(x, 1, "self", "application/atom+xml", self);
      nl(x, 1);
      x.writeStartElement("author");
      leaf(x, 2, "name", "policyscore");
      nl(x, 1);
      x.writeEndElement();
      leaf(x, 1, "generator", "policyscore");
      for (DocumentChange c : sorted) {
        entry(x, c);
      }
      nl(x, 0);
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string cannot fail", e);
    }
    return text + "\n";
  }

  private static void entry(XMLStreamWriter x, DocumentChange c) throws XMLStreamException {
    nl(x, 1);
    x.writeStartElement("entry");
    String newer = identity(c.newer());
    leaf(x, 2, "id", uuid(c.older().map(o -> "policyscore change " + c.path() + " " + identity(o) + " " + newer)
        .orElse("policyscore first " + c.path() + " " + newer)));
    leaf(x, 2, "title", c.doc().displayName() + (c.isFirst() ? ": first archived" : " changed: " + c.counts()));
    leaf(x, 2, "updated", c.when().toString());
    if (!c.link().isEmpty()) {
      link(x, 2, "alternate", "text/html", c.link());
    }
    leaf(x, 2, "summary", c.isFirst() ? "First archived copy of " + c.doc().displayName() + "; nothing to compare yet."
        : c.counts() + " sentences; elements touched: " + c.touchedSummary());
    nl(x, 2);
    x.writeStartElement("content");
    x.writeAttribute("type", "html");
    x.writeCharacters(xmlSafe(content(c)));
    x.writeEndElement();
    nl(x, 1);
    x.writeEndElement();
  }

  /** What a story cites a version by: its first copy's hash, else its text's. */
  private static String identity(Citation c) {
    return c.firstCopy().map(Copy::sha256).orElse(c.sha256());
  }

  /** The entry's body: the versions to cite, the counts, the elements touched. */
  static String content(DocumentChange c) {
    StringBuilder h = new StringBuilder();
    h.append("<p><b>").append(Html.escape(c.doc().displayName())).append("</b> (").append(Html.escape(c.path()))
        .append(")</p>\n");
    c.older().ifPresent(o -> version(h, "Older version", o));
    version(h, c.isFirst() ? "First archived version" : "Newer version", c.newer());
    c.older().flatMap(o -> Citation.changedBetween(o, c.newer()))
        .ifPresent(b -> h.append("<p>").append(Html.escape(b)).append(".</p>\n"));
    if (c.isFirst()) {
      h.append("<p>The first copy of this document in the archive: there is no earlier version to compare.</p>\n");
    } else {
      h.append("<p>Sentences: ").append(Html.escape(c.counts())).append(".</p>\n<p>Elements touched:");
      if (c.touched().isEmpty()) {
        h.append(" none.</p>\n");
      } else {
        h.append("</p>\n<ul>\n");
        for (TouchedElement e : c.touched()) {
          h.append("<li><b>").append(Html.escape(e.elementId())).append("</b> ");
          if (!e.question().isEmpty()) {
            h.append(Html.escape(e.question())).append(' ');
          }
          h.append("— suggested answer ").append(Html.escape(e.before())).append(" → ").append(Html.escape(e.after()))
              .append(" (").append(Html.escape(e.why())).append(")</li>\n");
        }
        h.append("</ul>\n");
      }
    }
    if (!c.link().isEmpty()) {
      h.append("<p><a href=\"").append(Html.escape(c.link())).append("\">")
          .append(c.isFirst() ? "Read the text" : "Read the changes side by side").append("</a></p>\n");
    }
    return h.toString();
  }

  private static void version(StringBuilder h, String which, Citation c) {
    h.append("<p>").append(which).append(":<br>\n");
    for (Citation.Line l : c.lines()) {
      h.append(Html.escape(l.label()));
      if (!l.value().isEmpty()) {
        h.append(": ").append(l.isHash() ? "<code>" + l.value() + "</code>" : Html.escape(l.value()));
      }
      if (!l.note().isEmpty()) {
        h.append(l.value().isEmpty() ? ": " : " — ").append(Html.escape(l.note()));
      }
      h.append("<br>\n");
    }
    h.append("</p>\n");
  }

  private static void link(XMLStreamWriter x, int depth, String rel, String type, String href) throws XMLStreamException {
    nl(x, depth);
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", xmlSafe(href));
  }

  private static void leaf(XMLStreamWriter x, int depth, String name, String value) throws XMLStreamException {
    nl(x, depth);
    x.writeStartElement(name);
    x.writeCharacters(xmlSafe(value));
    x.writeEndElement();
  }

  private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static String uuid(String name) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** Drops characters XML 1.0 cannot carry (control characters a damaged page may hold). */
  static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
    return out.toString();
  }
}
