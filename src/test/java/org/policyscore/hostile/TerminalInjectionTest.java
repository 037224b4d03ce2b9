package org.policyscore.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.diff.TextSide;
import org.policyscore.extract.ExtractionRules;
import org.policyscore.extract.Extractor;
import org.policyscore.io.CsvWriter;
import org.policyscore.testing.CliRun;

/**
 * Escape sequences planted in a policy (to clear a journalist's screen, retitle the window, or
 * hide a clause) never reach a terminal: not through the text version, not through a diff, not
 * through answers.csv, not through anything else printed.
 */
class TerminalInjectionTest {
  @TempDir Path dir;

  /** ESC [2J clears the screen; ESC ] 0 ; ... BEL sets the title; ESC [8m hides what follows. */
  private static final String PLANTED = "\u001B[2J\u001B]0;pwned\u0007\u001B[8m";

  private static boolean hasControls(String s) {
    return s.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t');
  }

  @Test
  void theTextVersionHoldsNoControlCharacters() throws Exception {
    String page = "<html><body><h1>Privacy\u001B[2J Notice</h1><p>" + PLANTED + HostileWorkspace.POLICY
        + " &#27;[31m&#x9b;1m&#7;</p></body></html>";
    String md = new Extractor().extract(page.getBytes(UTF_8), "text/html", null, ExtractionRules.NONE).markdown();
    assertThat(hasControls(md)).as(md).isFalse();
    assertThat(md).contains("Privacy[2J Notice").contains(HostileWorkspace.POLICY);
  }

  @Test
  void diffOfTwoSavedCopiesPrintsNoControlCharacters() throws Exception {
    Path older = dir.resolve("older.txt");
    Path newer = dir.resolve("newer\u001B[2J.txt");
    Files.writeString(older, "# Terms\n\nWe keep records for twelve months.\n");
    Files.writeString(newer, "# Terms\n\nWe keep records for " + PLANTED + "six months.\n");
    for (String format : List.of("text", "md")) {
      CliRun diff = CliRun.of("--workspace", dir.toString(), "diff", older.toString(), newer.toString(), "--format", format);
      assertThat(diff.exitCode()).as(diff.err()).isZero();
      assertThat(hasControls(diff.out() + diff.err())).as(format + ": " + diff.out()).isFalse();
      assertThat(diff.out()).contains("six");
    }
  }

  @Test
  void theStudysTextVersionsPrintNoControlCharactersWhateverIsStored() throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir);
    String policy = "<html><body><h1>Privacy Notice</h1><p>" + HostileWorkspace.POLICY + "</p></body></html>";
    HostileWorkspace.requireOk(ws.importPage("privacy", "a.html", policy.getBytes(UTF_8), "2026-01-10"));
    HostileWorkspace.requireOk(ws.importPage("privacy", "b.html",
        policy.replace("twelve", PLANTED + "six").getBytes(UTF_8), "2026-02-10"));
    ws.cli("extract", "acme");
    // A text version stored by an older tool, with the ESC still in it:
    Path stored = dir.resolve("policies/text/acme/privacy/en/20260210T000000Z.md");
    Files.writeString(stored, Files.readString(stored).replace("six", PLANTED + "six"));

    CliRun diff = ws.cli("diff", "acme", "acme", "privacy");
    assertThat(diff.exitCode()).as(diff.err()).isZero();
    assertThat(hasControls(diff.out())).as(diff.out()).isFalse();
    CliRun history = ws.cli("history", "acme");
    assertThat(hasControls(history.out() + history.err())).isFalse();
  }

  @Test
  void theToolsCellsInACsvHoldNoControlCharactersAndAPersonsAreKept() {
    String csv = new CsvWriter(List.of("evidence", "comment"), Set.of(1))
        .row(List.of("\"We keep " + PLANTED + "records\"", "my note\u0007")).text();
    assertThat(csv).contains("We keep [2J]0;pwned[8mrecords").contains("my note\u0007");
  }

  @Test
  void aSideOfADiffHoldsNoControlCharacters() {
    TextSide side = TextSide.of("label\u001B[2J", Instant.EPOCH, "en", "text " + PLANTED + "here\n");
    assertThat(hasControls(side.text() + side.label())).isFalse();
  }
}
