package org.policyscore.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.CompanyType;

/**
 * A person's review across re-runs: accepting a suggestion, evidence changing under a reviewed
 * answer (marked stale, the answer never touched), and clearing the mark after a second look.
 */
class ReviewCycleTest {
  private static final String V1 = "privacy en 20260105T080000Z; privacy km 20260105T080000Z";
  private static final String V2 = "privacy en 20260601T080000Z; privacy km 20260105T080000Z";

  private static AnswerRow fresh(String element, Answer a, String evidence, String texts) {
    return new AnswerRow("acme", Level.SERVICE, "mobile", element.substring(0, element.indexOf('.')), element,
        Optional.of(a), evidence, evidence.isEmpty() ? "" : "privacy", "", texts, "", "", "", "");
  }

  private static AnswerRow only(List<AnswerRow> rows, String element) {
    return rows.stream().filter(r -> r.element().equals(element)).findFirst().orElseThrow();
  }

  @Test
  void aReviewerWithNoAnswerAcceptsTheSuggestionAndKeepsItWhenTheSuggestionChanges() {
    List<AnswerRow> first = AnswerMerge.merge(List.of(fresh("P4.3", Answer.PARTIAL,
        "[privacy en 10-60] We may disclose your data to the police.", V1)), List.of()).rows();
    AnswerRow accepted = first.get(0).withHumanColumns("", "", "Dara");
    assertThat(accepted.accepted()).isTrue();
    assertThat(accepted.confirmed()).isTrue();
    assertThat(accepted.effectiveAnswer()).contains(Answer.PARTIAL);

    // v2 of the notice drops the sentence: the tool now suggests no disclosure found
    AnswerMerge.Result second = AnswerMerge.merge(List.of(fresh("P4.3", Answer.NO_DISCLOSURE_FOUND, "", V2)),
        List.of(accepted));
    AnswerRow row = second.rows().get(0);
    assertThat(row.suggested()).contains(Answer.NO_DISCLOSURE_FOUND);
    assertThat(row.stale()).isEqualTo("""
        accepted: partial
        suggestion changed: partial -> no disclosure found
        new text version: privacy en 20260601T080000Z (was 20260105T080000Z)
        quote gone: privacy en: We may disclose your data to the police.""");
    assertThat(second.newlyStale()).containsExactly(row);
    // what Dara accepted still counts, but no longer as reviewed: the score is a draft again
    assertThat(row.effectiveAnswer()).contains(Answer.PARTIAL);
    assertThat(row.needsReview()).isTrue();
    assertThat(row.unreviewed()).isTrue();
    assertThat(row.reviewer()).isEqualTo("Dara");
    assertThat(row.answer()).isEmpty();

    // a re-run with the same evidence changes nothing
    assertThat(AnswerMerge.merge(List.of(fresh("P4.3", Answer.NO_DISCLOSURE_FOUND, "", V2)), second.rows()).rows())
        .isEqualTo(second.rows());

    // Dara looks again and empties the cell: she accepts what is suggested now
    AnswerRow cleared = row.withStale("");
    assertThat(cleared.effectiveAnswer()).contains(Answer.NO_DISCLOSURE_FOUND);
    assertThat(cleared.confirmed()).isTrue();
  }

  @Test
  void aReviewedNoDisclosureFoundIsFlaggedWhenANewVersionAddsTheClauseAndTheAnswerStays() {
    AnswerRow reviewed = fresh("P4.4", Answer.NO_DISCLOSURE_FOUND, "", V1).withHumanColumns("no disclosure found", "read twice", "Sokha");
    AnswerRow v2 = fresh("P4.4", Answer.PARTIAL, "[privacy en 0-45] Our partners include Google LLC and Visa Inc.", V2);
    AnswerRow row = AnswerMerge.merge(List.of(v2), List.of(reviewed)).rows().get(0);
    assertThat(row.stale()).contains("quote added: privacy en: Our partners include Google LLC and Visa Inc.")
        .contains("new text version: privacy en").doesNotContain("accepted:");
    assertThat(row.answer()).isEqualTo("no disclosure found");
    assertThat(row.comment()).isEqualTo("read twice");
    assertThat(row.effectiveAnswer()).contains(Answer.NO_DISCLOSURE_FOUND);
  }

