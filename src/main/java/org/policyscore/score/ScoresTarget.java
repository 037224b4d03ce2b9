package org.policyscore.score;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code aggregate --out} may write scores: a new file, an empty one, or an earlier
 * scores file. Never the answers it reads, and never a file that holds anything else (an
 * answers.csv, a study, notes): those are people's work, and scores would replace them.
 */
public final class ScoresTarget {
  private ScoresTarget() {}

  /** Why {@code out} must not be written, or empty when it may. */
  public static Optional<String> refusal(Path out, Path answers) throws IOException {
    if (!Files.exists(out)) {
      return Optional.empty();
    }
    if (Files.isDirectory(out)) {
      return Optional.of(out + " is a folder; give a file name, e.g. " + out.resolve("scores.csv"));
    }
    if (Files.exists(answers) && Files.isSameFile(out, answers)) {
      return Optional.of("--out is the answers file it reads (" + answers + "): scores would replace the answers;"
          + " write them to another file, e.g. scores.csv");
    }
    String head = firstLine(out);
    if (head.isBlank() || head.replace("\"", "").replace(" ", "").startsWith(String.join(",", ScoresCsv.HEADER))) {
      return Optional.empty(); // empty, or scores written before: replacing them is what was asked
    }
    String what = head.contains("answer") && head.contains("element") ? "holds answers" : "is not a scores file";
    return Optional.of(out + " " + what + " (its first line is '" + abbreviate(head) + "'); policyscore never"
        + " writes over a file it did not make: choose a new file name");
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
