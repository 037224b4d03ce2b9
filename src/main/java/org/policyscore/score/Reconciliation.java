package org.policyscore.score;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyscore.InvalidInputException;

/**
 * The final answers after a second review: the first researcher's file, with each element
 * both reviewed alike as the first researcher wrote it, each disagreement as the reconciler
 * decided it, and each element only one of them reviewed as that one answered it. The tool's
 * columns come from the first file. Nothing is guessed: a disagreement without a decision
 * stops it.
 */
public final class Reconciliation {
  private Reconciliation() {}

  /**
   * @param decisionsFile where {@code decisions} were read, for messages
   * @throws InvalidInputException naming each disagreement the reconciler has not decided, and
   *     each decision for an element the first file does not have
   */
  public static List<AnswerRow> apply(List<AnswerRow> first, List<AnswerRow> second,
      List<DisagreementsCsv.Decision> decisions, Path decisionsFile) throws InvalidInputException {
    Map<AnswerRow.Key, DisagreementsCsv.Decision> decided = new HashMap<>();
    decisions.forEach(d -> decided.put(d.key(), d));
    List<InvalidInputException> problems = new ArrayList<>();
    Map<AnswerRow.Key, AnswerRow> firstResolved = byKey(SharedAnswers.resolve(first));
    Map<AnswerRow.Key, AnswerRow> secondResolved = byKey(SharedAnswers.resolve(second));
    for (Agreement.Disagreement d : Agreement.compare(first, second).disagreements()) {
      DisagreementsCsv.Decision decision = decided.get(d.key());
      if (decision == null || !decision.decided()) {
        problems.add(new InvalidInputException(decisionsFile, decision == null ? 0 : decision.line(), 0,
            d.a().element() + " " + d.a().company() + " " + d.a().level().csvName()
                + (d.a().service().isEmpty() ? "" : " " + d.a().service())
                + ": the reviewers disagree and no answer (or reviewer accepting the suggestion) is given"));
      }
    }
    for (DisagreementsCsv.Decision d : decisions) {
      if (!firstResolved.containsKey(d.key())) {
        problems.add(new InvalidInputException(decisionsFile, d.line(), 1, "no row for " + d.key().element()
            + " " + d.key().company() + " " + d.key().service() + " in the first answers file"));
      }
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.all(problems);
    }
    List<AnswerRow> out = new ArrayList<>();
    java.util.Set<AnswerRow.Key> own = new java.util.HashSet<>();
    first.forEach(r -> own.add(r.key()));
    for (DisagreementsCsv.Decision d : decisions) {
      // a service the first file answered only through a row for every service
      if (d.decided() && !own.contains(d.key())) {
        out.add(firstResolved.get(d.key()).withHumanColumns(d.answer(), d.comment(), d.reviewer()).withStale(""));
      }
    }
    for (AnswerRow row : first) {
      if (row.allServices()) {
        out.add(row);
        continue;
      }
      DisagreementsCsv.Decision d = decided.get(row.key());
      AnswerRow resolved = firstResolved.get(row.key());
      AnswerRow other = secondResolved.get(row.key());
      if (d != null && d.decided()) {
        // the reconciler decided on the evidence shown now
        out.add(row.withHumanColumns(d.answer(), d.comment(), d.reviewer()).withStale(""));
      } else if (!resolved.reviewed() && other != null && other.reviewed()) {
        out.add(row.withHumanColumns(other.answer(), other.comment(), other.reviewer()).withStale(other.stale()));
      } else {
        out.add(row);
      }
    }
    out.sort(AnswerMerge.ORDER);
    return out;
  }

  /**
   * Reads the three files, reconciles them and writes the final answers to {@code into}, which
   * must be a new file or one without anything a person wrote (the tool's suggestions for the
   * year): a person's answers are never written over.
   *
   * @return the rows written
   * @throws java.nio.file.FileAlreadyExistsException when {@code into} holds a person's answers,
   *     or is one of the files read
   */
  public static List<AnswerRow> writeInto(Path into, Path first, Path second, Path decisions,
      org.policyscore.catalog.Catalog catalog) throws InvalidInputException, java.io.IOException {
    Path target = into.toAbsolutePath().normalize();
    for (Path input : List.of(first, second, decisions)) {
      if (input.toAbsolutePath().normalize().equals(target)) {
        throw new java.nio.file.FileAlreadyExistsException(into.toString(), null,
            "is one of the files being reconciled; write the final answers to another file");
      }
    }
    org.policyscore.io.AtomicFile.Stamp read = org.policyscore.io.AtomicFile.stamp(into);
    List<AnswerRow> rows = apply(AnswersCsv.read(first, catalog), AnswersCsv.read(second, catalog),
        DisagreementsCsv.read(decisions, catalog), decisions);
    if (java.nio.file.Files.exists(into)
        && AnswersCsv.read(into, catalog).stream().anyMatch(r -> r.hasHumanInput())) {
      throw new java.nio.file.FileAlreadyExistsException(into.toString(), null,
          "holds answers a person wrote, which are never written over; write the final answers to a new file");
    }
    AnswersCsv.save(into, rows, read); // not if a person saved it since it was checked
    return rows;
  }

  private static Map<AnswerRow.Key, AnswerRow> byKey(List<AnswerRow> rows) {
    Map<AnswerRow.Key, AnswerRow> out = new HashMap<>();
    rows.forEach(r -> out.put(r.key(), r));
    return out;
  }
}
