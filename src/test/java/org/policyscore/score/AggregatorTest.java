package org.policyscore.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.CanonicalId;
import org.policyscore.catalog.CompanyType;

/** RDR's arithmetic on small, hand-made answer sets, one rule at a time. */
class AggregatorTest {
  private final Aggregator aggregator = new Aggregator(TestCatalog.rdr2020());

  private static AnswerRow row(String level, String service, String element, String answer) {
    return new AnswerRow("Acme", Level.parse(level).orElseThrow(), service, CanonicalId.indicatorOf(element),
        element, Optional.empty(), "", "", "", answer, "", "");
  }

  /** Answers every element of an indicator at one level with the same answer. */
  private static List<AnswerRow> all(String level, String service, String indicator, int elements, String answer) {
    List<AnswerRow> rows = new ArrayList<>();
    for (int i = 1; i <= elements; i++) {
      rows.add(row(level, service, indicator + "." + i, answer));
    }
    return rows;
  }

  private OptionalDouble score(List<AnswerRow> rows, ScoringMode mode, String service, String id) {
    return score(rows, CompanyType.TELECOM, mode, service, id);
  }

  private OptionalDouble score(List<AnswerRow> rows, CompanyType type, ScoringMode mode, String service, String id) {
    return aggregator.aggregate(new AnswerSet(rows, CompanyTypes.all(type)), mode, List.of()).scores().stream()
        .filter(r -> r.service().equals(service) && r.id().equals(id))
        .map(ScoreRow::score).findFirst().orElseThrow(() -> new AssertionError("no score for " + id));
  }

