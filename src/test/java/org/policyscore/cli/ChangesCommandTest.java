package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.diff.ChangesFeed;
import org.policyscore.testing.CliRun;
import org.w3c.dom.Document;

/** {@code policyscore changes}: what is new since a date or the previous run, and the feed. */
class ChangesCommandTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "diff");

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

  private Document feed() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(ws.resolve("reports/cambodia/changes.atom").toFile());
  }

  @Test
  void listsEachChangedDocumentWithCountsHashesAndElementsAndWritesAValidFeed() throws Exception {
    study();
    CliRun run = changes("--since", "2025-02-01");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 changed (since 2025-02-01)");
    assertThat(run.out().lines().filter(l -> l.startsWith("mekong/"))).containsExactly(
        "mekong/privacy/en            2025-01-15T00:00:00Z (aeb53151a901) -> 2025-06-01T00:00:00Z (b0452a00db1e): "
            + "1 added, 0 removed, 0 changed, 0 moved; elements touched: P10a.1 (no disclosure found -> partial), "
            + "P10a.4 (no disclosure found -> partial), P10a.5 (no disclosure found -> partial)",
        "mekong/privacy/km            2025-01-15T00:00:00Z (a0beda5a150e) -> 2025-07-01T12:00:00Z (b7475b27c9af): "
            + "0 added, 1 removed, 0 changed, 0 moved; elements touched: P6.1");

    Document feed = feed();
    assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ChangesFeed.ATOM);
    assertThat(feed.getElementsByTagNameNS(ChangesFeed.ATOM, "entry").getLength()).isEqualTo(2);
    assertThat(feed.getElementsByTagNameNS(ChangesFeed.ATOM, "updated").item(0).getTextContent())
        .isEqualTo("2025-07-01T12:00:00Z");
    String href = ((org.w3c.dom.Element) feed.getElementsByTagNameNS(ChangesFeed.ATOM, "link").item(0)).getAttribute("href");
    assertThat(ws.resolve("reports/cambodia").resolve(href)).exists();
    assertThat(Files.readString(ws.resolve("reports/cambodia").resolve(href))).contains("<del>");
  }

  @Test
  void aSecondRunListsOnlyWhatIsNewAndTheFeedStaysByteIdentical() throws IOException {
    study();
    CliRun first = changes();
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("2 changed (latest change of each document (first run))");
    byte[] feed = Files.readAllBytes(ws.resolve("reports/cambodia/changes.atom"));
    assertThat(ws.resolve("reports/cambodia/changes.state")).content()
        .contains("mekong/privacy/en 20250601T000000Z").contains("mekong/privacy/km 20250701T120000Z");

    CliRun second = changes();
    assertThat(second.out()).contains("0 changed (since the previous run)");
    assertThat(second.out().lines().filter(l -> l.startsWith("mekong/"))).isEmpty();
    assertThat(Files.readAllBytes(ws.resolve("reports/cambodia/changes.atom"))).isEqualTo(feed);

    version("en", "reworded-clause", "20251001T093000Z");
    CliRun third = changes();
    assertThat(third.out()).contains("1 changed (since the previous run)");
    assertThat(third.out().lines().filter(l -> l.startsWith("mekong/"))).singleElement().asString()
        .startsWith("mekong/privacy/en").contains("-> 2025-10-01T09:30:00Z");
  }

  @Test
  void aBadDateIsAUsageError() throws IOException {
    study();
    CliRun run = changes("--since", "yesterday");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--since must be a date");
  }
}
