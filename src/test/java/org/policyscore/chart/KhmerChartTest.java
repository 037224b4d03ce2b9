package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.font.GlyphVector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policyscore.io.AtomicFile;

class KhmerChartTest {
  /** Khmer labels as a study would give them (fixture wording written for this test). */
  static final ChartLabels KHMER = new ChartLabels(ChartLanguage.KM, "កម្ពុជា",
      Map.of("smart", "ស្មាត អាស៊ីអាតា", "metfone", "មេតហ្វូន"),
      Map.of("mobile", "ទូរស័ព្ទចល័ត", "broadband", "អ៊ីនធឺណិតខ្សែកាប"),
      Map.of("F1a", "ការចូលដំណើរការលក្ខខណ្ឌនៃសេវាកម្ម", "F3a", "ដំណើរការអនុវត្តលក្ខខណ្ឌនៃសេវាកម្ម",
          "F9", "ការគ្រប់គ្រងបណ្តាញ", "F10", "ការបិទបណ្តាញ", "P1a", "ការចូលដំណើរការគោលការណ៍ឯកជនភាព",
          "P10a", "ដំណើរការឆ្លើយតបនឹងការស្នើសុំព័ត៌មានអ្នកប្រើប្រាស់ពីរដ្ឋាភិបាល",
          "P11a", "ទិន្នន័យអំពីការស្នើសុំព័ត៌មានអ្នកប្រើប្រាស់ពីរដ្ឋាភិបាល",
          "P12", "ការជូនដំណឹងដល់អ្នកប្រើប្រាស់អំពីការស្នើសុំពីភាគីទីបី"));

  static Font khmerFontOrSkip() {
    Optional<Font> font;
    try {
      font = Optional.of(KhmerFont.require());
    } catch (MissingFontException e) {
      font = Optional.empty();
    }
    assumeTrue(font.isPresent(), "skipped: no Khmer font installed here (.ci/install-chromium installs fonts-khmeros)");
    return font.get();
  }

  @Test
  void withoutAKhmerFontTheToolSaysSoInsteadOfDrawingBoxes() {
    assertThat(KhmerFont.find(List.of("DejaVu Sans", "Liberation Sans", "SansSerif", "Dialog"))).isEmpty();
    ChartFonts latinOnly = new ChartFonts(new Font("DejaVu Sans", Font.PLAIN, 14));
    assumeTrue(latinOnly.base().getFamily().equals("DejaVu Sans"), "skipped: DejaVu Sans is not installed");
    assertThatThrownBy(() -> ScoreCharts.build(Baseline.scores(), List.of(), KHMER, ChartStyle.LIGHT, latinOnly))
        .isInstanceOf(MissingFontException.class)
        .hasMessageContaining("DejaVu Sans")
        .hasMessageContaining("fonts-khmeros");
  }

  @Test
  void aKhmerFontIsFoundAndHasEveryGlyphOfKhmerLabels() {
    Font font = khmerFontOrSkip();
    for (String text : List.of(KhmerFont.SAMPLE, KHMER.indicator("P10a"), KHMER.companyTitle("smart"))) {
      char[] chars = text.toCharArray();
      GlyphVector glyphs = font.layoutGlyphVector(TextLines.FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
      for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
        assertThat(glyphs.getGlyphCode(i)).as("glyph %d of %s", i, text).isNotEqualTo(font.getMissingGlyphCode());
      }
    }
  }

  @Test
  void khmerCompanyChartCarriesKhmerLabelsAndRenders() throws Exception {
    khmerFontOrSkip();
    List<ScoreChart> charts = ScoreCharts.build(Baseline.scores(), List.of("F1a", "F3a", "F9", "F10", "P1a",
        "P10a", "P11a", "P12"), KHMER, ChartStyle.REPORT, ChartFonts.forLanguage(ChartLanguage.KM));
    ScoreChart smart = charts.stream().filter(c -> c.name().equals("company-smart")).findFirst().orElseThrow();
    assertThat(smart.title()).isEqualTo("ស្មាត អាស៊ីអាតា | កម្ពុជា");
    assertThat(smart.series()).extracting(ChartSeries::label).containsExactly("ទូរស័ព្ទចល័ត", "អ៊ីនធឺណិតខ្សែកាប");
    assertThat(smart.series().get(0).value("F3a | ដំណើរការអនុវត្តលក្ខខណ្ឌនៃសេវាកម្ម")).isEqualTo(21.43);
    byte[] png = ChartEncoder.png(smart);
    AtomicFile.write(Path.of("target", "chart-look", "km-company-smart.png"), png);
    assertThat(new String(ChartEncoder.svg(smart), java.nio.charset.StandardCharsets.UTF_8))
        .contains("ស្មាត អាស៊ីអាតា | កម្ពុជា");
  }
}
