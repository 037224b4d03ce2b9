package org.policyscore.diff;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed of a study's document changes, so that a journalist's feed reader shows a
 * new entry whenever a company changes a policy. Deterministic: ids are derived from the study
 * and the two versions' hashes, times from the versions, never from the clock.
 */
public final class ChangesFeed {
  public static final String ATOM = "http://www.w3.org/2005/Atom";

  private ChangesFeed() {}

  /**
   * @param study the study id (names the feed)
   * @param asOf the feed's time when there are no entries (e.g. the date asked about)
   */
  public static String write(String study, List<DocumentChange> changes, Instant asOf) {
    List<DocumentChange> sorted = changes.stream()
        .sorted(Comparator.comparing(DocumentChange::toWhen).reversed()
            .thenComparing(DocumentChange::path))
        .toList();
    Instant updated = sorted.isEmpty() ? asOf : sorted.get(0).toWhen();
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      x.writeStartDocument("UTF-8", "1.0");
      nl(x, 0);
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      leaf(x, 1, "id", uuid("policyscore changes " + study));
      leaf(x, 1, "title", "Policy changes: " + study);
      leaf(x, 1, "subtitle", "Documents of the study " + study
          + " that changed, with the indicator elements each change touches");
      leaf(x, 1, "updated", updated.toString());
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
    leaf(x, 2, "id", uuid("policyscore change " + c.path() + " " + c.fromSha256() + " " + c.toSha256()));
    leaf(x, 2, "title", c.path() + " changed: " + c.counts());
    leaf(x, 2, "updated", c.toWhen().toString());
    if (!c.link().isEmpty()) {
      nl(x, 2);
      x.writeEmptyElement("link");
      x.writeAttribute("rel", "alternate");
      x.writeAttribute("type", "text/html");
      x.writeAttribute("href", xmlSafe(c.link()));
    }
    leaf(x, 2, "summary", c.counts() + " sentences; elements touched: " + c.touchedSummary());
    StringBuilder content = new StringBuilder();
    content.append("Document: ").append(c.path()).append('\n')
        .append("Older version: ").append(c.fromWhen()).append(", SHA-256 ").append(c.fromSha256()).append('\n')
        .append("Newer version: ").append(c.toWhen()).append(", SHA-256 ").append(c.toSha256()).append('\n')
        .append("Sentences: ").append(c.counts()).append('\n')
        .append("Elements touched:");
    if (c.touched().isEmpty()) {
      content.append(" none\n");
    } else {
      content.append('\n');
      for (TouchedElement e : c.touched()) {
        content.append("  ").append(e.elementId()).append(": ").append(e.before()).append(" -> ")
            .append(e.after()).append(e.evidenceChanged() ? " (evidence in changed text)" : " (answer differs)")
            .append('\n');
      }
    }
    nl(x, 2);
    x.writeStartElement("content");
    x.writeAttribute("type", "text");
    x.writeCharacters(xmlSafe(content.toString()));
    x.writeEndElement();
    nl(x, 1);
    x.writeEndElement();
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
