package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.diff.DocumentHistory;
import org.policyscore.diff.DocumentRef;
import org.policyscore.diff.ElementsTouched;
import org.policyscore.diff.EvidenceElementLocator;
import org.policyscore.diff.TextHistory;
import org.policyscore.diff.TouchedElement;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;
import org.policyscore.testing.AtomCheck;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.EvidenceSite;
import org.policyscore.testing.LocalSite;
import org.policyscore.testing.TestWorkspace;

/**
 * The fixture site (src/test/resources/evidence/site) as a journalist meets it: the privacy
 * notice fetched in English and Khmer on 1 March, fetched again unchanged on 15 March, and
 * fetched on 2 June after the company added a biometric clause, named its partners and
 * dropped the sentence about the authorities. What every output says about the copies and
 * their dates, and what the change touches.
 */
class FixtureSiteChangesTest {
  private static final Instant MARCH = Instant.parse("2026-03-01T09:00:00Z");
  private static final Instant MID_MARCH = Instant.parse("2026-03-15T09:00:00Z");
  private static final Instant JUNE = Instant.parse("2026-06-02T09:00:00Z");
  private static final Pattern HREF = Pattern.compile("<link rel=\"alternate\" type=\"text/html\" href=\"([^\"]+)\"/>");

  @TempDir Path dir;
  private Workspace ws;
  private Study study;
  private Catalog catalog;

  @BeforeEach
  void fetchThreeTimesAndExtract() throws Exception {
    TestWorkspace test = new TestWorkspace(dir).copyFromProject("indicators/rdr-2020.yaml");
    try (EvidenceSite site = EvidenceSite.start()) {
      test.writeStudy("kampot", """
          name: Kampot
          country: Cambodia
          year: 2026
          catalog: rdr-2020
          mode: per-service
          indicators: [P3a, P4, P5, P10a]
          services:
            - id: mobile
              label: Mobile
          companies:
            - id: kampot
              name: Kampot Mobile
              type: telecom
              home: %s
              documents:
                - id: privacy
                  kind: privacy
                  title: Privacy Notice
                  services: [mobile]
                  remove: ['.app-banner']
                  versions:
                    - lang: en
                      url: %s
                    - lang: km
                      url: %s
          """.formatted(site.url("/"), site.url("/privacy/"), site.url("/km/privacy/")));
      ws = test.workspace();
      catalog = CatalogLoader.load(dir.resolve("indicators/rdr-2020.yaml"));
      study = StudyLoader.load(ws.studyFile("kampot"), catalog);
      test.fetch(study, MARCH);
      test.fetch(study, MID_MARCH);
      site.serve("/privacy/", "privacy-en-v2.html").serve("/km/privacy/", "km/privacy-v2.html");
      test.fetch(study, JUNE);
    }
    CliRun extract = cli("extract", "kampot");
    assertThat(extract.exitCode()).as(extract.out() + extract.err()).isZero();
  }

  private CliRun cli(String... args) {
    return CliRun.in(dir, args);
  }

  /** The archive's own record of the copies, oldest first. */
  private List<Snapshot> copies(String lang) throws IOException {
    return Archive.of(ws).snapshots(new DocumentKey("kampot", "privacy", lang));
  }

  @Test
  void theDiffNamesBothCopiesExactlyAsTheArchiveRecordsThemInEveryFormat() throws Exception {
    List<Snapshot> en = copies("en");
    assertThat(en).hasSize(2);
    for (String format : List.of("text", "md", "html")) {
      CliRun diff = cli("diff", "kampot", "kampot", "privacy", "--format", format);
      assertThat(diff.exitCode()).as(diff.err()).isZero();
      assertThat(diff.out()).as(format)
          .contains(en.get(0).sha256()).contains(en.get(1).sha256())
          .contains("first retrieved 2026-03-01T09:00:00Z, last seen unchanged 2026-03-15T09:00:00Z")
          .contains("first retrieved 2026-06-02T09:00:00Z")
          .contains("copy SHA-256").contains("text version SHA-256")
          .contains("last updated 2026-03-01").contains("last updated 2026-06-01").contains("the company")
          .containsIgnoringCase("changed on the web between 2026-03-15T09:00:00Z (older text last seen) and 2026-06-02T09:00:00Z");
    }
    // the Khmer notice states its date in Khmer numerals and month names
    CliRun km = cli("diff", "kampot", "kampot", "privacy", "--lang", "km");
    assertThat(km.out()).contains(copies("km").get(0).sha256())
        .contains("last updated 2026-06-01").contains("ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៦");
  }

  @Test
  void historyShowsWhenEachCopyWasFirstRetrievedAndLastSeen() {
    CliRun history = cli("history", "kampot");
    assertThat(history.exitCode()).as(history.err()).isZero();
    assertThat(history.out())
        .contains("first retrieved 2026-03-01T09:00:00Z, last seen unchanged 2026-03-15T09:00:00Z (seen 2 times)")
        .contains("first retrieved 2026-06-02T09:00:00Z, last seen unchanged 2026-06-02T09:00:00Z")
        .contains("the policy says: last updated 2026-06-01")
        .contains("4 copies archived, 4 text version(s)");
  }

