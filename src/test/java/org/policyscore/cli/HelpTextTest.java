package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyscore.testing.CliRun;

class HelpTextTest {
  @Test
  void joinsTheLinesOfAParagraphAndKeepsParagraphBreaks() {
    String[] lines = {"First line of one", "paragraph.", "%nSecond paragraph", "goes on.", "", "Third."};

    assertThat(HelpText.paragraphs(lines)).containsExactly(
        "First line of one paragraph.", "%nSecond paragraph goes on.", "", "Third.");
  }

  @Test
  void keepsTheSummarySentenceAndIndentedLinesOnTheirOwn() {
    String[] lines = {"Does one thing. Then more", "detail follows.", "Modes:", "  a   first", "  b   second", "After."};

    assertThat(HelpText.paragraphs(lines)).containsExactly(
        "Does one thing.", "Then more detail follows. Modes:", "  a   first", "  b   second", "After.");
  }

  @Test
  void helpWrapsWithoutRaggedStubs() {
    String help = CliRun.of("score", "--help").out();

    // 'answers.csv' was split across lines when each source line was wrapped on its own
    assertThat(help).contains("answers.csv");
    assertThat(help.lines().filter(l -> l.strip().equals("kept),") || l.strip().equals("csv"))).isEmpty();
  }
}
