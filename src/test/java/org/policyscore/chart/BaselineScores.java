package org.policyscore.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/**
 * Test-only reader for the shipped baseline {@code reports/cambodia/2022/scores.csv} (plain
 * rows, no quoting), until the scoring branch's reader is merged; main code never parses it.
 */
final class BaselineScores {
  static final Path FILE = Path.of("reports", "cambodia", "2022", "scores.csv");

  private BaselineScores() {}

  static List<ScoreRow> read() throws IOException {
    List<ScoreRow> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      OptionalDouble score = f[4].equals("NA") ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(f[4]));
      rows.add(new ScoreRow(f[0], f[1], ScoreKind.parse(f[2]).orElseThrow(), f[3], score));
    }
    return rows;
  }
}
