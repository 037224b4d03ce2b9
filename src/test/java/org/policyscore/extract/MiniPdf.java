package org.policyscore.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small PDFs by hand for tests, one text line per paragraph, in Helvetica. With
 * {@link #toUnicode} the lines may be Khmer although no Khmer font is installed: each distinct
 * character is drawn as a Latin letter and the font's ToUnicode map says which character it
 * stands for, which is how PDF extractors learn the text. A wrong map is exactly how real
 * Khmer PDFs get damaged; with {@code toUnicode} false the extractor sees only the Latin
 * letters, as with a legacy (Limon-style) font.
 */
final class MiniPdf {
  private MiniPdf() {}

  static byte[] of(List<String> lines, boolean toUnicode) {
    Map<Integer, Character> codes = new LinkedHashMap<>();
    StringBuilder content = new StringBuilder("BT /F1 14 Tf 16 TL 50 780 Td\n");
    char next = 'A';
    for (String line : lines) {
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        i += Character.charCount(cp);
        char code;
        if (cp < 0x7F) {
          code = (char) cp;
        } else {
          Character known = codes.get(cp);
          if (known == null) {
            known = next;
            codes.put(cp, next);
            next = next == 'Z' ? 'a' : (char) (next + 1);
          }
          code = known;
        }
        hex.append(String.format("%02X", (int) code));
      }
      content.append('<').append(hex).append("> Tj T*\nT*\n");
    }
    content.append("ET\n");

    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >>");
    objects.add(stream(content.toString()));
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
        + (toUnicode && !codes.isEmpty() ? " /ToUnicode 6 0 R" : "") + " >>");
    if (toUnicode && !codes.isEmpty()) {
      StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
      List<String> pairs = new ArrayList<>();
      pairs.add("<20> <0020>");
      for (char c = 0x21; c < 0x7F; c++) {
        if (!codes.containsValue(c)) {
          pairs.add(String.format("<%02X> <%04X>", (int) c, (int) c));
        }
      }
      codes.forEach((cp, code) -> pairs.add(String.format("<%02X> <%04X>", (int) code, cp)));
      cmap.append(pairs.size()).append(" beginbfchar\n");
      pairs.forEach(p -> cmap.append(p).append('\n'));
      cmap.append("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
      objects.add(stream(cmap.toString()));
    }
    return assemble(objects);
  }

  private static String stream(String data) {
    return "<< /Length " + data.getBytes(StandardCharsets.ISO_8859_1).length + " >>\nstream\n" + data + "\nendstream";
  }

  private static byte[] assemble(List<String> objects) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(out, "%PDF-1.4\n");
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder sb = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int off : offsets) {
      sb.append(String.format("%010d 00000 n \n", off));
    }
    sb.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    write(out, sb.toString());
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
