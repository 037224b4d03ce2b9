package org.policyscore.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Element;
import org.policyscore.io.CsvTable;
import org.policyscore.io.CsvWriter;

/**
 * The disagreements between two researchers, as a CSV a third person reconciles: each row
 * names the element, the tool's suggestion and evidence, both researchers' answers, comments
 * and names as they wrote them, and three empty columns, {@code answer}, {@code comment} and
 * {@code reviewer}, for the reconciler's decision.
 */
public final class DisagreementsCsv {
  public static final List<String> HEADER = List.of(
      "company", "level", "service", "indicator", "element", "suggested", "evidence",
      "answer_a", "comment_a", "reviewer_a", "answer_b", "comment_b", "reviewer_b",
      "answer", "comment", "reviewer");
  private static final int ANSWER = 13;

  /** One reconciled row: the element, and the reconciler's answer, comment and name. */
  public record Decision(AnswerRow.Key key, int line, String answer, String comment, String reviewer) {
    /** The reconciler gave an answer, or put their name to the suggestion. */
    public boolean decided() {
      return !answer.isBlank() || !reviewer.isBlank();
    }
  }

  private DisagreementsCsv() {}

  public static String write(List<Agreement.Disagreement> disagreements) {
    // the researchers' own words are copied exactly as they wrote them
    CsvWriter out = new CsvWriter(HEADER, Set.of(7, 8, 9, 10, 11, 12, 13, 14, 15));
    for (Agreement.Disagreement d : disagreements) {
      AnswerRow a = d.a();
      AnswerRow b = d.b();
      out.row(List.of(a.company(), a.level().csvName(), a.service(), a.indicator(), a.element(),
          a.suggested().map(Answer::csvName).orElse(""), a.evidence(),
          shown(a), a.comment(), a.reviewer(), shown(b), b.comment(), b.reviewer(), "", "", ""));
    }
    return out.text();
  }

  /** The answer as typed, or for an accepted suggestion the suggestion accepted. */
  private static String shown(AnswerRow r) {
    return r.answer().isBlank() ? r.effectiveAnswer().map(Answer::csvName).orElse("") : r.answer();
  }

  /** The reconciler's decisions; every problem of the file is reported. */
  public static List<Decision> read(Path file, Catalog catalog) throws InvalidInputException, IOException {
    CsvTable table = CsvTable.read(file);
    table.requireHeader(HEADER);
    List<Decision> out = new ArrayList<>();
    List<InvalidInputException> problems = new ArrayList<>();
    Map<AnswerRow.Key, Integer> seen = new HashMap<>();
    for (CsvTable.Row r : table.rows()) {
      Level level = Level.parse(r.cell(1)).orElse(null);
      Element element = catalog.element(r.cell(4)).orElse(null);
      if (level == null) {
        problems.add(table.error(r, 1, "unknown level '" + r.cell(1) + "'; expected group, opcom or service"));
        continue;
      }
      if (element == null) {
        problems.add(table.error(r, 4, "unknown element '" + r.cell(4) + "'"));
        continue;
      }
      String answer = r.cell(ANSWER);
      if (!answer.isBlank() && Answer.parse(answer).isEmpty()) {
        problems.add(table.error(r, ANSWER, "unknown answer '" + answer + "'; expected " + Answer.SPELLINGS));
        continue;
      }
      AnswerRow.Key key = new AnswerRow.Key(r.cell(0).strip(), level, r.cell(2).strip(), element.id());
      Integer before = seen.putIfAbsent(key, r.line());
      if (before != null) {
        problems.add(table.error(r, 4, "element " + element.id() + " is reconciled twice (also on line " + before + ")"));
        continue;
      }
      out.add(new Decision(key, r.line(), answer, r.cell(ANSWER + 1), r.cell(ANSWER + 2)));
    }
    if (!problems.isEmpty()) {
      throw InvalidInputException.all(problems);
    }
    return out;
  }
}
