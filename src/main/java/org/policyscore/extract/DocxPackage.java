package org.policyscore.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of a Word file that hold its text. A DOCX is a zip of XML parts (ECMA-376, "Office
 * Open XML"): the package's relationships name the main document part (usually
 * {@code word/document.xml}), whose own relationships name its styles, numbering, footnotes and
 * endnotes. Only XML parts are kept (images and fonts are not text). Call after
 * {@link ZipBombCheck}, which bounds what unpacking can cost.
 */
final class DocxPackage {
  /** The magic of an OLE2 compound file: an encrypted DOCX, or an old binary .doc. */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

  private static final String OFFICE_DOCUMENT = "/officeDocument";

  private final Map<String, byte[]> parts;
  private final String mainPart;
  private final Map<String, String> mainRelations;

  private DocxPackage(Map<String, byte[]> parts, String mainPart, Map<String, String> mainRelations) {
    this.parts = parts;
    this.mainPart = mainPart;
    this.mainRelations = mainRelations;
  }

  static DocxPackage open(byte[] zip) throws ExtractionException {
    if (startsWith(zip, OLE2)) {
      throw new ExtractionException("the file is encrypted, or an old binary .doc: save it as .docx without a password");
    }
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        String name = entry.getName();
        if (!entry.isDirectory() && (name.endsWith(".xml") || name.endsWith(".rels"))) {
          parts.put(name.startsWith("/") ? name.substring(1) : name, in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new ExtractionException("not a readable DOCX (broken zip): " + e.getMessage(), null, e);
    }
    Map<String, String> packageRelations = relations(parts, "_rels/.rels", "");
    String main = packageRelations.get(OFFICE_DOCUMENT);
    if (main == null || !parts.containsKey(main)) {
      main = "word/document.xml"; // what every producer writes, should the relationship be missing
    }
    if (!parts.containsKey(main)) {
      throw new ExtractionException("not a Word document: the zip has no " + main);
    }
    return new DocxPackage(parts, main, relations(parts, relationsOf(main), folderOf(main)));
  }

  byte[] mainDocument() {
    return parts.get(mainPart);
  }

  /**
   * A part related to the main document, by the last segment of its relationship type
   * ({@code styles}, {@code numbering}, {@code footnotes}, {@code endnotes}).
   */
  Optional<byte[]> related(String type) {
    return Optional.ofNullable(mainRelations.get("/" + type)).map(parts::get);
  }

  /** Relationship type (from its last "/") to the target part's name, for internal targets. */
  private static Map<String, String> relations(Map<String, byte[]> parts, String relsName, String base)
      throws ExtractionException {
    Map<String, String> out = new HashMap<>();
    byte[] rels = parts.get(relsName);
    if (rels == null) {
      return out;
    }
    try {
      XMLStreamReader r = DocxXml.reader(rels);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")
            && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
          String type = String.valueOf(r.getAttributeValue(null, "Type"));
          String target = String.valueOf(r.getAttributeValue(null, "Target"));
          out.putIfAbsent(type.substring(type.lastIndexOf('/')), resolve(base, target));
        }
      }
    } catch (XMLStreamException e) {
      throw new ExtractionException("not a readable DOCX: " + relsName + ": " + e.getMessage(), null, e);
    }
    return out;
  }

  /** A target relative to the folder of the part that names it, or absolute from the root. */
  static String resolve(String base, String target) {
    String path = target.startsWith("/") ? target.substring(1) : base + target;
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    for (String s : path.split("/")) {
      if (s.equals("..")) {
        segments.pollLast();
      } else if (!s.isEmpty() && !s.equals(".")) {
        segments.addLast(s);
      }
    }
    return String.join("/", segments);
  }

  private static String folderOf(String part) {
    int slash = part.lastIndexOf('/');
    return slash < 0 ? "" : part.substring(0, slash + 1);
  }

  private static String relationsOf(String part) {
    int slash = part.lastIndexOf('/');
    return folderOf(part) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
