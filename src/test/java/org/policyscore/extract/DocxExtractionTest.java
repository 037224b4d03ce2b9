package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Word files as Word and LibreOffice write them: what a reader of the document sees, and only that. */
class DocxExtractionTest {
  private final Extractor extractor = new Extractor(ExtractionLimits.DEFAULT.withMinTextChars(10));

  /** Two levels of clause numbers, "%1." and "%1.%2", a lettered third level, and bullets. */
  private static final String NUMBERING = "<w:numbering xmlns:w=\"" + MiniDocx.W + "\">"
      + "<w:abstractNum w:abstractNumId=\"0\">"
      + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
      + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
      + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%3)\"/></w:lvl>"
      + "</w:abstractNum>"
      + "<w:abstractNum w:abstractNumId=\"1\">"
      + "<w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/></w:lvl>"
      + "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"o\"/></w:lvl>"
      + "</w:abstractNum>"
      + "<w:abstractNum w:abstractNumId=\"2\">"
      + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1)\"/></w:lvl>"
      + "</w:abstractNum>"
      + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
      + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"2\"/></w:num>"
      + "<w:num w:numId=\"4\"><w:abstractNumId w:val=\"2\"/>"
      + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
      + "</w:numbering>";

  private static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  private static String numbered(int numId, int level, String text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
        + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
  }

  private String markdown(String body, Map<String, String> parts) throws ExtractionException {
    ExtractedText text = extractor.extract(MiniDocx.withBody(body, parts), "", "https://www.smartnas.example/terms.docx",
        ExtractionRules.NONE);
    assertThat(text.format()).isEqualTo(SourceFormat.DOCX);
    return text.markdown();
  }

  @Test
  void clauseNumbersComeFromTheListDefinitionsAsWordShowsThem() throws Exception {
    String body = numbered(1, 0, "Definitions")
        + numbered(1, 1, "Services means the mobile services we provide.")
        + numbered(1, 1, "You means the subscriber.")
        + numbered(1, 2, "a prepaid subscriber, or")
        + numbered(1, 2, "a postpaid subscriber.")
        + numbered(1, 0, "Personal data")
        + numbered(1, 1, "We collect your name and identity card number.");

    assertThat(markdown(body, Map.of("numbering", NUMBERING))).isEqualTo("""
        1. Definitions

        1.1 Services means the mobile services we provide.

        1.2 You means the subscriber.

        (a) a prepaid subscriber, or

        (b) a postpaid subscriber.

        2. Personal data

        2.1 We collect your name and identity card number.
        """);
  }

  /** A level above that never started shows 0, as in Word ("0.1" under unnumbered headings). */
  @Test
  void headingStylesCarryTheirNumbersAndLevels() throws Exception {
    String body = "<w:p><w:pPr><w:pStyle w:val=\"Section\"/></w:pPr><w:r><w:t>Privacy Notice</w:t></w:r></w:p>"
        + "<w:p><w:pPr><w:pStyle w:val=\"Clause\"/></w:pPr><w:r><w:t>What we collect</w:t></w:r></w:p>"
        + p("We collect call detail records.")
        + "<w:p><w:pPr><w:pStyle w:val=\"Clause\"/></w:pPr><w:r><w:t>Who we share it with</w:t></w:r></w:p>";

    assertThat(markdown(body, Map.of("numbering", NUMBERING))).isEqualTo("""
        # Privacy Notice

        ## 0.1 What we collect

        We collect call detail records.

        ## 0.2 Who we share it with
        """);
  }

  @Test
  void bulletsBecomeListsAndAStartOverrideRestartsNumbering() throws Exception {
    String body = p("We may share your data with:")
        + numbered(2, 0, "our service providers;")
        + numbered(2, 1, "billing partners;")
        + numbered(2, 0, "the authorities, when the law requires it.")
        + numbered(3, 0, "First")
        + numbered(3, 0, "Second")
        + numbered(4, 0, "Again first");

    assertThat(markdown(body, Map.of("numbering", NUMBERING))).isEqualTo("""
        We may share your data with:

        - our service providers;
          - billing partners;
        - the authorities, when the law requires it.

        I) First

        II) Second

        I) Again first
        """);
  }

  @Test
  void onlyWhatAReaderSeesIsText() throws Exception {
    String body = "<w:p>"
        + "<w:r><w:t xml:space=\"preserve\">We keep records for </w:t></w:r>"
        + "<w:del w:id=\"1\" w:author=\"Legal\"><w:r><w:delText>6</w:delText></w:r></w:del>"
        + "<w:ins w:id=\"2\" w:author=\"Legal\"><w:r><w:t>12</w:t></w:r></w:ins>"
        + "<w:r><w:t xml:space=\"preserve\"> months</w:t></w:r>"
        + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>(internal: check with DPO)</w:t></w:r>"
        + "<w:r><w:t>.</w:t></w:r></w:p>"
        + "<w:p><w:r><w:t xml:space=\"preserve\">See </w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://www.smartnas.example/privacy\" </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r><w:t>our privacy notice</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:r><w:t>.</w:t></w:r></w:p>"
        // a text box Word stores twice: the modern shape and a fallback for old readers
        + "<w:p><w:r><mc:AlternateContent>"
        + "<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>" + p("Contact: 1777") + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><w:txbxContent>" + p("Contact: 1777") + "</w:txbxContent></w:pict></mc:Fallback>"
        + "</mc:AlternateContent></w:r></w:p>";

    assertThat(markdown(body, Map.of())).isEqualTo("""
        We keep records for 12 months.

        See our privacy notice.

        Contact: 1777
        """);
  }

  @Test
  void tablesFootnotesAndKhmer() throws Exception {
    String body = p("ប្រការ ៣ រយៈពេលរក្សាទុកទិន្នន័យ")
        + "<w:tbl><w:tr><w:tc>" + p("Data") + "</w:tc><w:tc>" + p("Kept for") + "</w:tc></w:tr>"
        + "<w:tr><w:tc>" + p("Call records") + "</w:tc><w:tc>" + p("12 months") + "</w:tc></w:tr></w:tbl>"
        + "<w:p><w:r><w:t>As the law requires.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>";
    String footnotes = "<w:footnotes xmlns:w=\"" + MiniDocx.W + "\">"
        + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        + "<w:footnote w:id=\"1\">" + p("Telecommunications Law, article 97.") + "</w:footnote></w:footnotes>";

    assertThat(markdown(body, Map.of("footnotes", footnotes))).isEqualTo("""
        ប្រការ ៣ រយៈពេលរក្សាទុកទិន្នន័យ

        | Data | Kept for |
        | Call records | 12 months |

        As the law requires.

        Telecommunications Law, article 97.
        """);
  }

  @Test
  void strictOfficeOpenXmlReadsTheSame() throws Exception {
    String strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    byte[] docx = replacePart(MiniDocx.withBody("", Map.of()), "word/document.xml",
        "<w:document xmlns:w=\"" + strict + "\"><w:body>"
            + p("Strict documents are written by some Word versions on request.") + "</w:body></w:document>");

    ExtractedText text = extractor.extract(docx, "", "x.docx", ExtractionRules.NONE);

    assertThat(text.markdown()).isEqualTo("Strict documents are written by some Word versions on request.\n");
  }

  @Test
  void entitiesAndDoctypesAreNotFollowed() {
    String body = p("Terms of service, version one, for all subscribers.");
    byte[] docx = MiniDocx.withBody(body, Map.of());
    byte[] hostile = replacePart(docx, "word/document.xml", "<?xml version=\"1.0\"?>"
        + "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<w:document xmlns:w=\"" + MiniDocx.W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>");

    assertThatThrownBy(() -> extractor.extract(hostile, "", "x.docx", ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class)
        .hasMessageStartingWith("could not be parsed: broken XML in the Word file");
  }

  @Test
  void encryptedOrOldWordFilesAreNamedAsSuch() {
    byte[] ole2 = new byte[600];
    ole2[0] = (byte) 0xD0;
    ole2[1] = (byte) 0xCF;
    ole2[2] = 0x11;
    ole2[3] = (byte) 0xE0;

    assertThatThrownBy(() -> extractor.extract(ole2,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "x.docx", ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("the file is encrypted, or an old binary .doc: save it as .docx without a password");
  }

  @Test
  void aZipWithoutAWordDocumentIsNotOne() {
    byte[] notWord = replacePart(MiniDocx.withBody(p("x"), Map.of()), "word/document.xml", null);

    assertThatThrownBy(() -> extractor.extract(notWord, "", "x.docx", ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("not a Word document: the zip has no word/document.xml");
  }

  @Test
  void theWriteLimitBoundsTheText() {
    ExtractionLimits d = ExtractionLimits.DEFAULT;
    Extractor small = new Extractor(new ExtractionLimits(d.maxHtmlBytes(), d.maxBinaryBytes(), 100, d.parseTimeout(),
        d.maxUnzippedBytes(), 10, d.maxHtmlTags()));
    byte[] docx = MiniDocx.withBody(p("We collect call detail records. ".repeat(10)), Map.of());

    assertThatThrownBy(() -> small.extract(docx, "", "x.docx", ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("refused: more text than the write limit allows");
  }

  /** The zip with one part's content replaced, or the part left out when {@code content} is null. */
  private static byte[] replacePart(byte[] docx, String name, String content) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
        var zip = new java.util.zip.ZipOutputStream(out)) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(name)) {
          if (content == null) {
            continue;
          }
          bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        zip.write(bytes);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
