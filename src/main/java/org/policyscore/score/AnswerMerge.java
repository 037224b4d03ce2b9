package org.policyscore.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CanonicalId;
import org.policyscore.io.AtomicFile;

/**
 * Merges the tool's fresh suggestions into an existing answers.csv without losing anything a
 * person wrote. Rows are matched by (company, level, service, element). For a matched row the
 * tool's columns (indicator, suggested, evidence, document, snapshot) are replaced and the
 * researcher's ({@code answer}, {@code comment}, {@code reviewer}) kept exactly; rows the tool
 * no longer suggests are kept as they are; new suggestions are added. The result is sorted, so
 * merging the same suggestions again gives the same bytes.
 */
public final class AnswerMerge {

  /** The order of rows in a written answers.csv. */
  public static final Comparator<AnswerRow> ORDER = Comparator.comparing(AnswerRow::company)
      .thenComparing(AnswerRow::level)
      .thenComparing(AnswerRow::service)
      .thenComparing(AnswerRow::element, CanonicalId::compare);

  /** How a merge changed the file. */
  public record Result(List<AnswerRow> rows, int added, int updated, int unchanged) {}

  private AnswerMerge() {}

  /**
   * @param fresh suggestions with the tool's columns filled and the human columns empty
   * @throws IllegalArgumentException when a fresh row carries human input or a key twice
   */
  public static Result merge(List<AnswerRow> fresh, List<AnswerRow> existing) {
    Map<AnswerRow.Key, AnswerRow> byKey = new LinkedHashMap<>();
    for (AnswerRow row : existing) {
      if (byKey.put(row.key(), row) != null) {
        throw new IllegalArgumentException("existing answers hold " + row.key() + " twice");
      }
    }
    Map<AnswerRow.Key, AnswerRow> seen = new HashMap<>();
    int added = 0;
    int updated = 0;
    for (AnswerRow suggestion : fresh) {
      if (suggestion.hasHumanInput()) {
        throw new IllegalArgumentException("a fresh suggestion must leave answer, comment and reviewer empty: " + suggestion.key());
      }
      if (seen.put(suggestion.key(), suggestion) != null) {
        throw new IllegalArgumentException("suggested twice: " + suggestion.key());
      }
      AnswerRow old = byKey.get(suggestion.key());
      if (old == null) {
        byKey.put(suggestion.key(), suggestion);
        added++;
      } else {
        AnswerRow merged = old.withToolColumnsOf(suggestion);
        if (!merged.equals(old)) {
          updated++;
        }
        byKey.put(suggestion.key(), merged);
      }
    }
    List<AnswerRow> rows = new ArrayList<>(byKey.values());
    rows.sort(ORDER);
    return new Result(rows, added, updated, existing.size() - updated);
  }

  /**
   * Merges into the answers file (creating it when absent) and writes it back atomically; a
   * file that does not read is left untouched and reported.
   */
  public static Result mergeInto(Path answersFile, List<AnswerRow> fresh, Catalog catalog)
      throws InvalidInputException, IOException {
    AtomicFile.Stamp read = AtomicFile.stamp(answersFile);
    List<AnswerRow> existing = Files.exists(answersFile) ? AnswersCsv.read(answersFile, catalog) : List.of();
    Result result = merge(fresh, existing);
    // A person may save the file while we work: their save wins, and the run stops saying so.
    AtomicFile.replaceIfUnchanged(answersFile, read, AnswersCsv.write(result.rows()));
    return result;
  }
}
