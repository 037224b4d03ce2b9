package org.policyscore.score;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Category;
import org.policyscore.catalog.Indicator;

/** Scores as a plain-text table for the terminal: one block per company (and service). */
public final class ScoreTable {
  private ScoreTable() {}

  public static String render(List<ScoreRow> scores, Catalog catalog) {
    StringBuilder out = new StringBuilder();
    String block = null;
    for (ScoreRow r : scores.stream().sorted(ScoresCsv.ORDER).toList()) {
      String heading = r.company() + (r.service().isEmpty() ? "" : " | " + r.service());
      if (!Objects.equals(heading, block)) {
        if (block != null) {
          out.append('\n');
        }
        out.append(heading).append('\n');
        block = heading;
      }
      boolean sub = r.kind() == ScoreKind.INDICATOR
          && catalog.indicator(r.id()).flatMap(Indicator::parent).isPresent();
      out.append(String.format(Locale.ROOT, "  %-7s %-62s %6s%n", sub ? "  " + r.id() : r.id(),
          truncate(title(r, catalog), 62), ScoresCsv.format(r.score())));
    }
    return out.toString();
  }

  private static String title(ScoreRow r, Catalog catalog) {
    return switch (r.kind()) {
      case INDICATOR, FAMILY -> catalog.indicator(r.id()).map(Indicator::title).orElse("");
      case CATEGORY -> Category.parse(r.id()).map(Category::title).orElse("");
      case TOTAL -> "Total";
    };
  }

  private static String truncate(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
