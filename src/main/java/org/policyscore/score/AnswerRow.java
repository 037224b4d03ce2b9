package org.policyscore.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of answers.csv: one element answered at one level of one company.
 *
 * <p>The first nine columns belong to the tool (it rewrites them on every run); {@code
 * answer}, {@code comment} and {@code reviewer} belong to the researcher and are kept exactly
 * as written, character for character, which is why {@code answer} is the text the person
 * typed ("Yes", "ndf") and not a parsed value.
 *
 * @param service empty for the group and opcom levels
 * @param indicator canonical indicator id ({@code F1a})
 * @param element canonical element id ({@code F1a.2})
 * @param suggested the tool's answer, if it made one
 * @param evidence the quote(s) the suggestion relied on
 * @param document the document the evidence is from
 * @param snapshot SHA-256 prefix of the snapshot the evidence is from
 * @param answer the researcher's answer as written, or empty
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
    String answer,
    String comment,
    String reviewer) {

  public static final List<String> HEADER = List.of(
      "company", "level", "service", "indicator", "element", "suggested", "evidence", "document",
      "snapshot", "answer", "comment", "reviewer");

  /** Columns 9-11: written back exactly as read, never neutralised or changed. */
  public static final int FIRST_HUMAN_COLUMN = 9;

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
    Objects.requireNonNull(answer);
    Objects.requireNonNull(comment);
    Objects.requireNonNull(reviewer);
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

  /** The researcher's answer when given, else the tool's suggestion. */
  public Optional<Answer> effectiveAnswer() {
    return answer.isBlank() ? suggested : Answer.parse(answer);
  }

  /** Scored from a suggestion no person has confirmed. */
  public boolean unreviewed() {
    return answer.isBlank() && suggested.isPresent();
  }

  public boolean hasHumanInput() {
    return !answer.isEmpty() || !comment.isEmpty() || !reviewer.isEmpty();
  }

  public AnswerRow withToolColumnsOf(AnswerRow fresh) {
    return new AnswerRow(company, level, service, fresh.indicator, element, fresh.suggested,
        fresh.evidence, fresh.document, fresh.snapshot, answer, comment, reviewer);
  }

  List<String> cells() {
    return List.of(company, level.csvName(), service, indicator, element,
        suggested.map(Answer::csvName).orElse(""), evidence, document, snapshot, answer, comment,
        reviewer);
  }
}
