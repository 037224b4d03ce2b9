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

  static Document document(List<PdfLayout.Page> pages) {
    List<PdfLayout.Paragraph> paragraphs = new ArrayList<>();
    pages.forEach(p -> paragraphs.addAll(p.paragraphs()));
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
