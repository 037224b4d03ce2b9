package org.policyscore.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body of a Word document as HTML, for the same Markdown rendering as web pages: headings
 * (by style or outline level), paragraphs with their list numbers, bullets as lists, tables,
 * and text boxes. What a reader of the printed document does not see is left out: deleted
 * revisions, field codes, hidden text, and the fallback copy of content Word stores twice
 * (markup compatibility). Running headers and footers are separate parts and never read.
 */
final class DocxBody {
  private final DocxStyles styles;
  private final DocxNumbering numbering;
  private final int writeLimit;
  private final Element body;
  private int written;

  /** Open tables, innermost last: the element new rows or cells go into. */
  private final Deque<Element> containers = new ArrayDeque<>();
  /** Paragraphs being read; text boxes put paragraphs inside paragraphs. */
  private final Deque<Paragraph> paragraphs = new ArrayDeque<>();
  /** The open bullet list, one {@code ul} per level, and where it is; empty after other content. */
  private final Deque<Element> list = new ArrayDeque<>();
  private Element listContainer;

  private static final class Paragraph {
    final StringBuilder text = new StringBuilder();
    String style;
    int outline = -1;
    String numId;
    int ilvl = -1;
  }

  private DocxBody(DocxStyles styles, DocxNumbering numbering, int writeLimit, Element body) {
    this.styles = styles;
    this.numbering = numbering;
    this.writeLimit = writeLimit;
    this.body = body;
    containers.push(body);
  }

  /**
   * Appends the text of {@code xml} (a document, footnotes or endnotes part) to {@code doc}.
   *
   * @param writeLimit most characters of text it may hold
   * @return the characters of text read
   * @throws ExtractionException when the part holds more text than {@code writeLimit}
   */
  static int read(byte[] xml, DocxStyles styles, DocxNumbering numbering, int writeLimit, Document doc)
      throws XMLStreamException, ExtractionException {
    DocxBody b = new DocxBody(styles, numbering, writeLimit, doc.body());
    b.walk(DocxXml.reader(xml));
    return b.written;
  }

  private void walk(XMLStreamReader r) throws XMLStreamException, ExtractionException {
    int skipDepth = 0; // > 0 inside content that is not read
    boolean runHidden = false;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (skipDepth > 0) {
          skipDepth++;
          continue;
        }
        if (skipped(r)) {
          skipDepth = 1;
          continue;
        }
        if (!DocxXml.W.contains(r.getNamespaceURI())) {
          continue;
        }
        Paragraph p = paragraphs.peek();
        switch (r.getLocalName()) {
          case "p" -> paragraphs.push(new Paragraph());
          case "pStyle" -> set(p, x -> x.style = DocxXml.attr(r, "val"));
          case "outlineLvl" -> set(p, x -> x.outline = DocxXml.intAttr(r, "val", -1));
          case "numId" -> set(p, x -> x.numId = DocxXml.attr(r, "val"));
          case "ilvl" -> set(p, x -> x.ilvl = DocxXml.intAttr(r, "val", 0));
          case "r" -> runHidden = false;
          case "vanish" -> runHidden |= p != null && DocxXml.on(r);
          case "t" -> {
            String text = r.getElementText(); // moves to the end tag
            if (p != null && !runHidden) {
              append(p, text);
            }
          }
          case "tab", "ptab" -> append(p, "\t");
          case "br", "cr" -> append(p, "\n");
          case "noBreakHyphen" -> append(p, "-");
          case "tbl" -> {
            endList();
            containers.push(containers.peek().appendElement("table"));
          }
          case "tr" -> containers.push(containers.peek().appendElement("tr"));
          case "tc" -> containers.push(containers.peek().appendElement("td"));
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (skipDepth > 0) {
          skipDepth--;
          continue;
        }
        if (!DocxXml.W.contains(r.getNamespaceURI())) {
          continue;
        }
        switch (r.getLocalName()) {
          case "p" -> emit(paragraphs.pop());
          case "r" -> runHidden = false;
          case "tbl", "tr", "tc" -> {
            containers.pop();
            endList();
          }
          default -> { }
        }
      }
    }
  }

  /**
   * Content not read: deleted and moved-away revisions, field instructions ({@code HYPERLINK
   * "..."}), paragraph-mark and content-control properties (no text of the document), and the
   * fallback of markup-compatibility blocks (the choice holds the same content).
   */
  private static boolean skipped(XMLStreamReader r) {
    if (DocxXml.MARKUP_COMPATIBILITY.equals(r.getNamespaceURI())) {
      return r.getLocalName().equals("Fallback");
    }
    if (!DocxXml.W.contains(r.getNamespaceURI())) {
      return false;
    }
    return switch (r.getLocalName()) {
      case "del", "moveFrom", "delText", "instrText", "delInstrText", "sdtPr", "rPrChange", "pPrChange" -> true;
      default -> false;
    };
  }

  private interface Setter {
    void set(Paragraph p);
  }

  private static void set(Paragraph p, Setter setter) {
    if (p != null) {
      setter.set(p);
    }
  }

  private void append(Paragraph p, String text) throws ExtractionException {
    if (p == null) {
      return;
    }
    written += text.length();
    if (written > writeLimit) {
      throw new ExtractionException("refused: more text than the write limit allows");
    }
    p.text.append(text);
  }

  private void emit(Paragraph p) {
    int heading = p.outline >= 0 ? DocxStyles.headingLevelOfOutline(p.outline)
        : p.style == null ? 0 : styles.headingLevel(p.style);
    DocxNumbering.Ref ref = p.numId != null ? new DocxNumbering.Ref(p.numId, Math.max(0, p.ilvl))
        : p.style == null ? null : styles.numbering(p.style);
    if (ref != null && p.ilvl >= 0 && p.numId == null) {
      ref = new DocxNumbering.Ref(ref.numId(), p.ilvl); // the paragraph's level, the style's list
    }
    DocxNumbering.Label label = ref == null ? null : numbering.next(ref);
    String text = p.text.toString();
    if (text.isBlank()) {
      return; // an empty paragraph is spacing; its number, if any, was counted as in Word
    }
    if (label != null && label.bullet() && heading == 0) {
      bullet(text, ref.ilvl());
      return;
    }
    endList();
    String full = label == null || label.text().isEmpty() ? text : label.text() + " " + text;
    lines(containers.peek().appendElement(heading > 0 ? "h" + heading : "p"), full);
  }

  private void bullet(String text, int level) {
    Element container = containers.peek();
    if (list.isEmpty() || listContainer != container) {
      list.clear();
      list.push(container.appendElement("ul"));
      listContainer = container;
    }
    while (list.size() - 1 > level) {
      list.pop();
    }
    while (list.size() - 1 < level) {
      Element last = list.peek().children().last();
      list.push((last == null ? list.peek().appendElement("li") : last).appendElement("ul"));
    }
    lines(list.peek().appendElement("li"), text);
  }

  private void endList() {
    list.clear();
  }

  /** Text with Word's line breaks as {@code <br>}. */
  private static void lines(Element e, String text) {
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        e.appendElement("br");
      }
      e.appendText(parts[i]);
    }
  }
}
