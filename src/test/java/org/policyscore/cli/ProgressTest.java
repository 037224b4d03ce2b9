package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policyscore.archive.DocumentKey;
import org.policyscore.fetch.DocumentOutcome;
import org.policyscore.fetch.Outcome;

class ProgressTest {
  private static final DocumentKey A = new DocumentKey("smart", "privacy", "km");
  private static final DocumentKey B = new DocumentKey("smart", "terms", "en");

  @Test
  void theTerminalBarIsRedrawnInPlaceCountsFailuresAndIsErasedAtTheEnd() {
    StringWriter text = new StringWriter();
    TerminalProgress bar = new TerminalProgress(new PrintWriter(text, true));
    bar.started(2);
    bar.documentStarted(A);
    bar.documentDone(new DocumentOutcome(A, Outcome.FETCHED_NEW, "", Optional.empty()));
    bar.documentStarted(B);
    bar.documentDone(new DocumentOutcome(B, Outcome.FAILED_NO_ARCHIVE, "HTTP 404", Optional.empty()));
    String beforeEnd = text.toString();
    bar.finished();
    String all = text.toString();

    assertThat(beforeEnd).doesNotContain("\n");
    assertThat(beforeEnd).contains("\r[###############...............] 1/2 smart/privacy/km");
    assertThat(beforeEnd.substring(beforeEnd.lastIndexOf('\r'))).startsWith("\r[" + "#".repeat(30) + "] 2/2 (1 failed) smart/terms/en");
    assertThat(all.substring(all.lastIndexOf('\r', all.length() - 2))).isBlank();
  }

  @Test
  void plainLinesSayOneThingPerDocument() {
    StringWriter text = new StringWriter();
    LineProgress lines = new LineProgress(new PrintWriter(text, true));
    lines.started(2);
    lines.documentDone(new DocumentOutcome(A, Outcome.UNCHANGED, "", Optional.empty()));
    lines.documentDone(new DocumentOutcome(B, Outcome.FAILED_USED_ARCHIVE, "timeout", Optional.empty()));
    assertThat(text.toString()).isEqualTo(String.format(
        "[1/2] smart/privacy/km: unchanged%n[2/2] smart/terms/en: FAILED: archived copy used%n"));
  }
}