  @Test
  void onlyReviewedRowsAreMarkedAndMovedOffsetsAreNoChange() {
    AnswerRow suggestion = fresh("P4.4", Answer.NO_DISCLOSURE_FOUND, "", V1);
    AnswerRow moved = fresh("P4.3", Answer.PARTIAL, "[privacy en 10-60] We may disclose your data to the police.", V1)
        .withHumanColumns("partial", "", "Dara");
    AnswerRow movedNow = fresh("P4.3", Answer.PARTIAL, "[privacy en 110-160] We may disclose your data to the police.", V1);
    AnswerMerge.Result r = AnswerMerge.merge(List.of(fresh("P4.4", Answer.PARTIAL, "[privacy en 0-9] New text.", V2), movedNow),
        List.of(suggestion, moved));
    assertThat(r.rows()).allMatch(row -> row.stale().isEmpty());
    assertThat(r.newlyStale()).isEmpty();
  }

  @Test
  void filesWrittenBeforeTheTextsColumnAreNotAllFlaggedOnTheFirstRun() {
    AnswerRow old = new AnswerRow("acme", Level.SERVICE, "mobile", "P4", "P4.4", Optional.of(Answer.NO_DISCLOSURE_FOUND),
        "", "", "", "no", "", "Dara");
    AnswerRow row = AnswerMerge.merge(List.of(fresh("P4.4", Answer.NO_DISCLOSURE_FOUND, "", V1)), List.of(old)).rows().get(0);
    assertThat(row.stale()).isEmpty();
    assertThat(row.texts()).isEqualTo(V1);
  }

  @Test
  void oneAnswerForEveryServiceHoldsUnlessAServiceSaysOtherwise() {
    List<AnswerRow> rows = new ArrayList<>();
    for (String service : List.of("mobile", "broadband")) {
      for (int i = 1; i <= 3; i++) {
        rows.add(AnswerRow.suggestion("acme", Level.SERVICE, service, "F1a", "F1a." + i, Answer.NO_DISCLOSURE_FOUND, "", "", ""));
      }
    }
    rows.add(new AnswerRow("acme", Level.SERVICE, "*", "F1a", "F1a.1", Optional.empty(), "", "", "", "yes", "one page for all", "Dara"));
    rows.add(new AnswerRow("acme", Level.SERVICE, "*", "F1a", "F1a.2", Optional.empty(), "", "", "", "partial", "", "Dara"));
    // broadband's F1a.2 was answered on its own row: that answer stands
    rows.replaceAll(r -> r.service().equals("broadband") && r.element().equals("F1a.2") ? r.withHumanColumns("no", "", "Sokha") : r);

    List<AnswerRow> resolved = SharedAnswers.resolve(rows);
    assertThat(resolved).noneMatch(AnswerRow::allServices).hasSize(6);
    assertThat(resolved).filteredOn(r -> r.element().equals("F1a.1")).allMatch(r -> r.answer().equals("yes") && r.confirmed());
    assertThat(resolved).filteredOn(r -> r.element().equals("F1a.2"))
        .extracting(r -> r.service() + "=" + r.answer()).containsExactly("broadband=no", "mobile=partial");

    Aggregation a = new Aggregator(TestCatalog.rdr2020()).aggregate(
        new AnswerSet(rows, CompanyTypes.all(CompanyType.TELECOM)), ScoringMode.PER_SERVICE, List.of("F1a"));
    // mobile: yes 100, partial 50, ndf 0 -> 50 (2 of 3 reviewed); broadband: 100, 0, 0 -> 33.33
    assertThat(a.scores()).extracting(r -> r.service() + " " + ScoresCsv.format(r.score()) + " " + r.basis().reviewedText())
        .containsExactly("broadband 33.33 2/3", "mobile 50.00 2/3");
  }

  @Test
  void aSharedAnswerIsMarkedStaleWhenTheEvidenceOfAServiceItAnswersForChanges() {
    AnswerRow mobile = fresh("P4.4", Answer.NO_DISCLOSURE_FOUND, "", V1);
    AnswerRow shared = new AnswerRow("acme", Level.SERVICE, "*", "P4", "P4.4", Optional.empty(), "", "", "", "no", "", "Dara");
    AnswerMerge.Result r = AnswerMerge.merge(
        List.of(fresh("P4.4", Answer.PARTIAL, "[privacy en 0-9] Partners.", V2)), List.of(mobile, shared));
    AnswerRow after = only(r.rows().stream().filter(AnswerRow::allServices).toList(), "P4.4");
    assertThat(after.stale()).contains("mobile: quote added: privacy en: Partners.").contains("mobile: new text version");
    assertThat(after.answer()).isEqualTo("no");
    assertThat(r.stale()).containsExactly(after);
  }
}
