package org.policyscore.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes minimal DOCX files for tests: headings (style Heading1/2) and paragraphs. */
final class MiniDocx {
  private MiniDocx() {}

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /** Lines starting with "# " or "## " become headings; others paragraphs. */
  static byte[] of(List<String> lines) {
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      String style = line.startsWith("## ") ? "Heading2" : line.startsWith("# ") ? "Heading1" : null;
      String text = style == null ? line : line.replaceFirst("^#+ ", "");
      body.append("<w:p>");
      if (style != null) {
        body.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
      }
      body.append("<w:r><w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r></w:p>");
    }
    return zip(document(body.toString()));
  }

  /**
   * A DOCX whose body is {@code bodyXml} (WordprocessingML, prefix {@code w:}, with
   * {@code mc:}, {@code wps:} and {@code r:} declared), with the test styles and any of the
   * parts {@code numbering}, {@code footnotes}, {@code endnotes} (their XML, root element
   * included) related to the document.
   */
  static byte[] withBody(String bodyXml, java.util.Map<String, String> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      common(zip, parts.keySet());
      put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\" xmlns:mc=\"" + MC + "\""
          + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" mc:Ignorable=\"wps\">"
          + "<w:body>" + bodyXml + "</w:body></w:document>");
      for (var part : parts.entrySet()) {
        put(zip, "word/" + part.getKey() + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + part.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A DOCX whose document.xml holds {@code bytes} of spaces: tiny packed, huge unpacked. */
  static byte[] bomb(long bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      common(zip);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<w:document xmlns:w=\"" + W + "\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (long written = 0; written < bytes; written += spaces.length) {
        zip.write(spaces);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String document(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>";
  }

  private static byte[] zip(String documentXml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      common(zip);
      put(zip, "word/document.xml", documentXml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void common(ZipOutputStream zip) throws IOException {
    common(zip, java.util.Set.of());
  }

  private static void common(ZipOutputStream zip, java.util.Set<String> related) throws IOException {
    put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "</Types>");
    put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>");
    put(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        + related.stream().map(p -> "<Relationship Id=\"rId" + p + "\" Type=\"" + R + "/" + p + "\" Target=\"" + p + ".xml\"/>")
            .collect(java.util.stream.Collectors.joining())
        + "</Relationships>");
    put(zip, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"" + W + "\">"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Clause\"><w:name w:val=\"Policy Clause\"/><w:basedOn w:val=\"Heading2\"/>"
        + "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Section\"><w:name w:val=\"Section\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
        + "</w:styles>");
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
