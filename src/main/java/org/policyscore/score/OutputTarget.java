package org.policyscore.score;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.policyscore.InvalidInputException;
import org.policyscore.io.CsvTable;

/**
 * Where an {@code --out} may write: a new file, an empty one, or one the same command wrote
 * before that nobody has written in since. Never a file the command reads, and never one that
 * holds anything else (an answers.csv, a study, notes, a reconciler's decisions): those are
 * people's work, and the output would replace them.
 */
public final class OutputTarget {
  private OutputTarget() {}

  /** For {@code aggregate --out}: a scores file (published or computed) may be replaced. */
  public static Optional<String> forScores(Path out, List<Path> inputs) throws IOException {
    return refusal(out, inputs, ScoresCsv.PUBLISHED_HEADER, "scores", false);
  }

  /** For {@code agree --out}: earlier disagreements may be replaced until someone decided any. */
  public static Optional<String> forDisagreements(Path out, List<Path> inputs) throws IOException {
    return refusal(out, inputs, DisagreementsCsv.HEADER, "disagreements", true);
  }

  private static Optional<String> refusal(Path out, List<Path> inputs, List<String> header, String kind,
      boolean decisionsAreWork) throws IOException {
    if (!Files.exists(out)) {
      return Optional.empty();
    }
    if (Files.isDirectory(out)) {
      return Optional.of(out + " is a folder; give a file name, e.g. " + out.resolve(kind + ".csv"));
    }
    for (Path input : inputs) {
      if (input != null && Files.exists(input) && Files.isSameFile(out, input)) {
        return Optional.of("--out is " + input + ", a file this command reads: the " + kind + " would replace it;"
            + " write them to another file, e.g. " + kind + ".csv");
      }
    }
    String head = firstLine(out);
    if (head.isBlank()) {
      return Optional.empty();
    }
    if (!head.replace("\"", "").replace(" ", "").startsWith(String.join(",", header))) {
      String what = head.contains("answer") && head.contains("element") ? "holds answers" : "is not a " + kind + " file";
      return Optional.of(out + " " + what + " (its first line is '" + abbreviate(head) + "'); policyscore never"
          + " writes over a file it did not make: choose a new file name");
    }
    if (decisionsAreWork && someoneDecided(out, header)) {
      return Optional.of(out + " holds decisions a person wrote (answer, comment or reviewer filled in); they are"
          + " never written over: choose a new file name");
    }
    return Optional.empty(); // what this command wrote before: replacing it is what was asked
  }

  /** Whether any of the last three columns (answer, comment, reviewer) holds anything. */
  private static boolean someoneDecided(Path file, List<String> header) throws IOException {
    try {
      for (CsvTable.Row row : CsvTable.read(file).rows()) {
        for (int c = header.size() - 3; c < header.size(); c++) {
          if (!row.cell(c).isBlank()) {
            return true;
          }
        }
      }
      return false;
    } catch (InvalidInputException e) {
      return true; // cannot tell: a person may have written in it
    }
  }

  private static String firstLine(Path file) throws IOException {
    byte[] start;
    try (InputStream in = Files.newInputStream(file)) {
      start = in.readNBytes(4096);
    }
    String text = new String(start, StandardCharsets.UTF_8).replace("\uFEFF", "");
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }

  private static String abbreviate(String line) {
    String printable = line.replaceAll("\\p{Cntrl}", "?");
    return printable.length() <= 60 ? printable : printable.substring(0, 57) + "...";
  }
}
