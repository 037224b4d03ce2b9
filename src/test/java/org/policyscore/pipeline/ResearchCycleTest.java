package org.policyscore.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.io.CsvTable;
import org.policyscore.io.CsvWriter;
import org.policyscore.score.Agreement;
import org.policyscore.score.Answer;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.score.DisagreementsCsv;
import org.policyscore.score.Level;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.EvidenceSite;
import org.policyscore.testing.TestWorkspace;

/**
 * RDR's research cycle end to end on the local fixture site (src/test/resources/evidence/site):
 * the tool scores a draft; two researchers review it in their own copies; {@code agree} gives
 * the kappa a hand computation gives; a third person reconciles the disagreements into the
 * final answers.csv; a second version of the privacy notice marks the reviews that rested on
 * it stale without touching them; and {@code export} in RDR's layouts, aggregated again, gives
 * the study's own scores back.
 */
class ResearchCycleTest {
  @TempDir Path dir;

  /**
   * The ten mobile elements both researchers review, and what each answers. By hand: 7 of 10
   * alike, po = 0.7. Dara gives yes 3, partial 2, no 2, no disclosure found 3; Sokha yes 3,
   * partial 2, no 3, no disclosure found 2; pe = (3*3 + 2*2 + 2*3 + 3*2) / 100 = 0.25; kappa =
   * (0.7 - 0.25) / (1 - 0.25) = 0.6. F3a alone: 4 of 5 alike (po 0.8); Dara yes 2, partial 1,
   * no 1, ndf 1, Sokha yes 1, partial 2, no 1, ndf 1: pe = (2 + 2 + 1 + 1) / 25 = 0.24, kappa
   * = 0.56 / 0.76 = 14/19. P4 alone: 2 of 4 (po 0.5); Dara one of each of ndf, yes, partial,
   * no, Sokha no 2, yes 2: pe = (1*2 + 1*2) / 16 = 0.25, kappa = 0.25 / 0.75 = 1/3. F1a: one
   * pair, both "no disclosure found": chance agreement is 1, kappa undefined.
   */
  private static final String[][] REVIEWS = {
      {"F3a.1", "yes", "yes"},
      {"F3a.2", "yes", "partial"},
      {"F3a.3", "partial", "partial"},
      {"F3a.4", "no", "no"},
      {"F3a.7", "no disclosure found", "NDF"},
      {"P4.1", "no disclosure found", "no"},
      {"P4.2", "yes", "Yes"},
      {"P4.3", "partial", "yes"},
      {"P4.4", "no", "no"},
      {"F1a.3", "no disclosure found", "no disclosure found"},
  };