  @Test
  void changesSinceBeforeTheFirstFetchShowsTheFirstCopiesAsFirstArchived() throws Exception {
    CliRun changes = cli("changes", "kampot", "--since", "2026-01-01");
    assertThat(changes.exitCode()).as(changes.err()).isZero();
    assertThat(changes.out())
        .contains("2026-03-01T09:00:00Z  Kampot Mobile, Privacy Notice (English)  first archived\n"
            + "  first: copy SHA-256 " + copies("en").get(0).sha256() + "\n"
            + "         first retrieved 2026-03-01T09:00:00Z, last seen unchanged 2026-03-15T09:00:00Z")
        .contains("2026-03-01T09:00:00Z  Kampot Mobile, Privacy Notice (Khmer)  first archived")
        .contains("2026-06-02T09:00:00Z  Kampot Mobile, Privacy Notice (English)  changed: 2 added, 1 removed, 1 changed")
        .doesNotContain("e3b0c442"); // the SHA-256 of nothing: a version that never existed
  }

  @Test
  void theBiometricClauseTouchesP3aInEnglishAndKhmerAlike() throws Exception {
    List<DocumentRef> langs = List.of(new DocumentRef("kampot", "privacy", "en", "Kampot Mobile", "Privacy Notice"),
        new DocumentRef("kampot", "privacy", "km", "Kampot Mobile", "Privacy Notice"));
    EvidenceElementLocator locator = new EvidenceElementLocator(catalog);
    Map<String, ElementsTouched> touched = new java.util.TreeMap<>();
    for (String lang : List.of("en", "km")) {
      DocumentHistory history = DocumentHistory.read(new TextVersionStore(ws.texts()), Archive.of(ws),
          lang.equals("en") ? langs : List.of(langs.get(1), langs.get(0)));
      List<TextHistory.Version> versions = history.language(lang).versions();
      touched.put(lang, history.compare(lang, versions.get(0), versions.get(1), locator).touched());
    }
    for (String lang : List.of("en", "km")) {
      assertThat(touched.get(lang).elements()).as(lang)
          .anySatisfy(e -> {
            assertThat(e.elementId()).startsWith("P3a.");
            assertThat(e.evidence()).contains(new TouchedElement.Evidence(lang, TouchedElement.Change.ADDED));
            assertThat(e.quotes()).anySatisfy(q -> assertThat(q.text()).containsAnyOf("fingerprints", "ស្នាមម្រាមដៃ"));
            assertThat(e.question()).isNotEmpty();
          });
    }
    // the same elements for the clause and its translation, with the same answers
    assertThat(touched.get("km").elements()).extracting(e -> e.elementId() + " " + e.before() + " -> " + e.after())
        .containsExactlyElementsOf(touched.get("en").elements().stream()
            .map(e -> e.elementId() + " " + e.before() + " -> " + e.after()).toList());
    for (String lang : List.of("en", "km")) {
      assertThat(cli("diff", "kampot", "kampot", "privacy", "--lang", lang).out()).containsPattern("\n  P3a\\.\\d +");
    }
  }

  @Test
  void theFeedValidatesAndItsLinksOpenTheDiffPages() throws Exception {
    CliRun changes = cli("changes", "kampot");
    assertThat(changes.exitCode()).as(changes.err()).isZero();
    Path reports = dir.resolve("reports/kampot");
    String feed = Files.readString(reports.resolve("changes.atom"));
    assertThat(AtomCheck.problems(feed)).isEmpty();
    assertThat(feed).contains("<title>Kampot Mobile, Privacy Notice (English) changed: 2 added, 1 removed, 1 changed, 0 moved</title>")
        .contains("<title>Kampot Mobile, Privacy Notice (Khmer): first archived</title>")
        .contains("&lt;b&gt;P3a.");
    List<String> links = links(feed);
    assertThat(links).hasSize(4);
    String june = copies("en").get(1).sha256();
    for (String link : links) {
      Path page = Path.of(URI.create(link));
      assertThat(page).exists().startsWith(reports);
      assertThat(Files.readString(page)).containsAnyOf("What changed", "First archived");
    }
    assertThat(links.stream().map(l -> read(Path.of(URI.create(l))))).anySatisfy(p -> assertThat(p).contains(june));

    // published under a web address, the same links open over HTTP
    try (LocalSite published = new LocalSite()) {
      published.at("/cambodia/", ex -> {
        Path file = reports.resolve(ex.getRequestURI().getPath().substring("/cambodia/".length())).normalize();
        boolean ok = file.startsWith(reports) && Files.isRegularFile(file);
        LocalSite.send(ex, ok ? 200 : 404, "text/html; charset=utf-8", ok ? Files.readAllBytes(file) : new byte[0]);
      });
      CliRun web = cli("changes", "kampot", "--base-url", published.url("/cambodia/").toString());
      assertThat(web.exitCode()).as(web.err()).isZero();
      String webFeed = Files.readString(reports.resolve("changes.atom"));
      assertThat(AtomCheck.problems(webFeed)).isEmpty();
      HttpClient http = HttpClient.newHttpClient();
      List<String> webLinks = links(webFeed);
      assertThat(webLinks).hasSize(4).allSatisfy(l -> assertThat(l).startsWith(published.url("/cambodia/changes/").toString()));
      for (String link : webLinks) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(link).isEqualTo(200);
        assertThat(r.body()).containsAnyOf("What changed", "First archived").contains("copy SHA-256");
      }
    }
  }

  private static List<String> links(String feed) {
    List<String> out = new ArrayList<>();
    Matcher m = HREF.matcher(feed);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
