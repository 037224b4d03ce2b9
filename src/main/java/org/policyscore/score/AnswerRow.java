package org.policyscore.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of answers.csv: one element answered at one level of one company.
 *
 * <p>The tool owns {@code indicator} to {@code snapshot}, {@code texts} and {@code stale}
 * (it rewrites them on every run); {@code answer}, {@code comment} and {@code reviewer} belong
 * to the researcher and are kept exactly as written, character for character, which is why
 * {@code answer} is the text the person typed ("Yes", "ndf") and not a parsed value.
 *
 * <p>A row is <em>reviewed</em> when a person gave an answer, or put their name in {@code
 * reviewer} with no answer, which accepts the suggestion as it stands. A reviewed row is
 * <em>stale</em> when the evidence behind it changed after the review ({@link Staleness}): the
 * reason is in {@code stale} until the person, having looked again, empties that cell.
 *
 * @param service empty for the group and opcom levels; {@code *} for an answer that holds for
 *     every service of the company ({@link SharedAnswers})
 * @param indicator canonical indicator id ({@code F1a})
 * @param element canonical element id ({@code F1a.2})
 * @param suggested the tool's answer, if it made one
 * @param evidence the quote(s) the suggestion relied on
 * @param document the document the evidence is from
 * @param snapshot SHA-256 prefix of the snapshot the evidence is from
 * @param answer the researcher's answer as written, or empty
 * @param texts the text versions the tool read for this element ({@code privacy en
 *     20260105T080000Z; ...}); empty when none was read or the file predates the column
 * @param stale why a person's review needs a second look; empty when it holds
 */
public record AnswerRow(
    String company,
    Level level,
    String service,
    String indicator,
    String element,
    Optional<Answer> suggested,
    String evidence,
    String document,
    String snapshot,
    String texts,
    String stale,
    String answer,
    String comment,
    String reviewer) {

  /** The columns of an answers.csv written before {@code texts} and {@code stale} existed. */
  public static final List<String> SHORT_HEADER = List.of(
      "company", "level", "service", "indicator", "element", "suggested", "evidence", "document",
      "snapshot", "answer", "comment", "reviewer");

  /** The full layout: the tool's columns, then the researcher's. */
  public static final List<String> HEADER = List.of(
      "company", "level", "service", "indicator", "element", "suggested", "evidence", "document",
      "snapshot", "texts", "stale", "answer", "comment", "reviewer");

  /** What {@code service} holds in a row that answers for every service of the company. */
  public static final String ALL_SERVICES = "*";

  public AnswerRow {
    Objects.requireNonNull(company);
    Objects.requireNonNull(level);
    Objects.requireNonNull(service);
    Objects.requireNonNull(indicator);
    Objects.requireNonNull(element);
    Objects.requireNonNull(suggested);
    Objects.requireNonNull(evidence);
    Objects.requireNonNull(document);
    Objects.requireNonNull(snapshot);
    Objects.requireNonNull(texts);
    Objects.requireNonNull(stale);
    Objects.requireNonNull(answer);
    Objects.requireNonNull(comment);
    Objects.requireNonNull(reviewer);
  }

  /** A row of the short layout (no texts read recorded, nothing stale). */
  public AnswerRow(String company, Level level, String service, String indicator, String element,
      Optional<Answer> suggested, String evidence, String document, String snapshot, String answer,
      String comment, String reviewer) {
    this(company, level, service, indicator, element, suggested, evidence, document, snapshot, "",
        "", answer, comment, reviewer);
  }

  /** A fresh suggestion from the tool: human columns empty. */
  public static AnswerRow suggestion(String company, Level level, String service, String indicator,
      String element, Answer suggested, String evidence, String document, String snapshot) {
    return new AnswerRow(company, level, service, indicator, element, Optional.of(suggested),
        evidence, document, snapshot, "", "", "");
  }

  /** What a row is the answer to: unique within a file. */
  public record Key(String company, Level level, String service, String element) {}

  public Key key() {
    return new Key(company, level, service, element);
  }

  /** Answers for every service of its company (service {@code *}). */
  public boolean allServices() {
    return service.equals(ALL_SERVICES);
  }

  /** A person put their name to the suggestion without answering: they accept it as it stands. */
  public boolean accepted() {
    return answer.isBlank() && !reviewer.isBlank()
        && (suggested.isPresent() || Staleness.acceptedIn(stale).isPresent());
  }

  /** A person answered, or accepted the suggestion. */
  public boolean reviewed() {
    return !answer.isBlank() || accepted();
  }

  /** Reviewed, and the evidence changed since: the review needs a second look. */
  public boolean needsReview() {
    return reviewed() && !stale.isBlank();
  }

  /** Reviewed, and nothing has put the review in doubt since. */
  public boolean confirmed() {
    return reviewed() && stale.isBlank();
  }

  /**
   * The answer that counts: the researcher's when given; for an accepted suggestion, the
   * suggestion that was accepted (kept in {@code stale} when the suggestion changed after); else
   * the tool's suggestion. Empty when there is none of these.
   */
  public Optional<Answer> effectiveAnswer() {
    if (!answer.isBlank()) {
      return Answer.parse(answer);
    }
    if (accepted()) {
      Optional<Answer> kept = Staleness.acceptedIn(stale);
      if (kept.isPresent()) {
        return kept;
      }
    }
    return suggested;
  }

  /** Scored from an answer no person has confirmed (a suggestion, or a stale review). */
  public boolean unreviewed() {
    return effectiveAnswer().isPresent() && !confirmed();
  }

  public boolean hasHumanInput() {
    return !answer.isEmpty() || !comment.isEmpty() || !reviewer.isEmpty();
  }

  /** This row with the tool's columns of {@code fresh}; the person's columns and {@code stale} kept. */
  public AnswerRow withToolColumnsOf(AnswerRow fresh) {
    return new AnswerRow(company, level, service, fresh.indicator, element, fresh.suggested,
        fresh.evidence, fresh.document, fresh.snapshot, fresh.texts, stale, answer, comment,
        reviewer);
  }

  /** This row with the person's columns given (as a person would type them into the file). */
  public AnswerRow withHumanColumns(String answer, String comment, String reviewer) {
    return new AnswerRow(company, level, service, indicator, element, suggested, evidence,
        document, snapshot, texts, stale, answer, comment, reviewer);
  }

  public AnswerRow withStale(String stale) {
    return new AnswerRow(company, level, service, indicator, element, suggested, evidence,
        document, snapshot, texts, stale, answer, comment, reviewer);
  }

  /** The row's cells in the full layout, or the short one (no texts, no stale). */
  List<String> cells(boolean full) {
    List<String> cells = new ArrayList<>(List.of(company, level.csvName(), service, indicator,
        element, suggested.map(Answer::csvName).orElse(""), evidence, document, snapshot));
    if (full) {
      cells.add(texts);
      cells.add(stale);
    }
    cells.addAll(List.of(answer, comment, reviewer));
    return cells;
  }
}
