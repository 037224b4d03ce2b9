package org.policyscore.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.Workspace;
import org.policyscore.archive.DocumentKey;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.EvidenceSite;
import org.policyscore.testing.TestWorkspace;

/**
 * The whole pipeline on the local fixture site (src/test/resources/evidence/site): fetch,
 * extract, score. Every quote in answers.csv is where its offsets say in the text version; a
 * person's edits survive re-runs; a changed privacy notice changes the suggestions and not the
 * person's answers.
 */
class FetchExtractScoreTest {
  @TempDir Path dir;

  @Test
  void fixtureSiteIsFetchedExtractedAndScored() throws Exception {
    try (EvidenceSite site = EvidenceSite.start()) {
      TestWorkspace test = new TestWorkspace(dir).copyFromProject("indicators/rdr-2020.yaml");
      test.writeStudy("kampot", """
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
      Workspace ws = test.workspace();
      Catalog catalog = CatalogLoader.load(dir.resolve("indicators/rdr-2020.yaml"));
      Study study = StudyLoader.load(ws.studyFile("kampot"), catalog);
      Instant march = Instant.parse("2026-03-01T09:00:00Z");
      test.fetch(study, march);
      CliRun extract = test.cli("extract", "kampot");
      assertThat(extract.exitCode()).as(extract.out() + extract.err()).isZero();
      CliRun score = test.cli("score", "kampot");
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
      assertThat(test.cli("score", "kampot").exitCode()).isZero();
      assertThat(Files.readAllBytes(answersFile)).isEqualTo(edited);

      // in June the notice names its partners and no longer mentions the authorities
      site.serve("/privacy/", "privacy-en-v2.html");
      test.fetch(study, march.plus(Duration.ofDays(92)));
      assertThat(test.cli("extract", "kampot").exitCode()).isZero();
      assertThat(test.cli("score", "kampot").exitCode()).isZero();
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
