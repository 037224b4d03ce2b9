package org.policyscore.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.fetch.FetchOptions;
import org.policyscore.fetch.Fetcher;
import org.policyscore.fetch.Progress;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.LocalSite;

/**
 * The whole pipeline on the local fixture site (src/test/resources/evidence/site): fetch,
 * extract, score. Every quote in answers.csv is where its offsets say in the text version; a
 * person's edits survive re-runs; a changed privacy notice changes the suggestions and not the
 * person's answers.
 */
class FetchExtractScoreTest {
  @TempDir Path dir;

  private static byte[] page(String name) throws Exception {
    try (InputStream in = FetchExtractScoreTest.class.getResourceAsStream("/evidence/site/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void fixtureSiteIsFetchedExtractedAndScored() throws Exception {
    AtomicReference<byte[]> privacyEn = new AtomicReference<>(page("privacy-en.html"));
    try (LocalSite site = new LocalSite()) {
      Map<String, String> pages = Map.of("/", "index.html", "/terms/", "terms-en.html",
          "/km/terms/", "km/terms.html", "/km/privacy/", "km/privacy.html");
      site.at("/", ex -> {
        String path = ex.getRequestURI().getPath();
        byte[] body = path.equals("/privacy/") ? privacyEn.get()
            : pages.containsKey(path) ? page(pages.get(path)) : null;
        if (body == null) {
          LocalSite.send(ex, 404, "text/html", "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8));
        } else {
          LocalSite.send(ex, 200, "text/html; charset=utf-8", body);
        }
      });
      Files.createDirectories(dir.resolve("indicators"));
      Files.copy(Path.of("indicators/rdr-2020.yaml"), dir.resolve("indicators/rdr-2020.yaml"));
      Files.createDirectories(dir.resolve("policies"));
      Files.writeString(dir.resolve("policies/kampot.yaml"), """
          name: Kampot
          country: Cambodia
          year: 2026
          catalog: rdr-2020
          mode: per-service
          indicators: [F1a, F3a, P1a, P3a, P4, P6, P13]
          services:
            - id: mobile
              label: Mobile
          companies:
            - id: kampot
              name: Kampot Mobile
              legal_name: Kampot Mobile Co., Ltd.
              type: telecom
              home: %s
              documents:
                - id: terms
                  kind: terms
                  title: Terms and Conditions
                  services: [mobile]
                  versions:
                    - lang: en
                      url: %s
                      reached_by: [Terms and Conditions]
                    - lang: km
                      url: %s
                - id: privacy
                  kind: privacy
                  title: Privacy Notice
                  services: [mobile]
                  remove: ['.app-banner']
                  versions:
                    - lang: en
                      url: %s
                      reached_by: [Privacy Notice]
                    - lang: km
                      url: %s
          """.formatted(site.url("/"), site.url("/terms/"), site.url("/km/terms/"),
              site.url("/privacy/"), site.url("/km/privacy/")));
      Workspace ws = new Workspace(dir);
      Catalog catalog = CatalogLoader.load(dir.resolve("indicators/rdr-2020.yaml"));
      Study study = StudyLoader.load(ws.studyFile("kampot"), catalog);
      FetchOptions fast = FetchOptions.defaults().withTimes(Duration.ofSeconds(2), Duration.ofSeconds(2),
          Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(3), Duration.ofMillis(10));
      Instant march = Instant.parse("2026-03-01T09:00:00Z");
      new Fetcher(fast).fetchStudy(study, new Archive(ws.archive(), Clock.fixed(march, ZoneOffset.UTC)),
          Optional.empty(), false, Progress.NONE);
      CliRun extract = CliRun.of("--workspace", dir.toString(), "extract", "kampot");
      assertThat(extract.exitCode()).as(extract.out() + extract.err()).isZero();
      CliRun score = CliRun.of("--workspace", dir.toString(), "score", "kampot");
      assertThat(score.exitCode()).as(score.out() + score.err()).isZero();

      Path answersFile = dir.resolve("reports/kampot/2026/answers.csv");
      List<AnswerRow> rows = AnswersCsv.read(answersFile, catalog);
      assertThat(quotesChecked(rows, ws)).isGreaterThanOrEqualTo(8);
      assertThat(row(rows, "P4.3").suggested().orElseThrow().csvName()).isEqualTo("partial");
      assertThat(row(rows, "P4.3").evidence()).contains("competent authorities", "នគរបាល");
      assertThat(row(rows, "P4.4").suggested().orElseThrow().csvName()).isEqualTo("no disclosure found");
      assertThat(row(rows, "P1a.2").suggested().orElseThrow().csvName()).isEqualTo("yes");
      assertThat(row(rows, "F1a.1").suggested().orElseThrow().csvName()).isEqualTo("yes");
      assertThat(row(rows, "F3a.1").evidence()).contains("must not use the Service");
      assertThat(row(rows, "P3a.1").evidence()).doesNotContain("Take control");
      assertThat(score.out()).contains("with evidence:", "unreviewed:");

      // a researcher answers P4.4 and P4.3; re-running changes nothing
      // (P4.4 typed into the file as text; P4.3, whose quotes span lines, through the CSV writer)
      List<AnswerRow> withP43 = rows.stream().map(r -> !r.element().equals("P4.3") ? r
          : r.withHumanColumns("partial", "", "Dara")).toList();
      String csv = AnswersCsv.write(withP43);
      csv = answer(csv, ",P4.4,", "no,Not in the notice,Dara");
      Files.writeString(answersFile, csv, StandardCharsets.UTF_8);
      byte[] edited = Files.readAllBytes(answersFile);
      assertThat(CliRun.of("--workspace", dir.toString(), "score", "kampot").exitCode()).isZero();
      assertThat(Files.readAllBytes(answersFile)).isEqualTo(edited);

      // in June the notice names its partners and no longer mentions the authorities
      privacyEn.set(page("privacy-en-v2.html"));
      new Fetcher(fast).fetchStudy(study, new Archive(ws.archive(), Clock.fixed(march.plus(Duration.ofDays(92)), ZoneOffset.UTC)),
          Optional.empty(), false, Progress.NONE);
      assertThat(CliRun.of("--workspace", dir.toString(), "extract", "kampot").exitCode()).isZero();
      assertThat(CliRun.of("--workspace", dir.toString(), "score", "kampot").exitCode()).isZero();
      List<AnswerRow> after = AnswersCsv.read(answersFile, catalog);
      AnswerRow p44 = row(after, "P4.4");
      assertThat(p44.suggested().orElseThrow().csvName()).isEqualTo("partial");
      assertThat(p44.evidence()).contains("Google LLC");
      assertThat(p44.answer()).isEqualTo("no");
      assertThat(p44.comment()).isEqualTo("Not in the notice");
      assertThat(p44.reviewer()).isEqualTo("Dara");
      AnswerRow p43 = row(after, "P4.3");
      assertThat(p43.evidence()).doesNotContain("competent authorities").contains("នគរបាល");
      assertThat(p43.answer()).isEqualTo("partial");
      assertThat(row(after, "P4.3").snapshot()).isNotEqualTo(row(rows, "P4.3").snapshot());
      assertThat(quotesChecked(after, ws)).isGreaterThanOrEqualTo(8);
    }
  }

  private static String answer(String csv, String element, String human) {
    String line = csv.lines().filter(l -> l.contains(element)).findFirst().orElseThrow();
    assertThat(line).endsWith(",,,");
    return csv.replace(line, line.substring(0, line.length() - 2) + human);
  }

  private static AnswerRow row(List<AnswerRow> rows, String element) {
    return rows.stream().filter(r -> r.element().equals(element)).findFirst().orElseThrow();
  }

  /** Checks every quote of every row against the newest text version it names. */
  private static int quotesChecked(List<AnswerRow> rows, Workspace ws) throws Exception {
    int n = 0;
    for (AnswerRow r : rows) {
      Matcher m = Suggestion.CITATION.matcher(r.evidence());
      while (m.find()) {
        StoredText text = StoredText.newestAsOf(new TextVersionStore(ws.texts()),
            new DocumentKey("kampot", m.group(1), m.group(2)), 2026).orElseThrow();
        assertThat(text.text().substring(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))))
            .as(r.element() + " " + m.group()).isEqualTo(m.group(5));
        assertThat(r.snapshot()).contains(text.snapshotSha().substring(0, 12));
        n++;
      }
    }
    return n;
  }
}
