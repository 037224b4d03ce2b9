package org.policyscore.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.InvalidInputException;

class AnswersCsvTest {
  static final String HEADER = "company,level,service,indicator,element,suggested,evidence,document,snapshot,answer,comment,reviewer";

  @TempDir Path dir;

  private Path file(String content) throws Exception {
    Path f = dir.resolve("answers.csv");
    Files.write(f, content.getBytes(StandardCharsets.UTF_8));
    return f;
  }

  private List<AnswerRow> read(String content) throws Exception {
    return AnswersCsv.read(file(content), TestCatalog.rdr2020());
  }

  private InvalidInputException error(String content) {
    return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowable(() -> read(content));
  }

  @Test
  void readsExcelStyleBomCrlfAndMultiLineQuotedComments() throws Exception {
    List<AnswerRow> rows = read("\uFEFF" + HEADER + "\r\n"
        + "Smart,service,mobile,F1a,F1a.1,partial,\"\"\"easy\"\", they say\",terms,ab12,,\"line one\r\nline two\nសួស្តី\",\r\n"
        + "Smart,group,,G1,G01.02,,,,,Yes,,Dara\r\n");
    assertThat(rows).hasSize(2);
    AnswerRow first = rows.get(0);
    assertThat(first.suggested()).contains(Answer.PARTIAL);
    assertThat(first.evidence()).isEqualTo("\"easy\", they say");
    assertThat(first.comment()).isEqualTo("line one\r\nline two\nសួស្តី");
    assertThat(first.effectiveAnswer()).contains(Answer.PARTIAL);
    AnswerRow second = rows.get(1);
    assertThat(second.element()).isEqualTo("G1.2"); // zero-padded RDR ids accepted
    assertThat(second.answer()).isEqualTo("Yes"); // kept as typed
    assertThat(second.effectiveAnswer()).contains(Answer.YES);
  }

  @Test
  void acceptsEverySpellingOfTheAnswers() {
    assertThat(List.of("yes", "Yes", "YES", "full", " Full ")).allMatch(s -> Answer.parse(s).equals(Optional.of(Answer.YES)));
    assertThat(Answer.parse("Partial")).contains(Answer.PARTIAL);
    assertThat(Answer.parse("no")).contains(Answer.NO);
    assertThat(List.of("no disclosure found", "No Disclosure  Found", "ndf", "NDF"))
        .allMatch(s -> Answer.parse(s).equals(Optional.of(Answer.NO_DISCLOSURE_FOUND)));
    assertThat(List.of("N/A", "NA", "n/a", "na")).allMatch(s -> Answer.parse(s).equals(Optional.of(Answer.NOT_APPLICABLE)));
    assertThat(Answer.parse("maybe")).isEmpty();
    assertThat(Answer.parse("")).isEmpty();
  }

