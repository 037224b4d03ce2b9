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

  /** The painters (titles, bar labels) wrap through the same rule, with the chart's own Khmer font. */
  @Test
  void chartTitlesAndLabelsInKhmerBreakOnlyBetweenWords() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(KhmerFontProbe.present(), "skipped: no Khmer font");
    String label = "ការបង្ហាញព័ត៌មានអំពីការប្រមូលនិងការចែករំលែកទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកប្រើប្រាស់ដោយគាត់ផ្ទាល់";
    String title = label + " " + label;
    HorizontalBarChart chart = new HorizontalBarChart("c", title, List.of(label), List.of(
        new HorizontalBarChart.Bars("ទូរស័ព្ទចល័ត", java.awt.Color.GREEN, List.of(50.0),
            List.of(ScoreSource.unrecorded()))), ChartStyle.LIGHT, ChartFonts.forLanguage(ChartLanguage.KM),
        ChartWords.KM);
    assertThat(chart.titleLines()).hasSizeGreaterThan(1);
    assertThat(chart.labelLines().get(0)).hasSizeGreaterThan(1);
    assertBreaksBetweenClusters(title, chart.titleLines());
    assertBreaksBetweenClusters(label, chart.labelLines().get(0));
  }

  private static void assertBreaksBetweenClusters(String text, List<String> lines) {
    // wrapping may drop the space a line ends on; the text is otherwise whole
    assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    int at = 0;
    for (String line : lines.subList(0, lines.size() - 1)) {
      at = text.indexOf(line, at) + line.length();
      assertThat(KhmerClusters.isBoundary(text, at)).as("break at %d in %s", at, lines).isTrue();
      assertThat(line).doesNotEndWith("\u17D2");
    }
  }
}
