package org.policyscore.extract;

import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading the XML of a Word file: StAX with no DTDs and no external entities (a DOCX is
 * untrusted input), and WordprocessingML names in either of the two namespaces Office Open XML
 * has (Transitional, which Word writes by default, and Strict).
 */
final class DocxXml {
  static final Set<String> W = Set.of(
      "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "http://purl.oclc.org/ooxml/wordprocessingml/main");
  static final String MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

  static {
    FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private DocxXml() {}

  static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  /** Whether the current element is the WordprocessingML element {@code name}. */
  static boolean isW(XMLStreamReader r, String name) {
    return r.getLocalName().equals(name) && W.contains(r.getNamespaceURI());
  }

  /** The element's {@code w:name} attribute, or null. */
  static String attr(XMLStreamReader r, String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(name) && W.contains(r.getAttributeNamespace(i))) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  /** A toggle property ({@code <w:vanish/>}, {@code <w:vanish w:val="false"/>}) is on. */
  static boolean on(XMLStreamReader r) {
    String v = attr(r, "val");
    return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
  }

  /** A whole-number attribute, or {@code fallback} when absent or not a number. */
  static int intAttr(XMLStreamReader r, String name, int fallback) {
    String v = attr(r, name);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
