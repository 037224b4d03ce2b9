package org.policyscore.chart;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policyscore.InvalidInputException;
import org.policyscore.score.ScoreRow;

/**
 * Sizes beyond which a chart says nothing a reader could see (and drawing it would take
 * minutes): refused at once, naming the file. A scorecard compares a few dozen companies on a
 * few services; RDR's largest index had 26 companies, 58 indicators and 6 services each.
 */
final class ChartLimits {
  static final int MAX_COMPANIES = 100;
  static final int MAX_SERVICES = 30;
  static final int MAX_INDICATORS = 400;

  private ChartLimits() {}

  static void check(Path scoresFile, List<ScoreRow> rows) throws InvalidInputException {
    Set<String> companies = new HashSet<>();
    Set<String> services = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (ScoreRow r : rows) {
      companies.add(r.company());
      if (!r.service().isEmpty()) {
        services.add(r.service());
      }
      ids.add(r.id());
    }
    require(scoresFile, companies.size(), MAX_COMPANIES, "companies");
    require(scoresFile, services.size(), MAX_SERVICES, "services");
    require(scoresFile, ids.size(), MAX_INDICATORS, "indicators and other scores");
  }

  private static void require(Path file, int count, int max, String what) throws InvalidInputException {
    if (count > max) {
      throw new InvalidInputException(file, String.format(java.util.Locale.ROOT,
          "%,d %s; a chart can show at most %,d (is this a scores file of a scorecard?)", count, what, max));
    }
  }
}
