package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.AtomCheck;
import org.policyscore.testing.CliRun;

/**
 * {@code policyscore changes}: every new version in a time range, whatever ran before, and the
 * feed. The text versions here have no archived copies (written straight into policies/text),
 * so they are named by their text's hash and say so.
 */
class ChangesCommandTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "diff");
  private static final Pattern HREF = Pattern.compile("<link rel=\"alternate\" type=\"text/html\" href=\"([^\"]+)\"/>");

  @TempDir Path ws;

  private void version(String lang, String fixture, String stamp) throws IOException {
    Path dir = Files.createDirectories(ws.resolve("policies/text/mekong/privacy").resolve(lang));
    Files.copy(FIXTURES.resolve(lang).resolve(fixture + ".md"), dir.resolve(stamp + ".md"));
  }

  private CliRun changes(String... extra) {
    String[] args = new String[extra.length + 4];
    args[0] = "--workspace";
    args[1] = ws.toString();
    args[2] = "changes";
    args[3] = "cambodia";
    System.arraycopy(extra, 0, args, 4, extra.length);
    return CliRun.of(args);
  }

  private void study() throws IOException {
    Files.createDirectories(ws.resolve("policies"));
    Files.copy(FIXTURES.resolve("study.yaml"), ws.resolve("policies/cambodia.yaml"));
    Files.createDirectories(ws.resolve("indicators"));
    Files.copy(FIXTURES.resolve("cues-catalog.yaml"), ws.resolve("indicators/diff-test.yaml"));
    // text versions of a company outside the study are not its business
    Files.createDirectories(ws.resolve("policies/text/othertel/privacy/en"));
    Files.copy(FIXTURES.resolve("en/base.md"), ws.resolve("policies/text/othertel/privacy/en/20250115T000000Z.md"));
    Files.copy(FIXTURES.resolve("en/removed-clause.md"), ws.resolve("policies/text/othertel/privacy/en/20250301T000000Z.md"));
    version("en", "base", "20250115T000000Z");
    version("en", "added-government-demands", "20250601T000000Z");
    version("km", "base", "20250115T000000Z");
    version("km", "removed-clause", "20250701T120000Z");
  }

  private static List<String> headlines(CliRun run) {
    return run.out().lines().filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2}T.*")).toList();
  }

  @Test
  void listsEveryChangeInTheRangeWithNamesCountsAndElements() throws Exception {
    study();
    CliRun run = changes("--since", "2025-02-01");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 new version(s) since 2025-02-01");
    assertThat(headlines(run)).containsExactly(
        "2025-06-01T00:00:00Z  Mekong Mobile, Privacy Notice (English)  changed: 1 added, 0 removed, 0 changed, 0 moved",
        "2025-07-01T12:00:00Z  Mekong Mobile, Privacy Notice (Khmer)  changed: 0 added, 1 removed, 0 changed, 0 moved");
    assertThat(run.out())
        .contains("older: text version 20250115T000000Z, text SHA-256 aeb53151a90119f0e1a3dd7ce4c6efe1e598ba3160597a821e4ea1808c33be77 (no archived copy recorded)")
        .contains("P10a.1   no disclosure found -> partial  Does the company clearly disclose its process for responding to non-judicial government demands?")
        // the English still says how long records are kept, so the notice as a whole still does
        .contains("P6.1     partial -> partial")
        .doesNotContain("othertel");

    String feed = Files.readString(ws.resolve("reports/cambodia/changes.atom"));
    assertThat(AtomCheck.problems(feed)).isEmpty();
    // the feed holds the whole history: two first copies and two changes, linked absolutely
    Matcher m = HREF.matcher(feed);
    List<Path> pages = new ArrayList<>();
    while (m.find()) {
      pages.add(Path.of(URI.create(m.group(1))));
    }
    assertThat(pages).hasSize(4).allSatisfy(p -> assertThat(p).exists().startsWith(ws.resolve("reports/cambodia/changes")));
    assertThat(Files.readString(pages.get(0))).contains("<del>");
  }

  @Test
  void theAnswerIsAboutTimeNotAboutWhatRanBefore() throws IOException {
    study();
    CliRun first = changes();
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("4 new version(s) in all");
    assertThat(headlines(first)).containsExactly(
        "2025-01-15T00:00:00Z  Mekong Mobile, Privacy Notice (English)  first archived",
        "2025-01-15T00:00:00Z  Mekong Mobile, Privacy Notice (Khmer)  first archived",
        "2025-06-01T00:00:00Z  Mekong Mobile, Privacy Notice (English)  changed: 1 added, 0 removed, 0 changed, 0 moved",
        "2025-07-01T12:00:00Z  Mekong Mobile, Privacy Notice (Khmer)  changed: 0 added, 1 removed, 0 changed, 0 moved");
    // a first version is never a change from nothing: no hash of empty input anywhere
    assertThat(first.out()).doesNotContain("e3b0c44298fc");
    byte[] feed = Files.readAllBytes(ws.resolve("reports/cambodia/changes.atom"));

    CliRun again = changes();
    assertThat(again.out()).isEqualTo(first.out());
    assertThat(Files.readAllBytes(ws.resolve("reports/cambodia/changes.atom"))).isEqualTo(feed);
    CliRun june = changes("--since", "2025-06-01", "--until", "2025-06-30");
    assertThat(headlines(june)).singleElement().asString().startsWith("2025-06-01T00:00:00Z");

    version("en", "reworded-clause", "20251001T093000Z");
    CliRun later = changes("--since", "2025-02-01");
    assertThat(headlines(later)).hasSize(3).last().asString()
        .startsWith("2025-10-01T09:30:00Z  Mekong Mobile, Privacy Notice (English)  changed: 0 added, 1 removed, 2 changed");
  }

  @Test
  void aBaseUrlMakesTheFeedLinkWhereTheReportsArePublished() throws IOException {
    study();
    CliRun run = changes("--base-url", "https://cso.example/cambodia");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String feed = Files.readString(ws.resolve("reports/cambodia/changes.atom"));
    assertThat(AtomCheck.problems(feed)).isEmpty();
    assertThat(feed).contains("href=\"https://cso.example/cambodia/changes.atom\"")
        .contains("href=\"https://cso.example/cambodia/changes/mekong-privacy-km-20250701T120000Z.html\"");
    assertThat(ws.resolve("reports/cambodia/changes/mekong-privacy-km-20250701T120000Z.html")).exists();

    CliRun bad = changes("--base-url", "cso.example/cambodia");
    assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(bad.err()).contains("--base-url must be an absolute http(s) address");
  }

  @Test
  void aBadDateIsAUsageError() throws IOException {
    study();
    CliRun run = changes("--since", "yesterday");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--since must be a date");
    CliRun backwards = changes("--since", "2025-06-01", "--until", "2025-01-01");
    assertThat(backwards.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(backwards.err()).contains("is before --since");
  }
}
