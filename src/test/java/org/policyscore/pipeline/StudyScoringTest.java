package org.policyscore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.evidence.Suggestion;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.study.StudyLoader;
import org.policyscore.testing.CliRun;

/**
 * The score step on text versions written by hand in the layout extract writes: quotes at
 * their offsets, a person's answers kept across runs, suggestions following a changed text.
 */
class StudyScoringTest {
  @TempDir Path root;
  Workspace ws;
  Catalog catalog;

  static final String STUDY = """
      name: Test
      country: Cambodia
      year: 2026
      catalog: rdr-2020
      mode: per-service
      indicators: [P1a, P4, F1a]
      services:
        - id: mobile
          label: Mobile
      companies:
        - id: acme
          name: Acme
          legal_name: Acme Telecom Co., Ltd.
          type: telecom
          home: http://127.0.0.1/
          documents:
            - id: privacy
              kind: privacy
              title: Privacy
              services: [mobile]
              versions:
                - lang: en
                  url: http://127.0.0.1/privacy
                  reached_by: [Privacy]
                - lang: km
                  url: http://127.0.0.1/km/privacy
            - id: terms
              kind: terms
              title: Terms
              services: [mobile]
              versions:
                - lang: en
                  not_found: true
                  note: none found
      """;

  static final String PRIVACY_EN = "# Privacy notice\n\nWe collect your name and ID card number.\n\n"
      + "We may disclose your personal information to the police when the law requires it.\n";
  static final String PRIVACY_KM = "# សេចក្តីជូនដំណឹង\n\nយើងមិនលក់ព័ត៌មានផ្ទាល់ខ្លួនរបស់អ្នកឡើយ។\n";

  @BeforeEach
  void workspace() throws Exception {
    Files.createDirectories(root.resolve("indicators"));
    Files.copy(Path.of("indicators/rdr-2020.yaml"), root.resolve("indicators/rdr-2020.yaml"));
    Files.createDirectories(root.resolve("policies"));
    Files.writeString(root.resolve("policies/test.yaml"), STUDY);
    ws = new Workspace(root);
    catalog = CatalogLoader.load(root.resolve("indicators/rdr-2020.yaml"));
    version("privacy", "en", "20260105T080000Z", PRIVACY_EN, "a".repeat(64), "");
    version("privacy", "km", "20260105T080000Z", PRIVACY_KM, "b".repeat(64), "");
  }

