package org.policyscore.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoresCsvTest {
  @TempDir Path dir;

  private static ScoreRow row(String company, String service, ScoreKind kind, String id, double score) {
    return new ScoreRow(company, service, kind, id, OptionalDouble.of(score));
  }

  @Test
  void roundsToTwoDecimalsHalfUpOrWritesNa() {
    assertThat(ScoresCsv.format(OptionalDouble.of(250.0 / 3))).isEqualTo("83.33");
    assertThat(ScoresCsv.format(OptionalDouble.of(50.0 / 3))).isEqualTo("16.67");
    assertThat(ScoresCsv.format(OptionalDouble.of(150.0 / 7))).isEqualTo("21.43");
    assertThat(ScoresCsv.format(OptionalDouble.of(12.345))).isEqualTo("12.35");
    assertThat(ScoresCsv.format(OptionalDouble.of(0))).isEqualTo("0.00");
    assertThat(ScoresCsv.format(OptionalDouble.of(100))).isEqualTo("100.00");
    assertThat(ScoresCsv.format(OptionalDouble.empty())).isEqualTo("NA");
  }

  @Test
  void rowsAreWrittenInRdrOrderWhateverOrderTheyCameIn() {
    List<ScoreRow> rows = new ArrayList<>(List.of(
        row("Smart", "", ScoreKind.TOTAL, "total", 40),
        row("Smart", "", ScoreKind.CATEGORY, "P", 30),
        row("Smart", "", ScoreKind.CATEGORY, "G", 10),
        row("Smart", "", ScoreKind.CATEGORY, "F", 20),
        row("Smart", "", ScoreKind.INDICATOR, "F10", 1),
        row("Smart", "", ScoreKind.INDICATOR, "F1a", 2),
        row("Smart", "", ScoreKind.FAMILY, "F1", 3),
        row("Smart", "", ScoreKind.INDICATOR, "G1", 4),
        row("Smart", "mobile", ScoreKind.INDICATOR, "F1a", 5),
        row("Metfone", "", ScoreKind.INDICATOR, "P12", 6),
        new ScoreRow("Smart", "", ScoreKind.INDICATOR, "F9", OptionalDouble.empty())));
    String expected = "company,service,kind,id,score\r\n"
        + "Metfone,,indicator,P12,6.00\r\n"
        + "Smart,,indicator,G1,4.00\r\n"
        + "Smart,,family,F1,3.00\r\n"
        + "Smart,,indicator,F1a,2.00\r\n"
        + "Smart,,indicator,F9,NA\r\n"
        + "Smart,,indicator,F10,1.00\r\n"
        + "Smart,,category,G,10.00\r\n"
        + "Smart,,category,F,20.00\r\n"
        + "Smart,,category,P,30.00\r\n"
        + "Smart,,total,total,40.00\r\n"
        + "Smart,mobile,indicator,F1a,5.00\r\n";
    assertThat(ScoresCsv.write(rows)).isEqualTo(expected);
    Collections.shuffle(rows, new java.util.Random(3));
    assertThat(ScoresCsv.write(rows)).isEqualTo(expected);
  }

  @Test
  void readsWhatItWrites() throws Exception {
    List<ScoreRow> rows = List.of(row("=Evil Co", "", ScoreKind.INDICATOR, "F1a", 250.0 / 3),
        new ScoreRow("Smart", "mobile", ScoreKind.INDICATOR, "P12", OptionalDouble.empty()));
    Path f = dir.resolve("scores.csv");
    Files.writeString(f, ScoresCsv.write(rows), StandardCharsets.UTF_8);
    assertThat(Files.readString(f)).contains("'=Evil Co,");
    List<ScoreRow> back = ScoresCsv.read(f);
    assertThat(back.get(0).score().getAsDouble()).isEqualTo(83.33);
    assertThat(back.get(0).company()).isEqualTo("'=Evil Co");
    assertThat(back.get(1).score()).isEmpty();
    assertThat(back.get(1).service()).isEqualTo("mobile");
  }

  @Test
  void badScoresFilesNameLineAndColumn() throws Exception {
    Path f = dir.resolve("scores.csv");
    Files.writeString(f, "company,service,kind,id,score\nSmart,,indicator,F1a,83.33\nSmart,,indicator,F1b,lots\n");
    assertThatThrownBy(() -> ScoresCsv.read(f)).hasMessageContaining("scores.csv:3:5").hasMessageContaining("lots");
    Files.writeString(f, "company,service,kind,id,score\nSmart,,indicator,F1a,101\n");
    assertThatThrownBy(() -> ScoresCsv.read(f)).hasMessageContaining("scores.csv:2:5");
    Files.writeString(f, "company,service,kind,id,score\nSmart,,element,F1a.1,1\n");
    assertThatThrownBy(() -> ScoresCsv.read(f)).hasMessageContaining("scores.csv:2:3");
  }

  @Test
  void draftAndIncompleteScoresComeBackAsWritten() throws Exception {
    List<ScoreRow> rows = List.of(
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F1a", OptionalDouble.of(50), new ScoreBasis(1, 3, true)),
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F3a", OptionalDouble.empty(), new ScoreBasis(2, 7, false)),
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "P1a", OptionalDouble.of(100), new ScoreBasis(3, 3, true)));
    String text = ScoresCsv.write(rows);
    assertThat(text).isEqualTo("company,service,kind,id,score,reviewed\r\n"
        + "smart,mobile,indicator,F1a,50.00,1/3\r\n"
        + "smart,mobile,indicator,F3a,incomplete,2/7\r\n"
        + "smart,mobile,indicator,P1a,100.00,3/3\r\n");
    Path f = dir.resolve("scores.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    List<ScoreRow> back = ScoresCsv.read(f);
    assertThat(back).isEqualTo(rows);
    assertThat(back).extracting(ScoreRow::draft).containsExactly(true, true, false);
    assertThat(back).extracting(ScoreRow::incomplete).containsExactly(false, true, false);
  }

  @Test
  void publishedScoresWithNoReviewedColumnLoadAsFinal() throws Exception {
    Path f = dir.resolve("scores.csv");
    Files.writeString(f, "company,service,kind,id,score\nsmart,mobile,indicator,F1a,83.33\nsmart,mobile,indicator,F9,NA\n");
    List<ScoreRow> back = ScoresCsv.read(f);
    assertThat(back).extracting(ScoreRow::basis).containsOnly(ScoreBasis.PUBLISHED);
    assertThat(back).noneMatch(ScoreRow::draft);
    assertThat(back.get(0).score().getAsDouble()).isEqualTo(83.33);
  }

  @Test
  void badReviewedCellsAreNamedEveryOneOfThem() throws Exception {
    Path f = dir.resolve("scores.csv");
    Files.writeString(f, "company,service,kind,id,score,reviewed\nsmart,,indicator,F1a,83.33,3 of 3\n"
        + "smart,,indicator,F1b,50,4/3\nsmart,,indicator,F1c,lots,1/1\n");
    org.policyscore.InvalidInputException e = (org.policyscore.InvalidInputException)
        org.assertj.core.api.Assertions.catchThrowable(() -> ScoresCsv.read(f));
    assertThat(e.problems()).hasSize(3);
    assertThat(e.getMessage()).contains("scores.csv:2:6", "'3 of 3'", "scores.csv:3:6", "'4/3'", "scores.csv:4:5", "'lots'");
  }
}
