package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.EvidenceSite;
import org.policyscore.testing.TestWorkspace;

/**
 * {@code import} of many saved copies at once, each with its own date: from a listing (CSV) or
 * a folder. Bad input is refused as a whole, naming the file, line and column, with nothing
 * archived.
 */
class BulkImportTest {
  @TempDir Path ws;
  private Path saved;

  @BeforeEach
  void studyAndSavedPages() throws IOException {
    new TestWorkspace(ws).writeStudy("kampot", """
        name: Kampot
        country: Cambodia
        year: 2026
        catalog: rdr-2020
        mode: per-service
        services: [{id: mobile, label: Mobile}]
        companies:
          - id: kampot
            name: Kampot Mobile
            type: telecom
            home: https://kampot.example/
            documents:
              - id: privacy
                kind: privacy
                versions:
                  - {lang: en, url: https://kampot.example/privacy/}
                  - {lang: km, url: https://kampot.example/km/privacy/}
        """);
    saved = Files.createDirectories(ws.resolve("saved"));
    Files.write(saved.resolve("privacy-march.html"), EvidenceSite.page("privacy-en.html"));
    Files.write(saved.resolve("privacy-march-again.html"), EvidenceSite.page("privacy-en.html"));
    Files.write(saved.resolve("privacy-june.html"), EvidenceSite.page("privacy-en-v2.html"));
    Files.write(saved.resolve("km-march.html"), EvidenceSite.page("km/privacy.html"));
  }

  private CliRun cli(String... args) {
    return CliRun.in(ws, args);
  }

  private List<Snapshot> copies(String lang) throws IOException {
    return Archive.of(new Workspace(ws)).snapshots(new DocumentKey("kampot", "privacy", lang));
  }

  @Test
  void aListingImportsEveryCopyWithItsOwnDate() throws IOException {
    // in any order: copies are archived oldest first
    Files.writeString(saved.resolve("listing.csv"), """
        file,company,document,language,url,retrieved
        privacy-june.html,kampot,privacy,en,https://kampot.example/privacy/?v=2,2026-06-02T09:00:00Z
        privacy-march.html,kampot,privacy,en,,2026-03-01
        km-march.html,kampot,privacy,km,,2026-03-01T09:00:05Z
        privacy-march-again.html,kampot,privacy,en,,2026-03-15
        """);
    CliRun run = cli("import", saved.resolve("listing.csv").toString(), "--study", "kampot");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("4 copies imported: 3 archived, 1 identical to the newest copy and not stored again");

    List<Snapshot> en = copies("en");
    assertThat(en).extracting(Snapshot::obtainedAt).containsExactly(
        Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-06-02T09:00:00Z"));
    assertThat(en.get(0).seenUnchanged()).containsExactly(Instant.parse("2026-03-15T00:00:00Z"));
    assertThat(en.get(0).provenance().finalUrl()).contains("https://kampot.example/privacy/");
    assertThat(en.get(1).provenance().finalUrl()).contains("https://kampot.example/privacy/?v=2");
    assertThat(en.get(1).provenance().sourceFile()).contains("privacy-june.html");
    assertThat(copies("km")).singleElement().satisfies(s ->
        assertThat(s.obtainedAt()).isEqualTo(Instant.parse("2026-03-01T09:00:05Z")));
  }

  @Test
  void aFolderLaidOutByDocumentImportsWithTheDatesInTheNames() throws IOException {
    Path folder = ws.resolve("copies");
    Files.createDirectories(folder.resolve("kampot/privacy/en"));
    Files.createDirectories(folder.resolve("kampot/privacy/km"));
    Files.copy(saved.resolve("privacy-march.html"), folder.resolve("kampot/privacy/en/2026-03-01.html"));
    Files.copy(saved.resolve("privacy-june.html"), folder.resolve("kampot/privacy/en/20260602T090000Z.html"));
    Files.copy(saved.resolve("km-march.html"), folder.resolve("kampot/privacy/km/privacy-km-2026-03-01.html"));
    Files.writeString(folder.resolve(".DS_Store"), "not a copy");
    CliRun run = cli("import", folder.toString(), "--study", "kampot");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(copies("en")).extracting(Snapshot::obtainedAt).containsExactly(
        Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-06-02T09:00:00Z"));
    assertThat(copies("km")).hasSize(1);

    // a flat folder of one document's copies, named by the options
    Path flat = Files.createDirectories(ws.resolve("flat"));
    Files.copy(saved.resolve("km-march.html"), flat.resolve("km 2026-03-20.html"));
    CliRun one = cli("import", flat.toString(), "--study", "kampot", "--company", "kampot", "--document", "privacy",
        "--lang", "km");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(copies("km").get(0).seenUnchanged()).containsExactly(Instant.parse("2026-03-20T00:00:00Z"));
  }

  @Test
  void aBadListingIsRefusedWholeNamingLineAndColumn() throws IOException {
    Files.writeString(saved.resolve("listing.csv"), """
        file,company,document,language,url,retrieved
        privacy-march.html,kampot,privacy,en,,2026-03-01
        privacy-june.html,kampot,privacy,en,,June 2026
        """);
    CliRun run = cli("import", saved.resolve("listing.csv").toString(), "--study", "kampot");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).contains("listing.csv:3:6: column F (retrieved): expected the date the copy was taken")
        .contains("'June 2026'").doesNotContain("Exception");
    assertThat(copies("en")).isEmpty();

    Files.writeString(saved.resolve("listing.csv"), """
        file,company,document,language,url,retrieved
        privacy-march.html,kampot,terms,en,,2026-03-01
        """);
    CliRun undeclared = cli("import", saved.resolve("listing.csv").toString(), "--study", "kampot");
    assertThat(undeclared.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(undeclared.err()).contains("listing.csv:2:2").contains("declares no document kampot/terms/en")
        .contains("kampot/privacy/en, kampot/privacy/km");

    Files.writeString(saved.resolve("listing.csv"), "file;company;document;language;url;retrieved\n");
    assertThat(cli("import", saved.resolve("listing.csv").toString(), "--study", "kampot").err())
        .contains("separated by ';'");

    Files.writeString(saved.resolve("listing.csv"), """
        file,company,document,language,url,retrieved
        gone.html,kampot,privacy,en,,2026-03-01
        """);
    assertThat(cli("import", saved.resolve("listing.csv").toString(), "--study", "kampot").err())
        .contains("listing.csv:2:1").contains("no such file");
    assertThat(copies("en")).isEmpty();
  }

  @Test
  void aFolderFileWithNoDateInItsNameIsRefusedNamingIt() throws IOException {
    Path folder = Files.createDirectories(ws.resolve("copies/kampot/privacy/en"));
    Files.copy(saved.resolve("privacy-march.html"), folder.resolve("2026-03-01.html"));
    Files.copy(saved.resolve("privacy-june.html"), folder.resolve("latest.html"));
    CliRun run = cli("import", ws.resolve("copies").toString(), "--study", "kampot");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).contains("latest.html").contains("expected the date the copy was taken from the web in the file's name");
    assertThat(copies("en")).isEmpty();

    CliRun withDate = cli("import", ws.resolve("copies").toString(), "--study", "kampot", "--retrieved", "2026-01-01");
    assertThat(withDate.exitCode()).isEqualTo(ExitCode.USAGE.code());
    assertThat(withDate.err()).contains("each file's name carries its date");
  }
}
