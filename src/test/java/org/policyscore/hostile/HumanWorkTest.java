package org.policyscore.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.io.AtomicFile;
import org.policyscore.io.FileChangedException;
import org.policyscore.testing.CliRun;

/**
 * Nothing a person wrote is ever written over: not by {@code aggregate --out} aimed at an
 * answers file, not by {@code score} while the person saves answers.csv.
 */
class HumanWorkTest {
  @TempDir Path dir;

  private static final Path CAMBODIA_ANSWERS = Path.of("src/test/resources/score/cambodia-2022-answers.csv");

  @Test
  void aggregateOutOntoItsOwnAnswersIsRefusedAndTheFileUntouched() throws Exception {
    Path answers = dir.resolve("answers.csv");
    Files.copy(answersFixture(), answers);
    byte[] before = Files.readAllBytes(answers);

    CliRun run = CliRun.of("aggregate", "--answers", answers.toString(), "--mode", "per-service", "--out", answers.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines().findFirst().orElse("")).isEqualTo("error: --out is " + answers + ", a file this command"
        + " reads: the scores would replace it; write them to another file, e.g. scores.csv");
    assertThat(Files.readAllBytes(answers)).isEqualTo(before);
  }

  @Test
  void aggregateOutOntoAnotherAnswersFileOrAnyOtherFileIsRefused() throws Exception {
    Path answers = dir.resolve("answers.csv");
    Files.copy(answersFixture(), answers);
    Path colleague = dir.resolve("colleague-answers.csv");
    Files.copy(answersFixture(), colleague);
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "call Smart's legal team on Monday\n");
    Path link = dir.resolve("link-to-answers.csv");
    Files.createSymbolicLink(link, answers);

