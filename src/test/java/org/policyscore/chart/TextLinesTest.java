package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyscore.text.KhmerClusters;

class TextLinesTest {

  @Test
  void aKhmerLabelWrapsBetweenWordsNeverInsideASyllable() {
    // A long indicator title, in the shape real Khmer labels have: subscripts, final consonants
    String label = "ការបង្ហាញព័ត៌មានអំពីការប្រមូលនិងការចែករំលែកទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកប្រើប្រាស់ដោយគាត់ផ្ទាល់";
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    for (double width : List.of(40.0, 60.0, 90.0, 130.0)) {
      List<String> lines = TextLines.wrap(label, font, width);
      assertThat(String.join("", lines)).isEqualTo(label);
      assertThat(lines).hasSizeGreaterThan(1);
      int at = 0;
      for (String line : lines.subList(0, lines.size() - 1)) {
        at += line.length();
        assertThat(line).as("line ends with a coeng").doesNotEndWith("\u17D2");
        assertThat(KhmerClusters.isBoundary(label, at)).as("break at %d in %s", at, lines).isTrue();
      }
      assertThat(lines).noneMatch(l -> KhmerClusters.isMark(l.codePointAt(0)));
    }
  }
}
