package org.policyscore.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerMergeTest {
  @TempDir Path dir;

  private static AnswerRow suggest(String company, String service, String element, Answer a, String evidence) {
    return AnswerRow.suggestion(company, Level.SERVICE, service, element.substring(0, element.indexOf('.')),
        element, a, evidence, "privacy", "9f2c01");
  }

  private static List<AnswerRow> firstRun() {
    return List.of(
        suggest("Smart", "mobile", "P1a.1", Answer.PARTIAL, "Our privacy notice is on our website"),
        suggest("Smart", "mobile", "P1a.2", Answer.YES, ""),
        suggest("Smart", "mobile", "P1a.3", Answer.NO_DISCLOSURE_FOUND, ""),
        suggest("Metfone", "mobile", "P1a.1", Answer.NO_DISCLOSURE_FOUND, ""));
  }

  @Test
  void aRerunKeepsEveryCellAPersonEditedByteForByte() throws Exception {
    Path answers = dir.resolve("answers.csv");
    AnswerMerge.mergeInto(answers, firstRun(), TestCatalog.rdr2020());

    // A researcher edits answer, comment and reviewer cells in a spreadsheet.
    String original = Files.readString(answers, StandardCharsets.UTF_8);
    String edited = original
        .replace("Smart,service,mobile,P1a,P1a.1,partial,Our privacy notice is on our website,privacy,9f2c01,,,",
            "Smart,service,mobile,P1a,P1a.1,partial,Our privacy notice is on our website,privacy,9f2c01,Yes,"
                + "\"Linked from the footer, \"\"Privacy\"\".\nលើទំព័រដើម\",Sokha")
        .replace("Smart,service,mobile,P1a,P1a.3,no disclosure found,,privacy,9f2c01,,,",
            "Smart,service,mobile,P1a,P1a.3,no disclosure found,,privacy,9f2c01, NDF,-checked twice,=dara");
    assertThat(edited).isNotEqualTo(original);
    Files.writeString(answers, edited, StandardCharsets.UTF_8);

    // The tool runs again: new evidence for P1a.1, P1a.3 no longer suggested, a new element.
    List<AnswerRow> secondRun = List.of(
        suggest("Smart", "mobile", "P1a.1", Answer.YES, "=The privacy notice is linked from every page"),
        suggest("Smart", "mobile", "P1a.2", Answer.YES, ""),
        suggest("Smart", "broadband", "P1a.1", Answer.PARTIAL, "privacy notice"),
        suggest("Metfone", "mobile", "P1a.1", Answer.NO_DISCLOSURE_FOUND, ""));
    AnswerMerge.Result result = AnswerMerge.mergeInto(answers, secondRun, TestCatalog.rdr2020());
    String merged = Files.readString(answers, StandardCharsets.UTF_8);

    // the suggestion behind Sokha's answer changed: the row is marked stale (texts and stale are
    // the tool's columns, between snapshot and the researcher's answer, comment and reviewer)
    assertThat(merged).contains("Smart,service,mobile,P1a,P1a.1,yes,'=The privacy notice is linked from every page,"
        + "privacy,9f2c01,,suggestion changed: partial -> yes,"
        + "Yes,\"Linked from the footer, \"\"Privacy\"\".\nលើទំព័រដើម\",Sokha\r\n");
    assertThat(merged).contains("Smart,service,mobile,P1a,P1a.3,no disclosure found,,privacy,9f2c01,,, NDF,-checked twice,=dara\r\n");
    assertThat(merged).contains("Smart,service,broadband,P1a,P1a.1,partial,privacy notice,privacy,9f2c01,,,,,\r\n");
    assertThat(result.added()).isEqualTo(1);
    assertThat(result.updated()).isEqualTo(1);
    assertThat(result.rows()).hasSize(5);

    // And again: nothing changes, not one byte.
    AnswerMerge.mergeInto(answers, secondRun, TestCatalog.rdr2020());
    assertThat(Files.readString(answers, StandardCharsets.UTF_8)).isEqualTo(merged);
  }

  @Test
  void mergeIsIdempotentAndIndependentOfInputOrder() {
    List<AnswerRow> fresh = new ArrayList<>(firstRun());
    String once = AnswersCsv.write(AnswerMerge.merge(fresh, List.of()).rows());
    List<AnswerRow> existing = AnswerMerge.merge(fresh, List.of()).rows();
    assertThat(AnswersCsv.write(AnswerMerge.merge(fresh, existing).rows())).isEqualTo(once);
    Collections.reverse(fresh);
    assertThat(AnswersCsv.write(AnswerMerge.merge(fresh, List.of()).rows())).isEqualTo(once);
    assertThat(AnswerMerge.merge(fresh, existing).updated()).isZero();
  }

  @Test
  void rowsAreSortedByCompanyLevelServiceAndElement() {
    List<AnswerRow> rows = AnswerMerge.merge(List.of(
        suggest("Smart", "mobile", "P10a.1", Answer.NO, ""),
        suggest("Smart", "mobile", "P1a.2", Answer.NO, ""),
        AnswerRow.suggestion("Smart", Level.GROUP, "", "G1", "G1.1", Answer.NO, "", "", ""),
        suggest("Metfone", "mobile", "P1a.1", Answer.NO, "")), List.of()).rows();
    assertThat(rows).extracting(r -> r.company() + " " + r.level().csvName() + " " + r.element())
        .containsExactly("Metfone service P1a.1", "Smart group G1.1", "Smart service P1a.2", "Smart service P10a.1");
  }

  @Test
  void freshSuggestionsMustNotCarryHumanColumnsOrRepeatAKey() {
    AnswerRow withAnswer = CambodiaPerServiceTest.withAnswer(firstRun().get(0), "yes");
    assertThatThrownBy(() -> AnswerMerge.merge(List.of(withAnswer), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnswerMerge.merge(List.of(firstRun().get(0), firstRun().get(0)), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnreadableAnswersFileIsReportedAndLeftAlone() throws Exception {
    Path answers = dir.resolve("answers.csv");
    String broken = AnswersCsvTest.HEADER + "\nSmart,service,mobile,P1a,P1a.1,,,,,perhaps,,\n";
    Files.writeString(answers, broken, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> AnswerMerge.mergeInto(answers, firstRun(), TestCatalog.rdr2020()))
        .hasMessageContaining(":2:10");
    assertThat(Files.readString(answers, StandardCharsets.UTF_8)).isEqualTo(broken);
  }
}
