package org.policyscore.chart;

import java.nio.file.Path;
import java.util.List;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;

/** The shipped 2022 Cambodia baseline, read as the tool reads any scores.csv. */
public final class Baseline {
  public static final Path SCORES = Path.of("reports", "cambodia", "2022", "scores.csv");

  private Baseline() {}

  public static List<ScoreRow> scores() throws Exception {
    return ScoresCsv.read(SCORES);
  }
}
