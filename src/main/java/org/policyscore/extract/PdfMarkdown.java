package org.policyscore.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.policyscore.text.KhmerClusters;

/**
 * The pages of a PDF as a web-page-like document, rendered to Markdown like every other text:
 * paragraphs, headings (a short paragraph set in a font clearly larger than the body text) and
 * bullet lists (lines that start with •, ◦, ▪ ...). Lines of a paragraph are joined with
 * {@link KhmerClusters#joinLines}: no space where a Khmer line wraps between two words.
 */
final class PdfMarkdown {
  private PdfMarkdown() {}

  /** A heading's font is at least this much larger than the body's. */
  static final float HEADING_RATIO = 1.15f;

  /** Bullets as drawn, and a private-use character followed by a space (a Symbol-font bullet). */
  private static final Pattern BULLET =
      Pattern.compile("^(?:[\u2022\u25E6\u25AA\u2023\u25CF\u25CB\u25A0\u2043\u2219]\\s*|[\uE000-\uF8FF]\\s+)");

  /** A gap between lines this much larger than the usual line spacing starts a paragraph. */
  static final float PARAGRAPH_GAP = 1.3f;

  private static final Pattern CLAUSE_START =
      Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3})+|[\u17E0-\u17E9]{1,3}(?:\\.[\u17E0-\u17E9]{1,3})+)\\s");

  static Document document(List<PdfLayout.Page> pages) {
    List<PdfLayout.Paragraph> paragraphs = paragraphs(pages);
    float body = bodySize(paragraphs);
    TreeSet<Float> headingSizes = new TreeSet<>();
    for (PdfLayout.Paragraph p : paragraphs) {
      if (isHeading(p, body)) {
        headingSizes.add(Math.round(size(p) * 2) / 2f);
      }
    }
    List<Float> levels = new ArrayList<>(headingSizes.descendingSet());
    Document doc = Document.createShell("");
    Element root = doc.body();
    Element list = null;
    for (PdfLayout.Paragraph p : paragraphs) {
      if (isHeading(p, body)) {
        int level = Math.min(3, levels.indexOf(Math.round(size(p) * 2) / 2f) + 1);
        root.appendElement("h" + level).text(join(p.lines()));
        list = null;
        continue;
      }
      List<String> blocks = new ArrayList<>();
      List<Boolean> bullets = new ArrayList<>();
      StringBuilder current = null;
      for (PdfLayout.Line line : p.lines()) {
        String text = resolveGaps(line.text()).stripLeading();
        boolean bullet = BULLET.matcher(text).find() && !text.isBlank();
        if (bullet || current == null) {
          if (current != null) {
            blocks.add(current.toString());
          }
          bullets.add(bullet);
          current = new StringBuilder(BULLET.matcher(text).replaceFirst("").stripLeading());
        } else {
          String joined = KhmerClusters.joinLines(current.toString(), text);
          current.setLength(0);
          current.append(joined);
        }
      }
      if (current != null) {
        blocks.add(current.toString());
      }
      blocks.replaceAll(String::strip);
      for (int i = 0; i < blocks.size(); i++) {
        if (bullets.get(i)) {
          if (list == null) {
            list = root.appendElement("ul");
          }
          list.appendElement("li").text(blocks.get(i));
        } else if (list != null && i == 0 && !blocks.get(i).isBlank() && continuesItem(list, blocks.get(i), p.lines().size())) {
          // an item that wrapped onto a line the PDF put in a paragraph of its own
          Element last = list.children().last();
          last.text(KhmerClusters.joinLines(last.text(), blocks.get(i)));
        } else {
          list = null;
          root.appendElement("p").text(blocks.get(i));
        }
      }
    }
    return doc;
  }

  /**
   * The lines of each page regrouped into paragraphs by their spacing, which says more than
   * PDFBox's guesses (it splits every line of loosely spaced Khmer text): a paragraph starts
   * where the gap to the line before is clearly larger than the usual line spacing of the
   * document, after a line that stops well short of the right edge of the text (the last line
   * of a paragraph), where the font size changes, at a bullet and at a numbered clause (1.2,
   * ១.២).
   * Lines with no position (read by OCR) keep the paragraphs they came in, and so does a
   * document of fewer than {@value #MIN_LINES} lines: too few to know its spacing.
   */
  static List<PdfLayout.Paragraph> paragraphs(List<PdfLayout.Page> pages) {
    long lines = pages.stream().flatMap(p -> p.paragraphs().stream()).mapToLong(p -> p.lines().size()).sum();
    if (lines < MIN_LINES) {
      return pages.stream().flatMap(p -> p.paragraphs().stream()).toList();
    }
    float spacing = lineSpacing(pages);
    float right = rightEdge(pages);
    List<PdfLayout.Paragraph> out = new ArrayList<>();
    List<PdfLayout.Line> current = new ArrayList<>();
    PdfLayout.Line previous = null;
    for (PdfLayout.Page page : pages) {
      boolean newPage = true;
      for (PdfLayout.Paragraph p : page.paragraphs()) {
        boolean placed = !p.lines().isEmpty() && !Float.isNaN(p.lines().get(0).y());
        if (!placed) {
          if (!current.isEmpty()) {
            out.add(new PdfLayout.Paragraph(current));
            current = new ArrayList<>();
          }
          out.add(p);
          previous = null;
          continue;
        }
        for (PdfLayout.Line line : p.lines()) {
          boolean starts = previous != null && (newPage ? !continuesOnNextPage(previous, line, right)
              : startsParagraph(previous, line, spacing, right));
          if (starts) {
            out.add(new PdfLayout.Paragraph(current));
            current = new ArrayList<>();
          }
          current.add(line);
          previous = line;
          newPage = false;
        }
      }
    }
    if (!current.isEmpty()) {
      out.add(new PdfLayout.Paragraph(current));
    }
    return out;
  }

  /**
   * A paragraph runs on across a page break when the last line of the page is full and the
   * next page starts with a line of the same size that is no bullet and no numbered clause.
   */
  private static boolean continuesOnNextPage(PdfLayout.Line previous, PdfLayout.Line line, float right) {
    String text = resolveGaps(line.text()).strip();
    boolean full = right > 0 && previous.end() >= right - SHORT_LINE * (right - previous.x());
    return full && Math.abs(line.size() - previous.size()) <= 0.1f * Math.max(line.size(), previous.size())
        && !BULLET.matcher(text).find() && !CLAUSE_START.matcher(text).find();
  }

  private static boolean startsParagraph(PdfLayout.Line previous, PdfLayout.Line line, float spacing, float right) {
    float gap = line.y() - previous.y();
    String text = resolveGaps(line.text()).strip();
    boolean shortLine = right > 0 && previous.end() < right - SHORT_LINE * (right - previous.x())
        && right - previous.end() > firstWordWidth(line, text);
    return gap <= 0 || spacing <= 0 || gap > spacing * PARAGRAPH_GAP || shortLine
        || Math.abs(line.size() - previous.size()) > 0.1f * Math.max(line.size(), previous.size())
        || BULLET.matcher(text).find() || CLAUSE_START.matcher(text).find();
  }

  static final int MIN_LINES = 6;

  /** A line that leaves this share of the text width empty ends its paragraph. */
  static final float SHORT_LINE = 0.2f;

  /**
   * About how wide the first word (up to a space) of a line is, by its share of the line's
   * characters. A line that stops short is the end of a paragraph only if that word would have
   * fitted after it: producers wrap Khmer only at spaces, so a long Khmer phrase leaves a short
   * line in the middle of a paragraph.
   */
  private static float firstWordWidth(PdfLayout.Line line, String text) {
    if (Float.isNaN(line.end()) || Float.isNaN(line.x()) || text.isEmpty()) {
      return 0;
    }
    int space = text.indexOf(' ');
    int first = space < 0 ? text.length() : space;
    return (line.end() - line.x()) * first / text.length();
  }

  /** The right edge of the text: where the longest lines end (the 90th percentile of line ends). */
  private static float rightEdge(List<PdfLayout.Page> pages) {
    List<Float> ends = new ArrayList<>();
    for (PdfLayout.Page page : pages) {
      for (PdfLayout.Paragraph p : page.paragraphs()) {
        for (PdfLayout.Line line : p.lines()) {
          if (!Float.isNaN(line.end())) {
            ends.add(line.end());
          }
        }
      }
    }
    if (ends.isEmpty()) {
      return 0;
    }
    ends.sort(null);
    return ends.get(Math.min(ends.size() - 1, ends.size() * 9 / 10));
  }

  /** The usual distance between two lines of a paragraph: the lower quartile of line gaps. */
  private static float lineSpacing(List<PdfLayout.Page> pages) {
    List<Float> gaps = new ArrayList<>();
    for (PdfLayout.Page page : pages) {
      PdfLayout.Line previous = null;
      for (PdfLayout.Paragraph p : page.paragraphs()) {
        for (PdfLayout.Line line : p.lines()) {
          if (previous != null && !Float.isNaN(line.y()) && !Float.isNaN(previous.y())
              && Math.abs(line.size() - previous.size()) < 0.5f) {
            float gap = line.y() - previous.y();
            // Khmer fonts are tall: LibreOffice sets Khmer OS lines 3.2 font sizes apart
            if (gap > 0 && gap <= 4 * Math.max(line.size(), 1)) {
              gaps.add(gap);
            }
          }
          previous = line;
        }
      }
    }
    if (gaps.isEmpty()) {
      return 0;
    }
    gaps.sort(null);
    return gaps.get(gaps.size() / 4);
  }

  /**
   * A paragraph right after a list item whose text has not ended carries on that item when it
   * starts in lower case, or is a single line of Khmer (Khmer has no case to tell by).
   */
  private static boolean continuesItem(Element list, String text, int lines) {
    Element last = list.children().last();
    int first = text.codePointAt(0);
    boolean carries = Character.isLowerCase(first) || (lines == 1 && KhmerClusters.isKhmer(first));
    return last != null && carries && !last.text().matches(".*[.;:!?\u17D4\u17D5]$");
  }

  private static String join(List<PdfLayout.Line> lines) {
    String out = "";
    for (PdfLayout.Line l : lines) {
      out = KhmerClusters.joinLines(out, resolveGaps(l.text()));
    }
    return out;
  }

  /**
   * A word gap inferred from glyph positions: nothing between two Khmer characters (Khmer puts
   * no space between words, and producers kern inside words), a space elsewhere.
   */
  static String resolveGaps(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ShapedTextStripper.GAP) {
        out.append(c);
        continue;
      }
      int j = i;
      while (j < line.length() && line.charAt(j) == ShapedTextStripper.GAP) {
        j++;
      }
      boolean khmer = out.length() > 0 && j < line.length()
          && KhmerClusters.isKhmer(out.codePointBefore(out.length())) && KhmerClusters.isKhmer(line.codePointAt(j));
      if (!khmer && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
      i = j - 1;
    }
    return out.toString();
  }

  private static boolean isHeading(PdfLayout.Paragraph p, float body) {
    if (p.lines().size() > 2 || body <= 0) {
      return false;
    }
    int length = p.lines().stream().mapToInt(l -> l.text().length()).sum();
    return length <= 150 && size(p) >= body * HEADING_RATIO;
  }

  private static float size(PdfLayout.Paragraph p) {
    float min = Float.MAX_VALUE;
    for (PdfLayout.Line l : p.lines()) {
      min = Math.min(min, l.size());
    }
    return min;
  }

  /** The font size most of the text is set in, weighted by characters. */
  private static float bodySize(List<PdfLayout.Paragraph> paragraphs) {
    Map<Float, Integer> chars = new HashMap<>();
    for (PdfLayout.Paragraph p : paragraphs) {
      for (PdfLayout.Line l : p.lines()) {
        chars.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum);
      }
    }
    return chars.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0f);
  }
}
