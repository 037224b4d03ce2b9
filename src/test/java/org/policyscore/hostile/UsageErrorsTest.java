package org.policyscore.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;

/**
 * A wrong command line gets exit code 2 and one line saying what is wrong (then the usage
 * line): no stack trace, no page of help, and never a message about something else.
 */
class UsageErrorsTest {
  @TempDir Path dir;

  private static void usage(CliRun run, String firstLine) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    List<String> lines = run.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo(firstLine);
    assertThat(lines).as("the message, perhaps the usage (one line per form)").hasSizeLessThanOrEqualTo(5);
    if (lines.size() > 1) {
      assertThat(lines.get(1)).startsWith("Usage: policyscore ");
    }
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aDateThatIsNoDateIsAUsageErrorWhateverTheArchiveHolds() {
    HostileWorkspace ws = new HostileWorkspace(dir);
    String dates = "a date (2025-06-01), a timestamp (2025-06-01T08:00:00Z or 20250601T080000Z) or a hash prefix"
        + " (at least 4 hex digits)";
    usage(ws.cli("diff", "acme", "acme", "privacy", "--from", "yesterday"), "error: --from must be " + dates + ", not 'yesterday'");
    usage(ws.cli("diff", "acme", "acme", "privacy", "--from", "2025-13-45"), "error: --from must be " + dates + ", not '2025-13-45'");
    usage(ws.cli("diff", "acme", "acme", "privacy", "--to", "2025-02-31"), "error: --to must be " + dates + ", not '2025-02-31'");
    usage(ws.cli("diff", "acme", "acme", "privacy", "--to", "20250601T25"), "error: --to must be " + dates + ", not '20250601T25'");
    usage(ws.cli("changes", "acme", "--since", "2025-02-30"),
        "error: --since must be a date (2025-06-01) or a timestamp (2025-06-01T08:00:00Z), not '2025-02-30'");
  }

  @Test
  void aMissingWorkspaceIsSaidToBeMissing() {
    Path nowhere = dir.resolve("no-such-folder");
    for (String command : List.of("extract", "verify", "run", "fetch", "score")) {
      CliRun run = command.equals("score") ? CliRun.of("--workspace", nowhere.toString(), command, "acme")
          : CliRun.of("--workspace", nowhere.toString(), command);
      usage(run, "error: --workspace " + nowhere + ": no such folder; give the folder that holds indicators/,"
          + " policies/ and reports/");
    }
    usage(CliRun.of("--workspace", dir.toString(), "extract"), "error: " + dir + " is not a policyscore workspace:"
        + " it has no policies/ folder. Run the command in the workspace folder, or give --workspace DIR");
    // init is how a workspace comes to be: its folder may not exist yet
    CliRun init = CliRun.of("--workspace", nowhere.toString(), "init", "acme");
    assertThat(init.exitCode()).as(init.err()).isZero();
    assertThat(nowhere.resolve("policies/acme.yaml")).exists();
  }

  @Test
  void wrongArgumentCountsAreCountedRight() {
    HostileWorkspace ws = new HostileWorkspace(dir);
    String diff = "error: diff compares STUDY COMPANY DOCUMENT (3 arguments) or OLD NEW (2 arguments); ";
    usage(ws.cli("diff"), diff + "none given");
    usage(ws.cli("diff", "one"), diff + "1 was given");
    usage(ws.cli("diff", "a", "b", "c", "d"), diff + "4 were given");
    usage(ws.cli("score", "acme", "extra"), "error: unexpected argument 'extra'");
    usage(ws.cli("verify", "x", "y"), "error: unexpected arguments 'x', 'y'");
    assertThat(ws.cli("frobnicate").err()).startsWith("error: no command 'frobnicate'; the commands are run, fetch,");
    usage(ws.cli("frobnicate"), ws.cli("frobnicate").err().lines().findFirst().orElseThrow());
    usage(ws.cli("score"), "error: missing required parameter: 'STUDY'");
  }

  @Test
  void valuesOutOfRangeAreRefused() throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir);
    usage(ws.cli("fetch", "--delay", "-1"), "error: --delay must be between 0 and 600 seconds, not -1.0");
    usage(ws.cli("diff", "a.html", "b.html", "--timeout", "0"), "error: --timeout must be between 1 and 600 seconds, not 0");
    java.nio.file.Files.writeString(dir.resolve("page.html"), "<p>x</p>");
    String page = dir.resolve("page.html").toString();
    usage(ws.cli("import", page, "--study", "acme", "--company", "acme", "--document", "privacy", "--lang", "en",
        "--retrieved", "2999-01-01"), "error: --retrieved must be a date between 1991 and today, not '2999-01-01'");
    usage(ws.cli("import", page, "--study", "acme", "--company", "acme", "--document", "privacy", "--lang", "en",
        "--retrieved", "last week"), "error: --retrieved must be a date like 2022-01-15 or a time like"
            + " 2022-01-15T09:30:00Z, not 'last week'");
    usage(ws.cli("import", page, "--study", "acme", "--company", "acme", "--document", "privacy", "--lang", "en",
        "--url", "file:///etc/passwd"), "error: --url must be a web address starting with https:// or http://, not"
            + " 'file:///etc/passwd'");
    usage(ws.cli("discover", "acme", "acme", "--from", "ftp://x/"),
        "error: --from must be a web address starting with https:// or http://, not 'ftp://x/'");
    assertThat(dir.resolve("policies/archive")).as("nothing was imported").doesNotExist();
  }
}