  @Test
  void scoreReviewTwiceAgreeReconcileFlagAStaleReviewAndExport() throws Exception {
    try (EvidenceSite site = EvidenceSite.start()) {
      TestWorkspace test = new TestWorkspace(dir);
      Catalog catalog = workspace(test, site);
      Study study = StudyLoader.load(test.workspace().studyFile("kampot"), catalog);
      Instant march = Instant.parse("2026-03-01T09:00:00Z");
      test.fetch(study, march);
      assertThat(cli("extract", "kampot").exitCode()).isZero();

      // 1. the tool's draft: every score rests on suggestions alone
      CliRun score = cli("score", "kampot");
      assertThat(score.exitCode()).as(score.err()).isZero();
      Path year = dir.resolve("reports/kampot/2026");
      Path answers = year.resolve("answers.csv");
      List<ScoreRow> draft = ScoresCsv.read(year.resolve("scores.csv"));
      assertThat(draft).filteredOn(r -> r.basis().elements() > 0).isNotEmpty().allMatch(r -> r.draft() && r.basis().reviewed() == 0);
      assertThat(Files.readString(year.resolve("scores.csv"))).startsWith("company,service,kind,id,score,reviewed\r\n");

      // 2. two researchers review their own copies, as in a spreadsheet
      Path reviews = Files.createDirectories(year.resolve("reviews"));
      List<AnswerRow> suggested = AnswersCsv.read(answers, catalog);
      List<AnswerRow> dara = new ArrayList<>();
      List<AnswerRow> sokha = new ArrayList<>();
      int accepted = 0;
      for (AnswerRow r : suggested) {
        String[] review = review(r);
        if (review == null) {
          dara.add(r);
          sokha.add(r);
          continue;
        }
        // where Dara agrees with the suggestion she only puts her name to it
        boolean accept = r.suggested().equals(Answer.parse(review[1]));
        accepted += accept ? 1 : 0;
        dara.add(r.withHumanColumns(accept ? "" : review[1], "", "Dara"));
        // Sokha answers F3a.1 once for every service, on a row of her own
        sokha.add(r.element().equals("F3a.1") ? r : r.withHumanColumns(review[2], "checked " + r.element(), "Sokha"));
      }
      AnswerRow any = suggested.stream().filter(r -> r.element().equals("F3a.1")).findFirst().orElseThrow();
      sokha.add(new AnswerRow("kampot", Level.SERVICE, "*", "F3a", "F3a.1", Optional.empty(), "", "", "", "", "",
          "yes", "the same terms for both services", "Sokha"));
      assertThat(any.service()).isIn("mobile", "broadband");
      AnswersCsv.save(reviews.resolve("dara.csv"), dara);
      AnswersCsv.save(reviews.resolve("sokha.csv"), sokha);
      assertThat(accepted).as("some suggestions accepted by name alone").isPositive();

      // 3. agreement: the hand computation above
      Path disagreements = dir.resolve("disagreements.csv");
      CliRun agree = cli("agree", reviews.resolve("dara.csv").toString(), reviews.resolve("sokha.csv").toString(),
          "--out", disagreements.toString());
      assertThat(agree.exitCode()).as(agree.err()).isZero();
      assertThat(agree.out()).containsPattern("overall +10 +7 +70\\.0% +0\\.60")
          .containsPattern("F3a +5 +4 +80\\.0% +0\\.74").containsPattern("P4 +4 +2 +50\\.0% +0\\.33")
          .containsPattern("F1a +1 +1 +100\\.0% +n/a")
          .contains("3 disagreement(s)").contains("1 only in sokha.csv") // broadband F3a.1, by the shared row
          .contains("checked P4.3");
      Agreement.Result result = Agreement.compare(AnswersCsv.read(reviews.resolve("dara.csv"), catalog),
          AnswersCsv.read(reviews.resolve("sokha.csv"), catalog));
      assertThat(result.overall().kappa().getAsDouble()).isCloseTo(0.6, within(1e-12));
      Map<String, Agreement.Kappa> byIndicator = new HashMap<>();
      result.perIndicator().forEach(k -> byIndicator.put(k.scope(), k));
      assertThat(byIndicator.get("F3a").kappa().getAsDouble()).isCloseTo(14.0 / 19, within(1e-12));
      assertThat(byIndicator.get("P4").kappa().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
      assertThat(byIndicator.get("F1a").kappa()).isEmpty();

      // 4. a third person reconciles, in the disagreements CSV, and the final answers are written
      CsvTable table = CsvTable.read(disagreements);
      assertThat(table.rows()).extracting(r -> r.cell(4)).containsExactly("F3a.2", "P4.1", "P4.3");
      Map<String, String> decided = Map.of("F3a.2", "partial", "P4.1", "no disclosure found", "P4.3", "partial");
      CsvWriter filled = new CsvWriter(DisagreementsCsv.HEADER, java.util.Set.of());
      for (CsvTable.Row r : table.rows()) {
        List<String> cells = new ArrayList<>(r.cells());
        cells.set(13, decided.get(r.cell(4)));
        cells.set(14, "reconciled");
        cells.set(15, "Vanna");
        filled.row(cells);
      }
      Files.writeString(disagreements, filled.text(), StandardCharsets.UTF_8);
      CliRun reconcile = cli("agree", reviews.resolve("dara.csv").toString(), reviews.resolve("sokha.csv").toString(),
          "--reconciled", disagreements.toString(), "--into", answers.toString());
      assertThat(reconcile.exitCode()).as(reconcile.err()).isZero();
      List<AnswerRow> fin = AnswersCsv.read(answers, catalog);
      assertThat(answer(fin, "mobile", "F3a.2")).isEqualTo("partial Vanna");
      assertThat(answer(fin, "mobile", "P4.3")).isEqualTo("partial Vanna");
      assertThat(answer(fin, "mobile", "P4.2")).isEqualTo("yes Dara");
      assertThat(answer(fin, "broadband", "F3a.1")).isEqualTo("yes Sokha"); // only Sokha reviewed it
      // the final answers.csv now holds people's answers: it is never written over again
      byte[] reconciled = Files.readAllBytes(answers);
      CliRun again = cli("agree", reviews.resolve("dara.csv").toString(), reviews.resolve("sokha.csv").toString(),
          "--reconciled", disagreements.toString(), "--into", answers.toString());
      assertThat(again.exitCode()).isEqualTo(1);
      assertThat(again.err()).contains("holds answers a person wrote");
      assertThat(Files.readAllBytes(answers)).isEqualTo(reconciled);

      CliRun rescored = cli("score", "kampot");
      assertThat(rescored.exitCode()).as(rescored.err()).isZero();
      assertThat(rescored.out()).doesNotContain("stale:");
      ScoreRow f3a = score(year, "F3a");
      // mobile's 5 elements (RDR leaves F3a.5 and F3a.6 out for mobile) and broadband's F3a.1, of 5 + 7
      assertThat(f3a.basis().reviewedText()).isEqualTo("6/12");
      assertThat(f3a.draft()).isTrue();

      // 5. in June the privacy notice names its partners and no longer mentions the authorities
      site.serve("/privacy/", "privacy-en-v2.html");
      test.fetch(study, march.plus(Duration.ofDays(92)));
      assertThat(cli("extract", "kampot").exitCode()).isZero();
      CliRun v2 = cli("score", "kampot");
      assertThat(v2.exitCode()).as(v2.err()).isZero();
      List<AnswerRow> after = AnswersCsv.read(answers, catalog);
      assertThat(after.stream().filter(AnswerRow::needsReview).map(r -> r.service() + " " + r.element()))
          .containsExactlyInAnyOrder("mobile P4.1", "mobile P4.2", "mobile P4.3", "mobile P4.4");
      AnswerRow p43 = after.stream().filter(r -> r.service().equals("mobile") && r.element().equals("P4.3")).findFirst().orElseThrow();
      assertThat(p43.stale()).contains("new text version: privacy en 20260601T090000Z (was 20260301T090000Z)")
          .contains("quote gone: privacy en:");
      assertThat(p43.answer() + " " + p43.comment() + " " + p43.reviewer()).isEqualTo("partial reconciled Vanna");
      assertThat(v2.out()).contains("stale: 4 reviewed answer(s) need a second look").contains("P4.3 kampot service mobile:");
      assertThat(score(year, "P4").basis().reviewed()).isZero(); // the P4 reviews count again once looked at
      // the terms did not change: those reviews hold
      assertThat(after).filteredOn(r -> r.indicator().equals("F3a") && r.reviewed()).noneMatch(AnswerRow::needsReview);

      // the report says draft, lists what to look at again, and shows the reviewers' kappa
      CliRun report = cli("report", "kampot");
      assertThat(report.exitCode()).as(report.err()).isZero();
      String html = Files.readString(year.resolve("report.html"));
      assertThat(html).contains("<span class=\"badge\">draft</span>").contains("Reviews to look at again")
          .contains("Agreement between reviewers").contains("dara.csv and sokha.csv").contains("0.60")
          .contains("draft 6/12");

      // the elements the catalogue leaves to a person (read_by_person) get no suggestion and
      // keep their scores incomplete until someone answers them
      assertThat(score(year, "total").incomplete()).isTrue();
      List<AnswerRow> current = AnswersCsv.read(answers, catalog);
      AnswersCsv.save(answers, current.stream().map(r -> r.suggested().isEmpty() && r.answer().isBlank()
          ? r.withHumanColumns("no disclosure found", "read the whole document", "Vanna") : r).toList());
      assertThat(cli("score", "kampot").exitCode()).isZero();
      assertThat(score(year, "total").incomplete()).isFalse();

      // 6. RDR's layouts, aggregated again, give the study's own scores back
      Path export = dir.resolve("export");
      CliRun exported = cli("export", "kampot", "--format", "rdr", "--out", export.toString());
      assertThat(exported.exitCode()).as(exported.err()).isZero();
      assertThat(exported.out()).contains("draft:");
      Path elements = export.resolve("2026-kampot-06-element-scores.csv");
      assertThat(Files.readString(elements)).startsWith(
          "Index,CompanyType,Company,CompanyLabel,Category,Indicator,IndicatorNr,IndicatorSuffix,Element,ElemNr,"
              + "Branch,Composite,Class,Service,Result,Comment,Score\r\n"
              + "2026,Telecommunication,kampot,Kampot Mobile,G,G01,1,NA,G01.01,1,Company,Group,Group,Group,");
      Path again2 = dir.resolve("again.csv");
      CliRun aggregate = cli("aggregate", "--answers", elements.toString(), "--indicators", "G1,F1a,F3a,P1a,P4",
          "--out", again2.toString());
      assertThat(aggregate.exitCode()).as(aggregate.err()).isZero();
      Map<String, String> ours = values(ScoresCsv.read(year.resolve("scores.csv")), "kampot");
      Map<String, String> back = values(ScoresCsv.read(again2), "Kampot Mobile");
      assertThat(ours).hasSizeGreaterThan(8);
      assertThat(back).isEqualTo(ours);
      // and the indicator and total layouts hold the same numbers
      String indicators = Files.readString(export.resolve("2026-kampot-04-indicator-scores.csv"));
      assertThat(indicators).contains("2026,Telecommunication,kampot,Kampot Mobile,F,F03,F03a,TRUE,3,a,"
          + rdr(ours.get("indicator F3a")) + "\r\n");
      assertThat(Files.readString(export.resolve("2026-kampot-03-total-scores.csv")))
          .contains("2026,Telecommunication,kampot,Kampot Mobile," + rdr(ours.get("total total")) + "\r\n");
    }
  }

  private static String[] review(AnswerRow r) {
    if (!r.service().equals("mobile")) {
      return null;
    }
    for (String[] review : REVIEWS) {
      if (review[0].equals(r.element())) {
        return review;
      }
    }
    return null;
  }

  private static String answer(List<AnswerRow> rows, String service, String element) {
    AnswerRow r = rows.stream().filter(x -> x.service().equals(service) && x.element().equals(element)).findFirst().orElseThrow();
    return r.effectiveAnswer().map(Answer::csvName).orElse("") + " " + r.reviewer();
  }

  private static ScoreRow score(Path year, String id) throws Exception {
    return ScoresCsv.read(year.resolve("scores.csv")).stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  /** "kind id" to the written score, for one company. */
  private static Map<String, String> values(List<ScoreRow> rows, String company) {
    Map<String, String> out = new HashMap<>();
    for (ScoreRow r : rows) {
      assertThat(r.company()).isEqualTo(company);
      if (r.kind() != org.policyscore.score.ScoreKind.INDICATOR || r.basis().elements() > 0 || r.score().isPresent()) {
        out.put(r.kind().csvName() + " " + r.id(), r.incomplete() ? "incomplete" : ScoresCsv.format(r.score()));
      }
    }
    return out;
  }

  /** A score as RDR writes it: 56.25, 87.5, 100, 0. */
  private static String rdr(String twoDecimals) {
    return new java.math.BigDecimal(twoDecimals).stripTrailingZeros().toPlainString().replaceAll("^0E-?\\d*$", "0");
  }

  private CliRun cli(String... args) {
    return CliRun.in(dir, args);
  }

  private Catalog workspace(TestWorkspace test, EvidenceSite site) throws Exception {
    assertThat(cli("init", "kampot", "--year", "2026").exitCode()).isZero();
    test.writeStudy("kampot", """
        name: Kampot
        country: Cambodia
        primary_languages: [km]
        year: 2026
        catalog: rdr-2020
        mode: rdr-index
        indicators: [G1, F1a, F3a, P1a, P4]
        services:
          - id: mobile
            label: Mobile
          - id: broadband
            label: Fixed-line broadband
        companies:
          - id: kampot
            name: Kampot Mobile
            type: telecom
            home: %s
            documents:
              - id: terms
                kind: terms
                versions:
                  - lang: en
                    url: %s
                    reached_by: [Terms and Conditions]
                  - lang: km
                    url: %s
              - id: privacy
                kind: privacy
                remove: ['.app-banner']
                versions:
                  - lang: en
                    url: %s
                    reached_by: [Privacy Notice]
                  - lang: km
                    url: %s
        """.formatted(site.url("/"), site.url("/terms/"), site.url("/km/terms/"), site.url("/privacy/"),
            site.url("/km/privacy/")));
    return CatalogLoader.load(dir.resolve("indicators/rdr-2020.yaml"));
  }
}
