package org.policyscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptDetectorTest {

  @Test
  void detectsTheScriptOfEachParagraph() {
    String text = "# សេចក្តីជូនដំណឹងអំពីឯកជនភាព\n\nWe collect data.\n\nលេខទូរស័ព្ទ និងលេខសម្គាល់ឧបករណ៍ (IMEI)។\n\n"
        + "SmartNas ប្រមូល data\n\n| ១៨៨៨ |\n";

    assertThat(ScriptDetector.paragraphs(text)).extracting(ScriptDetector.Paragraph::script)
        .containsExactly(Script.KHMER, Script.LATIN, Script.KHMER, Script.MIXED, Script.NONE);
  }
}
