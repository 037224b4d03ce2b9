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
import java.util.Optional;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CanonicalId;
import org.policyscore.io.AtomicFile;

/**
 * Merges the tool's fresh suggestions into an existing answers.csv without losing anything a
 * person wrote. Rows are matched by (company, level, service, element). For a matched row the
 * tool's columns (indicator, suggested, evidence, document, snapshot, texts) are replaced and
 * the researcher's ({@code answer}, {@code comment}, {@code reviewer}) kept exactly; rows the
 * tool no longer suggests are kept as they are; new suggestions are added. The result is
 * sorted, so merging the same suggestions again gives the same bytes.
 *
 * <p>When the evidence behind a reviewed row changes, the row is marked stale ({@link
 * Staleness}); so is a row for every service ({@code *}) when the evidence of a service it
 * answers for changes.
 */
public final class AnswerMerge {

  /** The order of rows in a written answers.csv. */
  public static final Comparator<AnswerRow> ORDER = Comparator.comparing(AnswerRow::company)
      .thenComparing(AnswerRow::level)
      .thenComparing(AnswerRow::service)
      .thenComparing(AnswerRow::element, CanonicalId::compare);

  /**
   * How a merge changed the file.
   *
   * @param newlyStale rows that became stale in this merge (or got a further reason)
   */
  public record Result(List<AnswerRow> rows, int added, int updated, int unchanged, List<AnswerRow> newlyStale) {
    public Result {
      rows = List.copyOf(rows);
      newlyStale = List.copyOf(newlyStale);
    }

    /** Every row whose review needs a second look, new or not. */
    public List<AnswerRow> stale() {
      return rows.stream().filter(AnswerRow::needsReview).toList();
    }
  }

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
    // evidence changes of service rows, for the rows that answer for every service
    Map<AnswerRow.Key, List<String>> changes = new HashMap<>();
    Map<AnswerRow.Key, AnswerRow> seen = new HashMap<>();
    Map<AnswerRow.Key, AnswerRow> marked = new LinkedHashMap<>();
    int added = 0;
    int updated = 0;
    for (AnswerRow suggestion : fresh) {
      if (suggestion.hasHumanInput() || !suggestion.stale().isEmpty()) {
        throw new IllegalArgumentException("a fresh suggestion must leave answer, comment, reviewer and stale empty: " + suggestion.key());
      }
      if (seen.put(suggestion.key(), suggestion) != null) {
        throw new IllegalArgumentException("suggested twice: " + suggestion.key());
      }
      AnswerRow old = byKey.get(suggestion.key());
      if (old == null) {
        byKey.put(suggestion.key(), suggestion);
        added++;
        continue;
      }
      AnswerRow merged = old.withToolColumnsOf(suggestion);
      List<String> reasons = Staleness.changes(old, suggestion);
      changes.put(old.key(), reasons);
      if (old.reviewed() && !reasons.isEmpty()) {
        merged = merged.withStale(Staleness.mark(old.stale(), old.accepted() ? old.effectiveAnswer() : Optional.empty(), reasons));
        if (!merged.stale().equals(old.stale())) {
          marked.put(merged.key(), merged);
        }
      }
      if (!merged.equals(old)) {
        updated++;
      }
      byKey.put(suggestion.key(), merged);
    }
    for (var shared : SharedAnswers.covered(existing).entrySet()) {
      AnswerRow row = byKey.get(shared.getKey());
      List<String> reasons = new ArrayList<>();
      for (AnswerRow service : shared.getValue()) {
        changes.getOrDefault(service.key(), List.of()).forEach(r -> reasons.add(service.service() + ": " + r));
      }
      if (!reasons.isEmpty()) {
        AnswerRow merged = row.withStale(Staleness.mark(row.stale(), Optional.empty(), reasons));
        if (!merged.equals(row)) {
          byKey.put(row.key(), merged);
          marked.put(row.key(), merged);
          updated++;
        }
      }
    }
    List<AnswerRow> rows = new ArrayList<>(byKey.values());
    rows.sort(ORDER);
    return new Result(rows, added, updated, existing.size() - updated, new ArrayList<>(marked.values()));
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
    AnswersCsv.save(answersFile, result.rows(), read);
    return result;
  }
}