  private static void assertScore(OptionalDouble actual, double expected) {
    assertThat(actual).isPresent();
    assertThat(actual.getAsDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void allElementsNotApplicableGiveNaAndDropOutOfFamilyAndTotal() {
    List<AnswerRow> rows = new ArrayList<>();
    rows.addAll(all("service", "mobile", "F1a", 3, "N/A"));
    rows.addAll(all("service", "mobile", "F1b", 4, "yes"));
    assertThat(score(rows, ScoringMode.RDR_INDEX, "", "F1a")).isEmpty();
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "F1"), 100); // not (NA counted as 0) 50
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "total"), 100);
    assertThat(score(rows, ScoringMode.PER_SERVICE, "mobile", "F1a")).isEmpty();
  }

  @Test
  void reversedElementsScoreYesAsZeroAndNoAsHundred() {
    List<AnswerRow> yes = List.of(row("service", "mobile", "F9.1", "no"), row("service", "mobile", "F9.2", "yes"));
    assertScore(score(yes, ScoringMode.RDR_INDEX, "", "F9"), 0);
    List<AnswerRow> no = List.of(row("service", "mobile", "F9.1", "no"), row("service", "mobile", "F9.2", "no"));
    assertScore(score(no, ScoringMode.RDR_INDEX, "", "F9"), 50);
    List<AnswerRow> ndf = List.of(row("service", "mobile", "F11.1", "no disclosure found"));
    assertScore(score(ndf, ScoringMode.RDR_INDEX, "", "F11"), 0);
    List<AnswerRow> partial = List.of(row("service", "mobile", "F11.1", "partial"));
    assertScore(score(partial, ScoringMode.RDR_INDEX, "", "F11"), 50);
  }

  @Test
  void fullScopeWithoutOpcomIsMeanOfGroupAndServices() {
    // G2 has full scope: mean(group, opcom, services); with no opcom, mean(group, services).
    List<AnswerRow> rows = new ArrayList<>();
    rows.addAll(all("group", "", "G2", 6, "yes"));
    rows.addAll(all("service", "broadband", "G2", 6, "no"));
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "G2"), 50);
    rows.addAll(all("opcom", "", "G2", 6, "partial"));
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "G2"), 50);
    rows.removeIf(r -> r.level() == Level.OPCOM);
    rows.addAll(all("opcom", "", "G2", 6, "N/A"));
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "G2"), 50);
  }

  @Test
  void companyScopeIgnoresServices() {
    List<AnswerRow> rows = new ArrayList<>();
    rows.addAll(all("group", "", "G1", 3, "yes"));
    rows.addAll(all("opcom", "", "G1", 3, "partial"));
    rows.addAll(all("service", "mobile", "G1", 3, "no"));
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "G1"), 75);
  }

  @Test
  void prepaidAndPostpaidAreFoldedIntoMobileBeforeAveragingWithBroadband() {
    List<AnswerRow> rows = new ArrayList<>();
    rows.addAll(all("service", "prepaid", "F1a", 3, "yes"));
    rows.addAll(all("service", "postpaid", "F1a", 3, "no"));
    rows.addAll(all("service", "broadband", "F1a", 3, "yes"));
    // mean(mean(100, 0), 100) = 75, not mean(100, 0, 100) = 66.67
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "F1a"), 75);
  }

  @Test
  void mobileOnlyCompanyScoresItsMobileServices() {
    List<AnswerRow> rows = new ArrayList<>();
    rows.addAll(all("service", "prepaid", "F1a", 3, "yes"));
    rows.addAll(all("service", "postpaid", "F1a", 3, "partial"));
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "F1a"), 75);
    List<AnswerRow> prepaidOnly = all("service", "prepaid", "P1a", 3, "partial");
    assertScore(score(prepaidOnly, ScoringMode.RDR_INDEX, "", "P1a"), 50);
  }

  @Test
  void aServiceMissingForOneIndicatorLeavesTheOthersToScoreIt() {
    List<AnswerRow> rows = new ArrayList<>();
    rows.addAll(all("service", "mobile", "F1a", 3, "yes"));
    rows.addAll(all("service", "broadband", "F1a", 3, "no"));
    rows.addAll(all("service", "mobile", "P1a", 3, "partial")); // no broadband answers for P1a
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "F1a"), 50);
    assertScore(score(rows, ScoringMode.RDR_INDEX, "", "P1a"), 50);
    assertScore(score(rows, ScoringMode.PER_SERVICE, "mobile", "P1a"), 50);
    assertThat(score(rows, ScoringMode.PER_SERVICE, "broadband", "P1a")).isEmpty();
  }

  @Test
  void totalIsTheMeanOfFamilyLevelIndicatorsNotOfCategories() {
    List<AnswerRow> rows = new ArrayList<>();
    rows.addAll(all("group", "", "G1", 3, "yes"));           // G: 100 (one family-level indicator)
    rows.addAll(all("service", "mobile", "F1a", 3, "no"));   // F: 0, 0 (two)
    rows.addAll(all("service", "mobile", "F9", 3, "N/A"));   // NA: left out
    rows.add(row("service", "mobile", "F10.1", "no"));
    Map<String, OptionalDouble> s = new java.util.HashMap<>();
    aggregator.aggregate(new AnswerSet(rows, CompanyTypes.all(CompanyType.TELECOM)), ScoringMode.RDR_INDEX, List.of())
        .scores().forEach(r -> s.put(r.kind().csvName() + ":" + r.id(), r.score()));
    assertScore(s.get("category:G"), 100);
    assertScore(s.get("category:F"), 0);
    assertThat(s.get("category:P")).isEmpty();
    assertScore(s.get("total:total"), 100.0 / 3); // mean(100, 0, 0), not mean(100, 0) = 50
  }

  @Test
  void companyTypeDecidesWhichElementsAndIndicatorsApply() {
    // P1a.4 is for mobile ecosystems: not part of P1a for a telco; F9 is for telcos only.
    List<AnswerRow> rows = new ArrayList<>(all("service", "mobile", "P1a", 3, "yes"));
    rows.add(row("service", "mobile", "P1a.4", "no"));
    rows.add(row("service", "mobile", "F9.1", "yes"));
    assertScore(score(rows, CompanyType.TELECOM, ScoringMode.RDR_INDEX, "", "P1a"), 100);
    assertScore(score(rows, CompanyType.INTERNET, ScoringMode.RDR_INDEX, "", "P1a"), 75);
    assertScore(score(rows, CompanyType.TELECOM, ScoringMode.RDR_INDEX, "", "F9"), 100);
    assertThat(score(rows, CompanyType.INTERNET, ScoringMode.RDR_INDEX, "", "F9")).isEmpty();
  }

  @Test
  void theResearchersAnswerWinsOverTheSuggestionAndUnreviewedAreCounted() {
    AnswerRow suggestedOnly = AnswerRow.suggestion("Acme", Level.SERVICE, "mobile", "F1a", "F1a.1",
        Answer.PARTIAL, "quote", "terms", "abc123");
    AnswerRow overridden = CambodiaPerServiceTest.withAnswer(AnswerRow.suggestion("Acme", Level.SERVICE,
        "mobile", "F1a", "F1a.2", Answer.NO, "", "terms", "abc123"), "Yes");
    AnswerRow empty = row("service", "mobile", "F1a.3", "");
    Aggregation a = aggregator.aggregate(new AnswerSet(List.of(suggestedOnly, overridden, empty),
        CompanyTypes.all(CompanyType.TELECOM)), ScoringMode.PER_SERVICE, List.of());
    // F1a.3 has neither answer nor suggestion: F1a has no score yet (not the 75 of the other two)
    ScoreRow f1a = a.scores().get(0);
    assertThat(f1a.score()).isEmpty();
    assertThat(f1a.incomplete()).isTrue();
    assertThat(f1a.basis()).isEqualTo(new ScoreBasis(1, 3, false)); // only "Yes" is a person's
    assertThat(f1a.draft()).isTrue();
    assertThat(a.answered()).isEqualTo(2);
    assertThat(a.unreviewed()).isEqualTo(1);
    assertThat(a.unanswered()).isEqualTo(1);
  }

  @Test
  void aFamilyInTheSubsetStandsForItsSubIndicators() {
    List<AnswerRow> rows = new ArrayList<>(all("service", "mobile", "F1a", 3, "yes"));
    List<ScoreRow> scores = aggregator.aggregate(new AnswerSet(rows, CompanyTypes.all(CompanyType.TELECOM)),
        ScoringMode.PER_SERVICE, List.of("F1")).scores();
    assertThat(scores).extracting(ScoreRow::id).containsExactly("F1a", "F1b", "F1c", "F1d");
    assertThatThrownBy(() -> aggregator.aggregate(new AnswerSet(rows, CompanyTypes.all(CompanyType.TELECOM)),
        ScoringMode.PER_SERVICE, List.of("X99"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rdrIndexModeWritesEveryIndicatorFamilyCategoryAndTotalPerCompany() {
    List<ScoreRow> scores = aggregator.aggregate(new AnswerSet(all("service", "mobile", "F1a", 3, "yes"),
        CompanyTypes.all(CompanyType.TELECOM)), ScoringMode.RDR_INDEX, List.of()).scores();
    assertThat(scores).filteredOn(r -> r.kind() == ScoreKind.INDICATOR).hasSize(58);
    assertThat(scores).filteredOn(r -> r.kind() == ScoreKind.FAMILY).hasSize(12);
    assertThat(scores).filteredOn(r -> r.kind() == ScoreKind.CATEGORY).extracting(ScoreRow::id).containsExactly("G", "F", "P");
    assertThat(scores).filteredOn(r -> r.kind() == ScoreKind.TOTAL).hasSize(1);
    assertThat(scores).allMatch(r -> r.service().isEmpty());
  }
}
