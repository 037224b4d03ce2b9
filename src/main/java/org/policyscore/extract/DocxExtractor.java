package org.policyscore.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.jsoup.nodes.Document;

/**
 * Word files (.docx) to text with the JDK alone: the main document, then its footnotes and
 * endnotes, read as HTML (see {@link DocxBody}) and rendered to Markdown like a web page. A
 * streaming XML reader keeps the time linear in the file's size, which {@link ZipBombCheck} has
 * already bounded; the write limit bounds the text. This replaced Apache POI (through Tika),
 * which brought 25 MB of libraries (spreadsheets, slides, Outlook and Access files) to read
 * one part of one format.
 */
final class DocxExtractor {
  private DocxExtractor() {}

  static String extract(byte[] content, ExtractionLimits limits) throws ExtractionException {
    DocxPackage docx = DocxPackage.open(content);
    try {
      Optional<byte[]> stylesPart = docx.related("styles");
      DocxStyles styles = stylesPart.isPresent() ? DocxStyles.read(stylesPart.get()) : DocxStyles.NONE;
      Optional<byte[]> numberingPart = docx.related("numbering");
      DocxNumbering numbering = numberingPart.isPresent() ? DocxNumbering.read(numberingPart.get()) : DocxNumbering.none();
      Document html = Document.createShell("");
      int written = DocxBody.read(docx.mainDocument(), styles, numbering, limits.writeLimit(), html);
      for (String notes : List.of("footnotes", "endnotes")) {
        Optional<byte[]> part = docx.related(notes);
        if (part.isPresent()) {
          written += DocxBody.read(part.get(), styles, numbering, limits.writeLimit() - written, html);
        }
      }
      return HtmlExtractor.render(html, ExtractionRules.NONE, new ArrayList<>());
    } catch (XMLStreamException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
      throw new ExtractionException("could not be parsed: broken XML in the Word file: " + why, null, e);
    }
  }
}
