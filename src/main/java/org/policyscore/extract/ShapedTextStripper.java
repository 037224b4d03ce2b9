package org.policyscore.extract;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper made to read shaped scripts (Khmer) as the common producers write them.
 * PDFBox on its own reads a PDF glyph by glyph through the font's ToUnicode map, and that fails
 * for shaped text in two ways, both measured on Chromium and LibreOffice PDFs:
 *
 * <ul>
 *   <li>A glyph that stands for several characters, or that the shaper moved (a vowel sign
 *       drawn before its consonant, a subscript consonant), has no one-to-one map; Chromium maps
 *       such glyphs to U+0000 and LibreOffice to whatever it has. Both wrap the cluster in a
 *       marked-content span with {@code /ActualText}, the characters it stands for. PDFBox's
 *       stripper ignores ActualText; here a span's glyphs are replaced by its text, placed where
 *       its leftmost glyph is.</li>
 *   <li>LibreOffice draws zero-width vowel signs after their base, sometimes after the next
 *       cluster, and PDFBox's diacritic merge then attaches them to the following character
 *       ("ចែករលំែក" for "ចែករំលែក"). Here a mark is attached to the nearest earlier glyph on the
 *       same line that lies under it, before PDFBox sees the page.</li>
 * </ul>
 *
 * <p>Word gaps that PDFBox infers from glyph positions are marked with {@link #GAP}; spaces
 * between Khmer letters come only from real space glyphs (a producer's kerning inside a Khmer
 * word is not a word break). The page is collected as lines and paragraphs with font sizes, for
 * {@link PdfMarkdown}.
 */
final class ShapedTextStripper extends PDFTextStripper {
  /** Marks a word gap inferred from positions, resolved by {@link PdfMarkdown}. */
  static final char GAP = '\u001F';

  private static final COSName ACTUAL_TEXT = COSName.getPDFName("ActualText");

  /** A marked-content span; {@code text} is its ActualText, or null. */
  private static final class Span {
    final String text;
    final List<TextPosition> glyphs = new ArrayList<>();

    Span(String text) {
      this.text = text;
    }
  }

  private final Deque<Span> spans = new ArrayDeque<>();
  private final List<TextPosition> pageGlyphs = new ArrayList<>();
  private final List<PdfLayout.Page> pages = new ArrayList<>();
  private List<PdfLayout.Paragraph> paragraphs = new ArrayList<>();
  private List<PdfLayout.Line> lines = new ArrayList<>();
  private final StringBuilder line = new StringBuilder();
  private float lineSize;
  private float lineY = Float.NaN;
  private float lineX = Float.NaN;
  private float lineEnd = Float.NaN;
  private int visible;
  private int unmapped;

  ShapedTextStripper() throws IOException {
    addOperator(new BeginMarkedContentSequenceWithProperties());
    addOperator(new BeginMarkedContentSequence());
    addOperator(new EndMarkedContentSequence());
    // Content order: producers write a page in reading order; sorting by position reorders
    // the marks of shaped text and interleaves columns.
    setSortByPosition(false);
  }

  /** The pages read so far, in order. */
  List<PdfLayout.Page> pages() {
    return List.copyOf(pages);
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    String actual = properties == null ? null : properties.getString(ACTUAL_TEXT);
    // Nested spans inside an ActualText span are part of it.
    spans.push(new Span(activeSpan() == null ? actual : null));
  }

  @Override
  public void endMarkedContentSequence() {
    if (spans.isEmpty()) {
      return;
    }
    Span span = spans.pop();
    if (span.text == null || span.glyphs.isEmpty()) {
      return;
    }
    TextPosition left = span.glyphs.get(0);
    float end = left.getEndX();
    float height = 0;
    for (TextPosition g : span.glyphs) {
      if (g.getXDirAdj() < left.getXDirAdj()) {
        left = g;
      }
      end = Math.max(end, g.getEndX());
      height = Math.max(height, g.getHeight());
    }
    String text = span.text.replace("\u0000", "");
    if (!text.isEmpty()) {
      pageGlyphs.add(withText(left, text, Math.max(0, end - left.getX()), end, height));
    }
  }

  private Span activeSpan() {
    for (Span s : spans) {
      if (s.text != null) {
        return s;
      }
    }
    return null;
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    Span span = activeSpan();
    if (span != null) {
      span.glyphs.add(text);
    } else {
      pageGlyphs.add(text);
    }
  }

  @Override
  protected void writePage() throws IOException {
    List<TextPosition> glyphs = attachMarks(pageGlyphs);
    pageGlyphs.clear();
    spans.clear();
    for (TextPosition g : glyphs) {
      super.processTextPosition(g);
    }
    visible = 0;
    unmapped = 0;
    super.writePage();
    endParagraph();
    pages.add(new PdfLayout.Page(getCurrentPageNo(), paragraphs, visible, unmapped));
    paragraphs = new ArrayList<>();
  }

  /** Each combining mark joins the nearest earlier glyph on its line that lies under it. */
  private static List<TextPosition> attachMarks(List<TextPosition> glyphs) {
    List<TextPosition> out = new ArrayList<>(glyphs.size());
    for (TextPosition g : glyphs) {
      if (!isMark(g.getUnicode()) || out.isEmpty()) {
        out.add(g);
        continue;
      }
      float centre = g.getXDirAdj() + g.getWidthDirAdj() / 2;
      int target = out.size() - 1;
      for (int k = out.size() - 1; k >= Math.max(0, out.size() - 8); k--) {
        TextPosition base = out.get(k);
        if (Math.abs(base.getYDirAdj() - g.getYDirAdj()) > base.getHeightDir() + 2) {
          break;
        }
        if (centre >= base.getXDirAdj() - 0.5f && centre <= base.getXDirAdj() + base.getWidthDirAdj() + 0.5f) {
          target = k;
          break;
        }
      }
      TextPosition base = out.get(target);
      out.set(target, withText(base, base.getUnicode() + g.getUnicode(), base.getWidthDirAdj(), base.getEndX(),
          base.getHeight()));
    }
    return out;
  }

  static boolean isMark(String unicode) {
    if (unicode == null || unicode.isEmpty()) {
      return false;
    }
    int type = Character.getType(unicode.codePointAt(0));
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static TextPosition withText(TextPosition p, String text, float width, float endX, float height) {
    return new TextPosition(p.getRotation(), p.getPageWidth(), p.getPageHeight(), p.getTextMatrix(), endX,
        p.getEndY(), height, width, p.getWidthOfSpace(), text, p.getCharacterCodes(), p.getFont(), p.getFontSize(),
        (int) p.getFontSizeInPt());
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0xFFFD || (cp < 0x20 && cp != '\t')) {
        unmapped++;
        visible++;
        line.append('\uFFFD'); // said plainly, so that the damage check sees it
      } else if (Character.getType(cp) == Character.PRIVATE_USE) {
        // kept: a Symbol-font bullet (U+F0B7) is a list item; any other is flagged as damage
        unmapped++;
        visible++;
        line.appendCodePoint(cp);
      } else {
        if (!Character.isWhitespace(cp)) {
          visible++;
        }
        line.appendCodePoint(cp);
      }
    }
    for (TextPosition p : positions) {
      lineSize = Math.max(lineSize, p.getYScale()); // the size as drawn: font size times the text matrix
      if (!p.getUnicode().isBlank()) {
        if (Float.isNaN(lineY)) {
          lineY = p.getYDirAdj();
          lineX = p.getXDirAdj();
        }
        lineEnd = p.getXDirAdj() + p.getWidthDirAdj();
      }
    }
  }

  @Override
  protected void writeWordSeparator() {
    line.append(GAP);
  }

  @Override
  protected void writeLineSeparator() {
    if (line.toString().strip().length() > 0) {
      lines.add(new PdfLayout.Line(line.toString(), lineSize, lineY, lineX, lineEnd));
    }
    line.setLength(0);
    lineSize = 0;
    lineY = Float.NaN;
    lineX = Float.NaN;
    lineEnd = Float.NaN;
  }

  @Override
  protected void writeParagraphStart() {
    endParagraph();
  }

  @Override
  protected void writeParagraphEnd() {
    endParagraph();
  }

  private void endParagraph() {
    writeLineSeparator();
    if (!lines.isEmpty()) {
      paragraphs.add(new PdfLayout.Paragraph(lines));
      lines = new ArrayList<>();
    }
  }
}