    for (Path target : List.of(colleague, notes, link)) {
      byte[] before = Files.readAllBytes(target);
      CliRun run = CliRun.of("aggregate", "--answers", answers.toString(), "--mode", "per-service", "--out", target.toString());
      assertThat(run.exitCode()).as(target + ": " + run.err()).isEqualTo(2);
      assertThat(Files.readAllBytes(target)).isEqualTo(before);
    }
  }

  @Test
  void aggregateOutMayReplaceScoresItWroteBefore() throws Exception {
    Path answers = dir.resolve("answers.csv");
    Files.copy(answersFixture(), answers);
    Path scores = dir.resolve("scores.csv");
    for (int i = 0; i < 2; i++) {
      CliRun run = CliRun.of("aggregate", "--answers", answers.toString(), "--mode", "per-service", "--out", scores.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
    }
    assertThat(Files.readString(scores)).startsWith("company,service,kind,id,score");
  }

  @Test
  void agreeOutOntoAnAnswersFileOrOntoDecisionsIsRefused() throws Exception {
    Path a = dir.resolve("alice.csv");
    Path b = dir.resolve("bora.csv");
    Files.copy(answersFixture(), a);
    Files.copy(answersFixture(), b);
    byte[] before = Files.readAllBytes(a);
    CliRun onto = CliRun.of("agree", a.toString(), b.toString(), "--out", a.toString());
    assertThat(onto.exitCode()).as(onto.err()).isEqualTo(2);
    assertThat(onto.err()).contains("a file this command reads");
    assertThat(Files.readAllBytes(a)).isEqualTo(before);

    Path disagreements = dir.resolve("disagreements.csv");
    CliRun first = CliRun.of("agree", a.toString(), b.toString(), "--out", disagreements.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    CliRun again = CliRun.of("agree", a.toString(), b.toString(), "--out", disagreements.toString());
    assertThat(again.exitCode()).as("nobody decided anything yet: written again").isZero();

    String header = Files.readString(disagreements).lines().findFirst().orElseThrow();
    Files.writeString(disagreements, header + "\r\nsmart,service,mobile,P1a,P1a.1,partial,,yes,,alice,no,,bora,yes,"
        + "checked the Khmer notice,chanthou\r\n");
    byte[] decided = Files.readAllBytes(disagreements);
    CliRun over = CliRun.of("agree", a.toString(), b.toString(), "--out", disagreements.toString());
    assertThat(over.exitCode()).isEqualTo(2);
    assertThat(over.err()).contains("holds decisions a person wrote");
    assertThat(Files.readAllBytes(disagreements)).isEqualTo(decided);
  }

  @Test
  void aFileChangedSinceItWasReadIsNotReplaced() throws Exception {
    Path file = dir.resolve("answers.csv");
    Files.writeString(file, "as read\n");
    AtomicFile.Stamp read = AtomicFile.stamp(file);
    Files.writeString(file, "as the researcher saved it\n");

    assertThatThrownBy(() -> AtomicFile.replaceIfUnchanged(file, read, "the tool's merge\n"))
        .isInstanceOf(FileChangedException.class).hasMessageContaining("changed while policyscore was working on it");
    assertThat(Files.readString(file)).isEqualTo("as the researcher saved it\n");
    assertThat(leftovers()).isEmpty();

    AtomicFile.Stamp again = AtomicFile.stamp(file);
    AtomicFile.replaceIfUnchanged(file, again, "the tool's merge\n");
    assertThat(Files.readString(file)).isEqualTo("the tool's merge\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFileCreatedOrDeletedSinceItWasReadIsNotReplaced() throws Exception {
    Path file = dir.resolve("answers.csv");
    AtomicFile.Stamp absent = AtomicFile.stamp(file);
    Files.writeString(file, "a person started it\n");
    assertThatThrownBy(() -> AtomicFile.replaceIfUnchanged(file, absent, "tool\n")).isInstanceOf(FileChangedException.class);
    assertThat(Files.readString(file)).isEqualTo("a person started it\n");

    AtomicFile.Stamp present = AtomicFile.stamp(file);
    Files.delete(file);
    assertThatThrownBy(() -> AtomicFile.replaceIfUnchanged(file, present, "tool\n")).isInstanceOf(FileChangedException.class);
    assertThat(file).doesNotExist();
  }

  /**
   * A person saving again and again (write aside, rename into place, as spreadsheets do) while
   * the tool reads, merges and replaces again and again: whatever the interleaving, the person's
   * last save is in the file at the end, alone or merged. (An outcome, not a timing, is asserted.)
   */
  @Test
  void aPersonSavingWhileTheToolReplacesNeverLosesTheLastSave() throws Exception {
    Path file = dir.resolve("answers.csv");
    Files.writeString(file, "person 0\n");
    int saves = 300;
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger merged = new AtomicInteger();
    List<Throwable> failures = new ArrayList<>();
    Thread tool = new Thread(() -> {
      try {
        while (!done.get()) {
          AtomicFile.Stamp read;
          String content;
          try {
            read = AtomicFile.stamp(file);
            content = Files.readString(file);
          } catch (java.nio.file.NoSuchFileException e) {
            continue; // the person's rename or our own put-aside, caught in the middle
          } catch (java.io.IOException e) {
            if (String.valueOf(e.getMessage()).contains("set aside")) {
              continue;
            }
            throw e;
          }
          if (content.endsWith("+ tool\n")) {
            continue;
          }
          try {
            AtomicFile.replaceIfUnchanged(file, read, content + "+ tool\n");
            merged.incrementAndGet();
          } catch (FileChangedException e) {
            refused.incrementAndGet();
          }
        }
      } catch (Throwable t) {
        synchronized (failures) {
          failures.add(t);
        }
      }
    });
    tool.start();
    List<String> lost = new ArrayList<>();
    for (int i = 1; i <= saves; i++) {
      // Before each save, the file must still hold the previous save (alone or merged).
      String now = null;
      while (now == null) {
        try {
          now = Files.readString(file);
        } catch (java.nio.file.NoSuchFileException e) {
          // the tool's put-aside, caught in the middle: look again
        }
      }
      if (!now.startsWith("person " + (i - 1) + "\n")) {
        lost.add("before save " + i + " the file held: " + now.strip());
      }
      Path tmp = dir.resolve("~answers-" + i + ".tmp");
      Files.writeString(tmp, "person " + i + "\n");
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Thread.sleep(1);
    }
    Thread.sleep(20);
    done.set(true);
    tool.join();

    assertThat(failures).isEmpty();
    assertThat(lost).as("saves written over").isEmpty();
    assertThat(Files.readString(file)).startsWith("person " + saves + "\n");
    assertThat(merged.get() + refused.get()).as("the tool did work alongside").isPositive();
  }

  /**
   * {@code score} run again and again while a researcher keeps saving answers.csv from a
   * spreadsheet: every run either merges the researcher's latest save or stops saying the file
   * changed; the researcher's last answer and comment are in the file at the end.
   */
  @Test
  void scoreWhileAResearcherSavesAnswersKeepsEverySave() throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir);
    ws.archiveSoundPolicies();
    HostileWorkspace.requireOk(ws.cli("extract", "acme"));
    HostileWorkspace.requireOk(ws.cli("score", "acme", "--year", "2026"));
    Path answers = dir.resolve("reports/acme/2026/answers.csv");
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger lastSave = new AtomicInteger();
    List<Throwable> failures = new ArrayList<>();
    Thread researcher = new Thread(() -> {
      try {
        for (int k = 1; !done.get(); k++) {
          if (!saveComment(answers, "yes", "checked, save " + k)) {
            k--;
            continue;
          }
          lastSave.set(k);
          Thread.sleep(3);
        }
      } catch (Throwable t) {
        synchronized (failures) {
          failures.add(t);
        }
      }
    });
    researcher.start();
    List<CliRun> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(ws.cli("score", "acme", "--year", "2026"));
    }
    done.set(true);
    researcher.join();

    assertThat(failures).isEmpty();
    for (CliRun run : runs) {
      assertThat(run.exitCode()).as(run.out() + run.err()).isIn(0, 1);
      if (run.exitCode() == 1) {
        assertThat(run.err()).contains("answers.csv changed while policyscore was working on it");
      }
    }
    List<org.apache.commons.csv.CSVRecord> rows = read(answers);
    assertThat(rows.get(0).get("answer")).isEqualTo("yes");
    assertThat(rows.get(0).get("comment")).isEqualTo("checked, save " + lastSave.get());
    assertThat(rows.get(0).get("reviewer")).isEqualTo("researcher");
  }

  /** What a spreadsheet does on save: the whole file written aside, then renamed over the old one. */
  private static boolean saveComment(Path answers, String answer, String comment) throws Exception {
    List<org.apache.commons.csv.CSVRecord> rows;
    List<String> header;
    try {
      rows = read(answers);
      try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().build()
          .parse(Files.newBufferedReader(answers))) {
        header = parser.getHeaderNames();
      }
    } catch (java.nio.file.NoSuchFileException e) {
      return false; // caught while the tool swaps the file: try again, as a person would
    }
    StringBuilder out = new StringBuilder();
    var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.RFC4180);
    printer.printRecord(header);
    for (int i = 0; i < rows.size(); i++) {
      List<String> cells = new ArrayList<>(rows.get(i).toList());
      if (i == 0) {
        cells.set(header.indexOf("answer"), answer);
        cells.set(header.indexOf("comment"), comment);
        cells.set(header.indexOf("reviewer"), "researcher");
      }
      printer.printRecord(cells);
    }
    printer.flush();
    Path tmp = answers.resolveSibling("~lock.answers.csv.tmp");
    Files.writeString(tmp, out, UTF_8);
    Files.move(tmp, answers, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return true;
  }

  private static List<org.apache.commons.csv.CSVRecord> read(Path answers) throws java.io.IOException {
    try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().build()
        .parse(Files.newBufferedReader(answers))) {
      return parser.getRecords();
    }
  }

  private List<String> leftovers() throws java.io.IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  private static Path answersFixture() {
    return CAMBODIA_ANSWERS;
  }

  static String firstLine(String text) {
    return text.lines().findFirst().orElse("");
  }

  static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }
}
