package org.policyscore.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.archive.ArchiveWriter;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.FixtureSite;
import org.policyscore.testing.LocalSite;

/** fetch, import, history, verify and discover, run as a person would, against a local site. */
class ArchiveCommandsTest {
  @TempDir Path ws;
  final LocalSite site = FixtureSite.start();

  @AfterEach
  void stop() {
    site.close();
  }

  /** A study of the fixture site's company (or of {@code base}, e.g. a dead port). */
  private void writeStudy(String base) throws Exception {
    Files.createDirectories(ws.resolve("policies"));
    Files.writeString(ws.resolve("policies/acme.yaml"), """
        name: Acme test study
        country: Nowhere
        year: 2026
        catalog: rdr-2020
        mode: per-service
        services: [{id: mobile, label: Mobile}]
        companies:
          - id: acme
            name: Acme Mobile
            type: telecom
            home: BASE/
            documents:
              - id: privacy
                kind: privacy
                versions:
                  - {lang: en, url: BASE/privacy-notice/}
                  - {lang: km, url: BASE/km/privacy-notice/}
              - id: terms
                kind: terms
                versions:
                  - {lang: en, url: BASE/terms-and-conditions/}
                  - {lang: km, not_found: true, note: looked from the Khmer home page in 2026}
        """.replace("BASE", base), UTF_8);
  }

  private CliRun run(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--workspace";
    all[1] = ws.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CliRun.of(all);
  }

  private String base() {
    return site.url("").toString();
  }

  @Test
  void fetchArchivesEveryDeclaredDocumentThenFindsThemUnchanged() throws Exception {
    writeStudy(base());
    CliRun first = run("fetch", "acme", "--delay", "0");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("[4/4]")
        .containsPattern("acme/privacy/km +new snapshot +\\d{8}T\\d{6}Z [0-9a-f]{12}")
        .containsPattern("acme/terms/km +declared not found .*looked from the Khmer home page")
        .contains("4 document(s): 3 new, 0 unchanged, 1 declared not found, 0 from the archive offline, 0 failed");
    assertThat(site.requests()).allSatisfy(r -> assertThat(r.header("User-Agent")).startsWith("policyscore/"));

    CliRun second = run("fetch", "--delay", "0"); // the only study in the workspace
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("0 new, 3 unchanged");
    assertThat(new Archive(new Workspace(ws).archive(), java.time.Clock.systemUTC())
        .snapshots(new DocumentKey("acme", "privacy", "km"))).hasSize(1);

    CliRun history = run("history", "acme", "acme");
    assertThat(history.exitCode()).isZero();
    assertThat(history.out()).contains("acme/terms/km  (declared not found)  no copies archived")
        .containsPattern("copy \\d{8}T\\d{6}Z +fetch +\\d+ B  SHA-256 [0-9a-f]{64}\n"
            + " +first retrieved \\S+Z, last seen unchanged \\S+Z \\(seen 2 times\\)\n"
            + " +http://127\\.0\\.0\\.1:\\d+/km/privacy-notice/\n")
        .contains("3 copies archived");
  }

  @Test
  void withNoNetworkFetchNamesWhatFailedUsesTheArchiveAndExitsThree() throws Exception {
    writeStudy("http://127.0.0.1:" + LocalSite.deadPort());
    Path saved = ws.resolve("saved privacy page.html");
    Files.writeString(saved, "<html lang=en><body><h1>Privacy Notice</h1><p>We keep call records.</p></body></html>");
    CliRun imported = run("import", saved.toString(), "--study", "acme", "--company", "acme", "--document", "privacy",
        "--lang", "en", "--retrieved", "2022-01-15", "--url", "https://www.acme.example/privacy-notice/");
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("archived acme/privacy/en as policies/archive/acme/privacy/en/20220115T000000Z.html");

    CliRun r = run("fetch", "acme", "--delay", "0");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.out())
        .containsPattern("acme/privacy/en +FAILED: archived copy used +20220115T000000Z [0-9a-f]{12} +cannot connect to 127.0.0.1")
        .containsPattern("acme/privacy/km +FAILED: no copy at all +- +cannot connect")
        .containsPattern("acme/terms/en +FAILED: no copy at all")
        .contains("3 failed")
        .contains("exit code 3");
    assertThat(r.err()).isEmpty();

