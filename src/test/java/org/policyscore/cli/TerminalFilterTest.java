package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What may reach a terminal: text, line breaks, tabs, and on a colour terminal our colours. */
class TerminalFilterTest {
  private static String through(String text, boolean colours, int chunk) {
    StringWriter out = new StringWriter();
    try (PrintWriter w = new PrintWriter(new TerminalFilter(out, colours))) {
      for (int i = 0; i < text.length(); i += chunk) {
        w.print(text.substring(i, Math.min(text.length(), i + chunk)));
      }
    }
    return out.toString();
  }

  @Test
  void controlCharactersAndForeignSequencesAreDropped() {
    String hostile = "a\u001B[2Jb\u001B]0;owned\u0007c\u009B31md\u0000e\u007Ff\u001BcG\u001B[8mhidden\u001B[0m\tend\r\n";
    for (int chunk : new int[] {1, 3, 1000}) {
      assertThat(through(hostile, false, chunk)).as("chunks of " + chunk).isEqualTo("ab0;ownedc31mdefGhidden\tend\r\n");
      // colours on: the SGR sequences pass (we draw with them), nothing else does
      assertThat(through(hostile, true, chunk)).as("chunks of " + chunk)
          .isEqualTo("ab0;ownedc31mdefG\u001B[8mhidden\u001B[0m\tend\r\n");
    }
  }

  @Test
  void khmerAndOtherTextPassUntouched() {
    String text = "ឯកជនភាព «privacy» — 100% \u200B ok\n";
    assertThat(through(text, false, 5)).isEqualTo(text);
  }
}
