package org.policyscore.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.policyscore.io.CsvTable;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;
import org.policyscore.testing.SharedData;

/**
 * The 2022 report's Cambodia scores, reproduced in per-service mode from element answers we
 * reconstructed (the report published scores only; the fixture's comments say which answers
 * are guesses). The fixture doubles as the project's example answers.csv.
 */
class CambodiaPerServiceTest {
  static final Path FIXTURE = Path.of("src", "test", "resources", "score", "cambodia-2022-answers.csv");
  static final Path GOLDEN = Path.of("src", "test", "resources", "score", "cambodia-2022-scores.golden.csv");
  static final List<String> INDICATORS = List.of("F1a", "F3a", "F9", "F10", "P1a", "P10a", "P11a", "P12");

  static final Path STUDY = Path.of("policies", "cambodia.yaml");

  /** As the study would: its companies' types, its indicators, its mode. */
  private static List<ScoreRow> aggregate(List<AnswerRow> rows) throws Exception {
    Study study = StudyLoader.load(STUDY, TestCatalog.rdr2020());
    assertThat(study.mode()).isEqualTo(ScoringMode.PER_SERVICE);
    assertThat(study.indicators()).isEqualTo(INDICATORS);
    AnswerSet set = new AnswerSet(rows, study.companyTypes());
    return new Aggregator(TestCatalog.rdr2020()).aggregate(set, study.mode(), study.indicators()).scores();
  }

  @Test
  void reproducesAll32PublishedNumbers() throws Exception {
    Path published = SharedData.lookingGlass2022().resolve("cambodia-scores.csv");
    // answers.csv and scores.csv name companies by the study's id; the report by name.
    Study study = StudyLoader.load(STUDY, TestCatalog.rdr2020());
    Map<String, OptionalDouble> ours = new HashMap<>();
    for (ScoreRow r : aggregate(AnswersCsv.read(FIXTURE, TestCatalog.rdr2020()))) {
      String name = study.company(r.company()).orElseThrow().name();
      ours.put(name + "|" + r.service() + "|" + r.id(), r.score());
    }
    CsvTable table = CsvTable.read(published);
    table.requireHeader(List.of("company", "country", "service", "indicator", "title", "score"));
    List<String> mismatches = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      OptionalDouble mine = ours.get(row.cell(0) + "|" + row.cell(2) + "|" + row.cell(3));
      // Published with up to two decimals: ours, written with two, must be the same number.
      if (mine == null || mine.isEmpty()
          || Double.parseDouble(ScoresCsv.format(mine)) != Double.parseDouble(row.cell(5))) {
        mismatches.add(row.cell(0) + " " + row.cell(2) + " " + row.cell(3) + ": published " + row.cell(5)
            + ", ours " + (mine == null ? "none" : ScoresCsv.format(mine)));
      }
    }
    assertThat(table.rows()).hasSize(32);
    assertThat(mismatches).isEmpty();
    assertThat(ours).hasSize(32);
  }

  @Test
  void scoresCsvMatchesGoldenFile() throws Exception {
    String written = ScoresCsv.write(aggregate(AnswersCsv.read(FIXTURE, TestCatalog.rdr2020())));
    assertThat(written).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void sameAnswersInAnyOrderGiveByteIdenticalScores() throws Exception {
    List<AnswerRow> rows = new ArrayList<>(AnswersCsv.read(FIXTURE, TestCatalog.rdr2020()));
    String first = ScoresCsv.write(aggregate(rows));
    Collections.shuffle(rows, new java.util.Random(7));
    assertThat(ScoresCsv.write(aggregate(rows))).isEqualTo(first);
  }

  @Test
  void anNaElementIsLeftOutNotCountedAsZero() throws Exception {
    // Smart broadband F3a: 2 yes, 2 partial, 2 no disclosure found and F3a.4 N/A = 300/6.
    List<AnswerRow> rows = AnswersCsv.read(FIXTURE, TestCatalog.rdr2020());
    assertThat(score(aggregate(rows), "smart", "broadband", "F3a")).isEqualTo("50.00");
    List<AnswerRow> naAsNo = rows.stream()
        .map(r -> r.answer().equals("N/A") ? withAnswer(r, "no") : r).toList();
    assertThat(score(aggregate(naAsNo), "smart", "broadband", "F3a")).isEqualTo("42.86");
  }

  @Test
  void fixtureIsWrittenExactlyAsTheToolWritesAnswers() throws Exception {
    // Reading and writing the example changes no byte: it is a faithful answers.csv.
    List<AnswerRow> rows = AnswersCsv.read(FIXTURE, TestCatalog.rdr2020());
    assertThat(AnswersCsv.write(rows)).isEqualTo(Files.readString(FIXTURE, StandardCharsets.UTF_8));
    assertThat(rows).isSortedAccordingTo(AnswerMerge.ORDER);
  }

  static AnswerRow withAnswer(AnswerRow r, String answer) {
    return new AnswerRow(r.company(), r.level(), r.service(), r.indicator(), r.element(), r.suggested(),
        r.evidence(), r.document(), r.snapshot(), answer, r.comment(), r.reviewer());
  }

  static String score(List<ScoreRow> scores, String company, String service, String id) {
    return scores.stream()
        .filter(r -> r.company().equals(company) && r.service().equals(service) && r.id().equals(id))
        .map(r -> ScoresCsv.format(r.score()))
        .findFirst().orElseThrow();
  }
}