    CliRun offline = run("fetch", "acme", "--offline");
    assertThat(offline.exitCode()).isEqualTo(3);
    assertThat(offline.out()).containsPattern("acme/privacy/en +offline: archived copy")
        .containsPattern("acme/privacy/km +offline: no archived copy");
  }

  @Test
  void importKeepsProvenanceAndDoesNotStoreTheSameBytesTwice() throws Exception {
    writeStudy(base());
    Path pdf = ws.resolve("terms.pdf");
    Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(UTF_8));
    String[] args = {"import", pdf.toString(), "--study", "acme", "--company", "acme", "--document", "terms",
        "--lang", "en", "--retrieved", "2021-11-30T10:00:00Z", "--note", "emailed by the company"};
    assertThat(run(args).exitCode()).isZero();
    CliRun again = run(args);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("identical to the newest copy, not stored again");

    List<Snapshot> snaps = Archive.of(new Workspace(ws)).snapshots(new DocumentKey("acme", "terms", "en"));
    assertThat(snaps).hasSize(1);
    Snapshot s = snaps.get(0);
    assertThat(s.file().getFileName().toString()).isEqualTo("20211130T100000Z.pdf");
    assertThat(s.contentType()).isEqualTo("application/pdf");
    assertThat(s.provenance().sourceFile()).contains("terms.pdf");
    assertThat(s.provenance().note()).contains("emailed by the company");
    assertThat(s.provenance().requestedUrl()).as("the declared address, when --url is not given")
        .contains(base() + "/terms-and-conditions/");

    CliRun wrongLang = run("import", pdf.toString(), "--study", "acme", "--company", "acme", "--document", "terms", "--lang", "fr");
    assertThat(wrongLang.exitCode()).isEqualTo(1);
    assertThat(wrongLang.err()).contains("declares no 'fr' version; it has en, km");
  }

  @Test
  void verifyReportsAnAlteredSnapshotAndExitsOne() throws Exception {
    writeStudy(base());
    assertThat(run("fetch", "--delay", "0").exitCode()).isZero();
    CliRun ok = run("verify");
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("3 snapshot(s) checked in policies/archive: all intact");

    Snapshot s = Archive.of(new Workspace(ws)).newest(new DocumentKey("acme", "privacy", "en")).orElseThrow();
    Files.writeString(s.file(), Files.readString(s.file()).replace("phone number", "email address"));
    CliRun bad = run("verify");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.out()).contains("ALTERED: policies/archive/acme/privacy/en/" + s.file().getFileName())
        .contains("1 problem(s)");
  }

  @Test
  void aSecondRunIsRefusedWhileTheArchiveIsLocked() throws Exception {
    writeStudy(base());
    try (ArchiveWriter held = Archive.of(new Workspace(ws)).open()) {
      CliRun r = run("fetch", "--delay", "0");
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.err()).contains("another policyscore run is writing to the archive");
    }
  }

  @Test
  void discoverListsCandidatesWithTheirClicksAndWhatTheStudyDeclares() throws Exception {
    writeStudy(base());
    CliRun r = run("discover", "acme", "acme", "--delay", "0");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Acme Mobile: 4 candidate page(s)")
        .contains("clicks: home page -> \"ខ្មែរ\" -> \"ឯកជនភាព\"")
        .contains("reached_by: [\"Legal\", \"Terms & Conditions\"]")
        .contains("in the study: privacy/km (no reached_by recorded yet)");
  }

  @Test
  void aStudyThatDoesNotValidateExitsFourWithFileAndLine() throws Exception {
    writeStudy(base());
    Path f = ws.resolve("policies/acme.yaml");
    Files.writeString(f, Files.readString(f).replace("{lang: en, url: " + base() + "/privacy-notice/}", "{lang: english, url: x}"));
    CliRun r = run("fetch", "acme");
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err()).contains("acme.yaml:16:20:").contains("bad language code 'english'");

    CliRun unknown = run("fetch", "nosuchstudy");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("no study 'nosuchstudy'");
  }
}