  @Test
  void aWrongHeaderNamesLineOneAndTheColumn() {
    InvalidInputException e = error("company,level,service,indicator,element,suggestion,evidence,document,snapshot,answer,comment,reviewer\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(6);
    assertThat(e.getMessage()).contains("answers.csv:1:6").contains("'suggested'").contains("'suggestion'");
  }

  @Test
  void semicolonSeparatedFilesGetAHint() {
    InvalidInputException e = error(HEADER.replace(',', ';') + "\nSmart;service;mobile;F1a;F1a.1;;;;;yes;;\n");
    assertThat(e.getMessage()).contains(":1:1").contains("separated by ';'");
  }

  @Test
  void anUnknownElementNamesItsLineEvenAfterAMultiLineCell() {
    InvalidInputException e = error(HEADER + "\n"
        + "Smart,service,mobile,F1a,F1a.1,,,,,yes,\"two\nlines\",\n"
        + "Smart,service,mobile,F1a,F1a.9,,,,,yes,,\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.getMessage()).contains("column E (element)").contains("F1a.9");
  }

  @Test
  void anUnknownAnswerNamesLineAndColumn() {
    InvalidInputException e = error(HEADER + "\r\nSmart,service,mobile,F1a,F1a.1,,,,,maybe,,\r\n");
    assertThat(e.getMessage()).contains("answers.csv:2:10").contains("column J (answer)").contains("'maybe'")
        .contains("no disclosure found");
    InvalidInputException s = error(HEADER + "\nSmart,service,mobile,F1a,F1a.1,perhaps,,,,,,\n");
    assertThat(s.getMessage()).contains(":2:6").contains("column F (suggested)");
  }

  @Test
  void aRaggedRowNamesItsLine() {
    InvalidInputException e = error(HEADER + "\nSmart,service,mobile,F1a,F1a.1,,,,,yes,,\nSmart,service,mobile,F1a,F1a.2,,,,,yes\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).contains("expected 12 cells").contains("found 10");
  }

  @Test
  void otherRowProblemsAreNamedToo() {
    assertThat(error(HEADER + "\nSmart,service,,F1a,F1a.1,,,,,yes,,\n").getMessage()).contains(":2:3").contains("needs a service");
    assertThat(error(HEADER + "\nSmart,group,mobile,G1,G1.1,,,,,yes,,\n").getMessage()).contains(":2:3");
    assertThat(error(HEADER + "\nSmart,branch,,G1,G1.1,,,,,yes,,\n").getMessage()).contains(":2:2").contains("group, opcom or service");
    assertThat(error(HEADER + "\nSmart,service,mobile,F1b,F1a.1,,,,,yes,,\n").getMessage()).contains(":2:4").contains("expected F1a");
    assertThat(error(HEADER + "\n,service,mobile,F1a,F1a.1,,,,,yes,,\n").getMessage()).contains(":2:1");
    assertThat(error(HEADER + "\nSmart,service,mobile,F1a,F1a.1,,,,,yes,,\nSmart,service,mobile,F1a,F01a.01,,,,,no,,\n").getMessage())
        .contains(":3:5").contains("answered twice").contains("line 2");
    assertThat(error(HEADER + "\nSmart,service,mobile,F1a,F1a.1,,\"oops,,,,,\n").getMessage()).contains(":2: a quoted cell").contains("never closed");
    assertThat(error("").getMessage()).contains("empty");
  }

  @Test
  void rejectsTextThatIsNotUtf8() throws Exception {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, (HEADER + "\nSmart,service,mobile,F1a,F1a.1,,,,,yes,caf\u00e9,\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> AnswersCsv.read(f, TestCatalog.rdr2020())).hasMessageContaining("UTF-8");
  }

  @Test
  void skipsTheEmptyRowsSpreadsheetsLeaveAtTheEnd() throws Exception {
    assertThat(read(HEADER + "\nSmart,service,mobile,F1a,F1a.1,,,,,yes,,\n,,,,,,,,,,,\n\n")).hasSize(1);
  }

  @Test
  void formulaLikeToolCellsAreNeutralisedOnWritingAndNotStrippedOnReading() throws Exception {
    AnswerRow row = AnswerRow.suggestion("=Smart", Level.SERVICE, "mobile", "F1a", "F1a.1", Answer.PARTIAL,
        "=HYPERLINK(\"http://x\")", "+terms", "@ab12");
    String written = AnswersCsv.write(List.of(row));
    assertThat(written).contains("'=Smart,").contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains(",'+terms,'@ab12,");
    List<AnswerRow> back = read(written);
    assertThat(back.get(0).company()).isEqualTo("'=Smart");
    assertThat(back.get(0).evidence()).isEqualTo("'=HYPERLINK(\"http://x\")");
    // Writing what was read adds nothing more: neutralising is done once.
    assertThat(AnswersCsv.write(back)).isEqualTo(written);
    assertThat(List.of("-1", "\tx", "\rx")).allMatch(s -> CsvWriterCheck.neutralised(s));
  }

  @Test
  void theResearchersCellsAreWrittenExactlyAsTheyAre() throws Exception {
    String content = HEADER + "\r\n"
        + "Smart,service,mobile,F1a,F1a.1,partial,,,, Partial ,\"-see clause 4, \"\"Khmer\"\" copy\",@dara\r\n";
    List<AnswerRow> rows = read(content);
    assertThat(rows.get(0).answer()).isEqualTo(" Partial ");
    assertThat(rows.get(0).comment()).isEqualTo("-see clause 4, \"Khmer\" copy");
    assertThat(rows.get(0).reviewer()).isEqualTo("@dara");
    assertThat(AnswersCsv.write(rows)).isEqualTo(content);
  }

  @Test
  void everyProblemOfTheFileIsReportedEachWithItsLine() {
    InvalidInputException e = error(HEADER + "\n"
        + "Smart,service,mobile,F1a,F1a.1,,,,,maybe,,\n"
        + "Smart,service,mobile,F1a,F1a.2,,,,,yes,,\n"
        + "Smart,service,mobile,F1a,F1a.9,,,,,yes,,\n"
        + "Smart,service,mobile,F1a,F1a.3,,,,,yes\n"
        + "Smart,branch,,F1a,F1a.3,,,,,yes,,\n");
    assertThat(e.problems()).extracting(InvalidInputException::line).containsExactly(5);
    // a ragged row is found while the table is read; the rest once it reads, all together
    InvalidInputException rows = error(HEADER + "\n"
        + "Smart,service,mobile,F1a,F1a.1,,,,,maybe,,\n"
        + "Smart,service,mobile,F1a,F1a.2,,,,,yes,,\n"
        + "Smart,service,mobile,F1a,F1a.9,,,,,yes,,\n"
        + "Smart,branch,,F1a,F1a.3,,,,,yes,,\n");
    assertThat(rows.problems()).extracting(p -> p.line() + ":" + p.column()).containsExactly("2:10", "4:5", "5:2");
    assertThat(rows.getMessage().lines()).hasSize(3);
    assertThat(rows.getMessage()).contains("'maybe'", "F1a.9", "'branch'");
  }

  @Test
  void semicolonSeparatedFilesSaySoEvenWhenEveryCellIsQuoted() {
    String quoted = "\"" + String.join("\";\"", HEADER.split(",")) + "\"\n\"Smart\";\"service\"\n";
    assertThat(error(quoted).getMessage()).contains(":1:1").contains("separated by ';'");
    assertThat(error("sep=;\n" + HEADER.replace(',', ';') + "\n").getMessage()).contains("separated by ';'");
    assertThat(error(HEADER + "\nSmart;service;mobile;F1a;F1a.1;;;;;yes;;\n").getMessage())
        .contains(":2:2").contains("this line's cells are separated by ';'");
  }

  @Test
  void aRowForEveryServiceNeedsAnAnswerAndServicesToStandFor() {
    assertThat(error(HEADER + "\nSmart,service,*,F1a,F1a.1,,,,,,,Dara\nSmart,service,mobile,F1a,F1a.2,,,,,yes,,\n").getMessage())
        .contains(":2:10").contains("needs an answer");
    assertThat(error(HEADER + "\nSmart,service,*,F1a,F1a.1,,,,,yes,,\n").getMessage())
        .contains(":2:3").contains("no row of this file names one of its services");
    assertThat(error(HEADER + "\nSmart,group,*,G1,G1.1,,,,,yes,,\n").getMessage()).contains(":2:3");
  }

  @Test
  void theFullLayoutReadsAndWritesTextsAndStaleBetweenTheToolsColumnsAndTheResearchers() throws Exception {
    String full = "company,level,service,indicator,element,suggested,evidence,document,snapshot,texts,stale,answer,comment,reviewer\r\n"
        + "smart,service,mobile,P4,P4.4,partial,[privacy en 0-9] Partners.,privacy,cccccccccccc,privacy en 20260601T080000Z,"
        + "\"quote added: privacy en: Partners.\nnew text version: privacy en 20260601T080000Z (was 20260105T080000Z)\",no,,Dara\r\n";
    List<AnswerRow> rows = read(full);
    assertThat(rows.get(0).texts()).isEqualTo("privacy en 20260601T080000Z");
    assertThat(rows.get(0).needsReview()).isTrue();
    assertThat(rows.get(0).answer()).isEqualTo("no");
    assertThat(AnswersCsv.write(rows)).isEqualTo(full);
  }

  @Test
  void savingKeepsTheByteOrderMarkTheFileHadAndAddsNoneOtherwise() throws Exception {
    List<AnswerRow> rows = read(HEADER + "\nSmart,service,mobile,F1a,F1a.1,,,,,yes,សួស្តី,\n");
    Path withBom = dir.resolve("excel.csv");
    Files.write(withBom, ("\uFEFF" + HEADER + "\n").getBytes(StandardCharsets.UTF_8));
    AnswersCsv.save(withBom, rows);
    byte[] written = Files.readAllBytes(withBom);
    assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("\uFEFFcompany,").contains("សួស្តី");
    AnswersCsv.save(withBom, AnswersCsv.read(withBom, TestCatalog.rdr2020()));
    assertThat(Files.readAllBytes(withBom)).isEqualTo(written);
    Path plain = dir.resolve("plain.csv");
    AnswersCsv.save(plain, rows);
    assertThat(Files.readString(plain)).startsWith("company,");
  }

  /** The writer's guard, seen from outside. */
  static final class CsvWriterCheck {
    static boolean neutralised(String cell) {
      return org.policyscore.io.CsvWriter.neutralise(cell).equals("'" + cell);
    }
  }
}
