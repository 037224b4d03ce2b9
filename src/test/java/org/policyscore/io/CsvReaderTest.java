package org.policyscore.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.InvalidInputException;

/** The row-by-row CSV reader under everything that reads answers and scores. */
class CsvReaderTest {
  @TempDir Path dir;

  private Path file(String content) throws Exception {
    Path f = dir.resolve("answers.csv");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  private static List<CsvTable.Row> rows(CsvReader csv) throws Exception {
    List<CsvTable.Row> rows = new ArrayList<>();
    for (CsvTable.Row r = csv.next(); r != null; r = csv.next()) {
      rows.add(r);
    }
    return rows;
  }

  @Test
  void readsBomCrlfLoneCrAndQuotedCellsWithTheirLines() throws Exception {
    Path f = file("\uFEFFa,b\r\n1,\"two\r\nlines\"\r\n\"say \"\"hi\"\"\",x\r3,\"\"\n");

    try (CsvReader csv = CsvReader.open(f)) {
      assertThat(csv.header()).containsExactly("a", "b");
      List<CsvTable.Row> rows = rows(csv);

      assertThat(rows).extracting(CsvTable.Row::line).containsExactly(2, 4, 5);
      assertThat(rows.get(0).cells()).containsExactly("1", "two\r\nlines");
      assertThat(rows.get(1).cells()).containsExactly("say \"hi\"", "x");
      assertThat(rows.get(2).cells()).containsExactly("3", "");
    }
  }

  @Test
  void khmerAndLineEndsAcrossTheBufferEdgeAreReadWhole() throws Exception {
    // put a CRLF inside a quoted cell exactly across the 64 KiB buffer boundary, and a
    // three-byte Khmer letter across it in the next row
    String head = "a,b\n";
    String pad = "p".repeat(65_536 - head.length() - 2);
    String khmer = "ក".repeat(40_000);
    Path f = file(head + "\"" + pad + "\r\nx\",1\n" + khmer + ",2\n");

    try (CsvReader csv = CsvReader.open(f)) {
      List<CsvTable.Row> rows = rows(csv);

      assertThat(rows.get(0).cell(0)).isEqualTo(pad + "\r\nx");
      assertThat(rows.get(1).line()).isEqualTo(4);
      assertThat(rows.get(1).cell(0)).isEqualTo(khmer);
    }
  }

  @Test
  void aQuotedCellThatStartsRightAtTheBufferEdgeIsQuoted() throws Exception {
    String head = "a,b\n";
    String first = "x".repeat(65_536 - head.length() - 1) + ","; // the quote is byte 65,536
    Path f = file(head + first + "\"one, with a comma\"\nnext,row\n");

    try (CsvReader csv = CsvReader.open(f)) {
      List<CsvTable.Row> rows = rows(csv);

      assertThat(rows.get(0).cell(1)).isEqualTo("one, with a comma");
      assertThat(rows.get(1).cells()).containsExactly("next", "row");
    }
  }

  @Test
  void cellsLongerThanTheBufferAreWhole() throws Exception {
    String big = "x".repeat(200_000);
    String quoted = "y\"".repeat(70_000);
    Path f = file("a,b\n" + big + ",\"" + quoted.replace("\"", "\"\"") + "\"\nlast,row\n");

    try (CsvReader csv = CsvReader.open(f)) {
      List<CsvTable.Row> rows = rows(csv);

      assertThat(rows.get(0).cell(0)).isEqualTo(big);
      assertThat(rows.get(0).cell(1)).isEqualTo(quoted);
      assertThat(rows.get(1).cells()).containsExactly("last", "row");
      assertThat(rows.get(1).line()).isEqualTo(3);
    }
  }

  @Test
  void blankLinesAndAllEmptyRowsAreSkipped() throws Exception {
    Path f = file("\n\na,b\n1,2\n\n,\n,,\n3,4\n5\n");

    try (CsvReader csv = CsvReader.open(f)) {
      assertThat(csv.header()).containsExactly("a", "b");
      assertThat(csv.next()).isEqualTo(new CsvTable.Row(4, List.of("1", "2")));
      assertThat(csv.next()).isEqualTo(new CsvTable.Row(8, List.of("3", "4")));
      assertThatThrownBy(csv::next).isInstanceOf(InvalidInputException.class)
          .hasMessageEndingWith("answers.csv:9:2: expected 2 cells like the header (a, b), found 1");
    }
  }

  @Test
  void anUnclosedQuoteNamesTheLineItOpensOn() throws Exception {
    Path f = file("a,b\n1,2\n3,\"never\nclosed\n");

    try (CsvReader csv = CsvReader.open(f)) {
      assertThatThrownBy(() -> rows(csv)).isInstanceOf(InvalidInputException.class)
          .hasMessageEndingWith("answers.csv:3: a quoted cell opens here and is never closed (a \" without its closing \")");
    }
  }

  @Test
  void textAfterAClosingQuoteIsAnError() throws Exception {
    Path f = file("a,b\n\"one\"two,3\n");

    try (CsvReader csv = CsvReader.open(f)) {
      assertThatThrownBy(() -> rows(csv)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("answers.csv:2: a quoted cell goes on after its closing quote ('t')");
    }
  }

  @Test
  void rowsAreBoundedSoThatAFileThatIsNoTableIsRefused() throws Exception {
    CsvReader.Limits small = new CsvReader.Limits(10, 25, 4);

    try (CsvReader csv = CsvReader.open(file("a,b\nshort,0123456789ABC\n"), small)) {
      assertThatThrownBy(csv::next).hasMessageContaining(":2: a cell holds more than 10 bytes");
    }
    try (CsvReader csv = CsvReader.open(file("a,b\n0123456789,0123456789,0123456789\n"), small)) {
      assertThatThrownBy(csv::next).hasMessageContaining(":2:3: the row holds more than 25 bytes");
    }
    try (CsvReader csv = CsvReader.open(file("a,b\n1,2,3,4,5,6\n"), small)) {
      assertThatThrownBy(csv::next).hasMessageContaining(":2:5: the row has more than 4 cells");
    }
    // one endless line of binary-looking data: refused at the limit, never held whole
    Files.write(dir.resolve("noise.csv"), "x".repeat(5 << 20).getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> CsvReader.open(dir.resolve("noise.csv")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("a cell holds more than 1,048,576 bytes");
  }

  @Test
  void notUtf8AndEmptyFilesAreNamed() throws Exception {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "a,b\ncaf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1));
    Path empty = file("");

    assertThatThrownBy(() -> {
      try (CsvReader csv = CsvReader.open(latin1)) {
        rows(csv);
      }
    }).hasMessageEndingWith("latin1.csv:2:1: not UTF-8 text; save the file as \"CSV UTF-8\"");
    assertThatThrownBy(() -> CsvReader.open(empty)).hasMessageEndingWith("answers.csv:1: the file is empty; expected a header row");
  }

  @Test
  void aFileTooLargeToHoldIsRefusedByNameWhenReadWhole() throws Exception {
    Path f = file("a,b\n1,2\n");
    try (var raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(CsvTable.MAX_BYTES + 1); // sparse: no disk used
    }

    assertThatThrownBy(() -> CsvTable.read(f)).isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("answers.csv: the file is 256 MB; files of answers or scores are read whole up to 256 MB");
  }
}