  private void version(String doc, String lang, String stamp, String text, String sha, String flags) throws Exception {
    Path dir = root.resolve("policies/text/acme").resolve(doc).resolve(lang);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(stamp + ".md"), text);
    Files.writeString(dir.resolve(stamp + ".json"), "{\n  \"format\": \"html\",\n  \"extractor_version\": \"1\",\n"
        + "  \"text_sha256\": \"0\",\n  \"snapshots\": [\"" + sha + "\"],\n  \"flags\": [" + flags + "]\n}\n");
  }

  private StudyScoring.Summary score(int year) throws Exception {
    return new StudyScoring(catalog).run(ws, StudyLoader.load(root.resolve("policies/test.yaml"), catalog), year);
  }

  private List<AnswerRow> answers() throws Exception {
    return AnswersCsv.read(root.resolve("reports/test/2026/answers.csv"), catalog);
  }

  private AnswerRow row(String element) throws Exception {
    return answers().stream().filter(r -> r.element().equals(element)).findFirst().orElseThrow();
  }

  @Test
  void suggestsFromFactsAndQuotesAtRealOffsets() throws Exception {
    StudyScoring.Summary s = score(2026);
    assertThat(s.sources()).isEqualTo(2);
    assertThat(row("P4.3").suggested().orElseThrow().csvName()).isEqualTo("partial");
    assertThat(row("P4.3").snapshot()).isEqualTo("aaaaaaaaaaaa");
    assertThat(row("P4.4").suggested().orElseThrow().csvName()).isEqualTo("no disclosure found");
    assertThat(row("P1a.2").suggested().orElseThrow().csvName()).isEqualTo("yes");
    assertThat(row("P1a.1").suggested().orElseThrow().csvName()).isEqualTo("yes");
    assertThat(row("F1a.2").suggested().orElseThrow().csvName()).isEqualTo("no disclosure found");
    assertThat(row("F1a.2").evidence()).contains("not found");
    int checked = 0;
    for (AnswerRow r : answers()) {
      Matcher m = Suggestion.CITATION.matcher(r.evidence());
      while (m.find()) {
        String text = m.group(2).equals("km") ? PRIVACY_KM : PRIVACY_EN;
        assertThat(text.substring(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))))
            .as(r.element()).isEqualTo(m.group(5));
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
    assertThat(s.withEvidence() + s.withoutEvidence() + s.fromFacts() + s.notSuggested()).isEqualTo(s.rows());
    assertThat(s.unreviewed()).isEqualTo(s.rows());
    assertThat(Files.readString(root.resolve("reports/test/2026/scores.csv"))).contains("acme,mobile,indicator,P4,");
  }

  @Test
  void aPersonsAnswersSurviveReRunsAndAChangedTextChangesOnlySuggestions() throws Exception {
    score(2026);
    Path file = root.resolve("reports/test/2026/answers.csv");
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    String p44 = csv.lines().filter(l -> l.contains(",P4.4,")).findFirst().orElseThrow();
    String edited = p44.replaceAll(",,,$", ",yes,\"Named in the annex, page 3\",Sokha");
    Files.writeString(file, csv.replace(p44, edited), StandardCharsets.UTF_8);
    byte[] afterEdit = Files.readAllBytes(file);

    score(2026);
    assertThat(Files.readAllBytes(file)).as("re-run with nothing changed").isEqualTo(afterEdit);

    // a newer privacy text: P4.4 now has evidence, P4.3 none
    version("privacy", "en", "20260601T080000Z",
        "# Privacy notice\n\nOur partners include Google LLC and Visa Inc.\n", "c".repeat(64), "");
    score(2026);
    AnswerRow p44Row = row("P4.4");
    assertThat(p44Row.suggested().orElseThrow().csvName()).isEqualTo("partial");
    assertThat(p44Row.snapshot()).isEqualTo("cccccccccccc");
    assertThat(p44Row.answer()).isEqualTo("yes");
    assertThat(p44Row.comment()).isEqualTo("Named in the annex, page 3");
    assertThat(p44Row.reviewer()).isEqualTo("Sokha");
    assertThat(row("P4.3").suggested().orElseThrow().csvName()).isEqualTo("no disclosure found");

    // an earlier year does not see the newer texts: it has none in force, and is refused
    assertThatThrownBy(() -> score(2025)).isInstanceOf(NothingToScoreException.class)
        .hasMessageContaining("nothing to score for 2025").hasMessageContaining("texts are dated 2026 and later");
    assertThat(root.resolve("reports/test/2025")).doesNotExist();
  }

  @Test
  void aKhmerVersionFailingTheLanguageCheckDoesNotCountAsKhmer() throws Exception {
    version("privacy", "km", "20260105T080000Z", PRIVACY_KM, "b".repeat(64),
        "{\"code\": \"khmer-orphan-sign\", \"count\": 3, \"where\": \"line 3\"}");
    score(2026);
    assertThat(row("P1a.2").suggested().orElseThrow().csvName()).isEqualTo("no");
    assertThat(row("P1a.2").evidence()).contains("failing the damage check: km");
  }

  @Test
  void aDamagedTextIsNotReadAndNeverYieldsNoDisclosureFound() throws Exception {
    // the Khmer PDF came out as broken glyphs and there is no other language version
    Path en = root.resolve("policies/text/acme/privacy/en");
    try (var files = Files.list(en)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    version("privacy", "km", "20260105T080000Z", "# សេចក្តីជូនដំណឹង\n\nយើងអាចផ្តល់ព័ត៌មានរបស់អ្នកទៅនគរបាល។\n",
        "b".repeat(64), "{\"code\": \"khmer-legacy-font\", \"count\": 40, \"where\": \"lines 3-40\"}");
    score(2026);
    for (String element : List.of("P4.1", "P4.3", "P4.4")) {
      AnswerRow r = row(element);
      assertThat(r.suggested()).as(element).isEmpty();
      assertThat(r.evidence()).as(element).contains("not read: privacy km (fails the damage check");
    }
    // OCR is not damage: a text read by OCR is searched, and flagged for a person to check
    version("privacy", "km", "20260105T080000Z", "# សេចក្តីជូនដំណឹង\n\nយើងអាចផ្តល់ព័ត៌មានរបស់អ្នកទៅនគរបាល។\n",
        "b".repeat(64), "{\"code\": \"ocr\", \"count\": 1, \"where\": \"confidence 91\"}");
    score(2026);
    assertThat(row("P4.3").suggested().orElseThrow().csvName()).isEqualTo("partial");
  }

  @Test
  void rdrIndexStudiesAnswerCompanyLevelsAndServicesByScope() throws Exception {
    Files.writeString(root.resolve("policies/test.yaml"), STUDY
        .replace("mode: per-service", "mode: rdr-index").replace("indicators: [P1a, P4, F1a]", "indicators: [G1, P4]"));
    score(2026);
    List<AnswerRow> rows = answers();
    assertThat(rows.stream().filter(r -> r.indicator().equals("G1")).map(r -> r.level().csvName()).distinct().toList())
        .containsExactly("group", "opcom");
    assertThat(rows.stream().filter(r -> r.indicator().equals("P4")).map(r -> r.level().csvName() + ":" + r.service()).distinct().toList())
        .containsExactly("service:mobile");
    assertThat(Files.readString(root.resolve("reports/test/2026/scores.csv"))).contains("acme,,indicator,G1,");
  }

  @Test
  void scoreCommandPrintsTheSummary() throws Exception {
    CliRun run = CliRun.of("--workspace", root.toString(), "score", "test");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("with evidence:", "without evidence:", "reviewed:", "unreviewed:")
        .contains("answers.csv");
    CliRun missing = CliRun.of("--workspace", root.toString(), "score", "nope");
    assertThat(missing.exitCode()).isEqualTo(1);
  }

  @Test
  void publishedScoresWithNoAnswersBesideThemAreLeftAlone() throws Exception {
    Path published = root.resolve("reports/test/2022/scores.csv");
    Files.createDirectories(published.getParent());
    Files.writeString(published, "company,service,kind,id,score\nacme,mobile,indicator,P4,50.00\n");
    CliRun run = CliRun.of("--workspace", root.toString(), "score", "test", "--year", "2022");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("scores.csv exists but was not computed from an answers.csv");
    assertThat(Files.readString(published)).isEqualTo("company,service,kind,id,score\nacme,mobile,indicator,P4,50.00\n");
    assertThat(root.resolve("reports/test/2022/answers.csv")).doesNotExist();
  }

  @Test
  void declaredPrimaryLanguagesDecideF1a2AndP1a2AndTheOldGuessIsOnlyAFallback() throws Exception {
    // an English-only privacy notice in the Maldives: Dhivehi is the primary language
    String maldives = STUDY.replace("country: Cambodia", "country: Maldives\nprimary_languages: [dv]")
        .replace("          - lang: km\n            url: http://127.0.0.1/km/privacy\n", "");
    assertThat(maldives).doesNotContain("km/privacy");
    Files.writeString(root.resolve("policies/test.yaml"), maldives);
    StudyScoring.Summary declared = score(2026);
    assertThat(row("P1a.2").suggested().orElseThrow().csvName()).isEqualTo("no");
    assertThat(row("P1a.2").evidence()).contains("primary: dv");
    assertThat(declared.notes()).isEmpty();

    // the same study without primary_languages: English is all it declares, so English it is
    Files.writeString(root.resolve("policies/test.yaml"), maldives.replace("primary_languages: [dv]\n", ""));
    Files.delete(root.resolve("reports/test/2026/answers.csv"));
    Files.delete(root.resolve("reports/test/2026/scores.csv"));
    StudyScoring.Summary guessed = score(2026);
    assertThat(row("P1a.2").suggested().orElseThrow().csvName()).isEqualTo("yes");
    assertThat(guessed.notes()).singleElement().asString().contains("primary languages not declared: taken as en")
        .contains("primary_languages:");
  }

  @Test
  void eachRowRecordsTheTextVersionsReadAndAReviewIsMarkedStaleWhenOneIsReplaced() throws Exception {
    score(2026);
    assertThat(row("P4.4").texts()).isEqualTo("privacy en 20260105T080000Z; privacy km 20260105T080000Z");
    assertThat(row("F1a.2").texts()).isEmpty(); // the terms are declared not found: nothing read
    Path file = root.resolve("reports/test/2026/answers.csv");
    List<AnswerRow> rows = answers().stream()
        .map(r -> r.element().equals("P4.4") ? r.withHumanColumns("no disclosure found", "", "Sokha") : r).toList();
    org.policyscore.score.AnswersCsv.save(file, rows);
    // a Khmer version with an unrelated change: no quote moves, but the text behind P4.4 is new
    version("privacy", "km", "20260301T080000Z", PRIVACY_KM + "\nទំនាក់ទំនង៖ ០១២ ៣៤៥ ៦៧៨។\n", "d".repeat(64), "");
    StudyScoring.Summary s = score(2026);
    assertThat(s.stale()).extracting(AnswerRow::element).containsExactly("P4.4");
    assertThat(row("P4.4").stale()).isEqualTo("new text version: privacy km 20260301T080000Z (was 20260105T080000Z)");
    assertThat(row("P4.4").answer()).isEqualTo("no disclosure found");
    CliRun run = CliRun.of("--workspace", root.toString(), "score", "test");
    assertThat(run.out()).contains("stale: 1 reviewed answer(s) need a second look")
        .contains("P4.4 acme service mobile: new text version: privacy km 20260301T080000Z (was 20260105T080000Z)");
  }
}
