package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fixture pages with a Next.js-like app (app-download banner, header with navigation,
 * breadcrumb, footer, cookie notice, scripts, a hidden draft clause) give exactly the golden
 * Markdown. A mismatch writes the actual text to target/extract-actual/ for a look.
 */
class HtmlGoldenTest {

  private final Extractor extractor = new Extractor();

  @ParameterizedTest
  @ValueSource(strings = {"privacy-en", "privacy-km", "terms-en", "terms-km"})
  void fixturePageGivesGoldenMarkdown(String name) throws Exception {
    ExtractedText text = extractor.extract(Fixtures.bytes(name + ".html"), "text/html", "https://www.smartnas.example/" + name, ExtractionRules.NONE);

    assertThat(text.format()).isEqualTo(SourceFormat.HTML);
    assertMatchesGolden(name, text.markdown());
  }

  @ParameterizedTest
  @ValueSource(strings = {"privacy-en", "privacy-km", "terms-en", "terms-km"})
  void noChromeSurvives(String name) throws Exception {
    String md = extractor.extract(Fixtures.bytes(name + ".html"), null, null, ExtractionRules.NONE).markdown();

    assertThat(md).doesNotContain("SmartNas!", "Download the app", "Install", "cookie", "ខូគី",
        "All rights reserved", "រក្សាសិទ្ធិ", "__NEXT_DATA__", "dataLayer", "Draft clause", "Mobile\n", "ទំព័រដើម");
  }

  static void assertMatchesGolden(String name, String actual) throws IOException {
    String expected = Fixtures.text(name + ".md");
    if (!expected.equals(actual)) {
      Path out = Path.of("target", "extract-actual", name + ".md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("extracted text of %s (actual written to target/extract-actual/)", name).isEqualTo(expected);
  }
}
