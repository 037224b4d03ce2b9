package org.policyscore.chart;

import java.util.Locale;
import org.policyscore.catalog.Category;
import org.policyscore.score.Answer;

/**
 * The chart's own words (titles, legends, answers, notes) in the chart's language. The Khmer is
 * the project's own translation; a native speaker's review is welcome.
 */
public enum ChartWords {
  EN, KM;

  public static ChartWords of(ChartLanguage language) {
    return language == ChartLanguage.KM ? KM : EN;
  }

  private String pick(String en, String km) {
    return this == KM ? km : en;
  }

  public String indicators() {
    return pick("Indicators", "សូចនាករ");
  }

  public String categoriesAndTotal() {
    return pick("Categories and total", "ប្រភេទ និងពិន្ទុសរុប");
  }

  public String total() {
    return pick("Total", "សរុប");
  }

  public String category(Category c) {
    return switch (c) {
      case G -> pick("Governance", "អភិបាលកិច្ច");
      case F -> pick("Freedom of Expression", "សេរីភាពនៃការបញ្ចេញមតិ");
      case P -> pick("Privacy", "ឯកជនភាព");
    };
  }

  public String answers() {
    return pick("Answers", "ចម្លើយ");
  }

  /** The label of a company-level score (rdr-index mode), where a service would be named. */
  public String score() {
    return pick("Score", "ពិន្ទុ");
  }

  /** group and opcom answers in the heatmap, where a service would be named. */
  public String level(String level) {
    return switch (level) {
      case "group" -> pick("group", "ក្រុមហ៊ុនមេ");
      case "opcom" -> pick("operating company", "ក្រុមហ៊ុនប្រតិបត្តិការ");
      default -> level;
    };
  }

  public String notApplicable() {
    return pick("N/A", "មិនពាក់ព័ន្ធ");
  }

  /** An answer as the heatmap writes it in a cell; short where the cell is narrow. */
  public String answer(Answer answer, boolean shortForm) {
    return switch (answer) {
      case YES -> pick("yes", "មាន");
      case PARTIAL -> pick(shortForm ? "part." : "partial", "ដោយផ្នែក");
      case NO -> pick("no", "គ្មាន");
      case NO_DISCLOSURE_FOUND -> pick(shortForm ? "n.d.f." : "no disclosure found", "រកមិនឃើញ");
      case NOT_APPLICABLE -> notApplicable();
    };
  }

  /** The heatmap legend's name for an answer, always in full. */
  public String answerInFull(Answer answer) {
    return answer(answer, false);
  }

  public String excluded(boolean shortForm) {
    return pick(shortForm ? "excl." : "excluded", "មិនរាប់");
  }

  public String excludedInFull() {
    return pick("excluded for this service or company", "មិនរាប់បញ្ចូលសម្រាប់សេវា ឬក្រុមហ៊ុននេះ");
  }

  public String noAnswer() {
    return pick("no answer yet", "មិនទាន់មានចម្លើយ");
  }

  public String reviewedCell() {
    return pick("reviewed by a person", "បានពិនិត្យដោយមនុស្ស");
  }

  public String suggestionCell() {
    return pick("suggestion, not reviewed (?)", "សំណើ មិនទាន់ពិនិត្យ (?)");
  }

  public String draftNote(int reviewed, int answers) {
    return String.format(Locale.ROOT, pick("draft: %d of %d reviewed", "សេចក្តីព្រាង៖ បានពិនិត្យ %d ក្នុងចំណោម %d"),
        reviewed, answers);
  }

  /** A score with no value yet: an element behind it has neither an answer nor a suggestion. */
  public String incompleteNote(int reviewed, int answers) {
    return String.format(Locale.ROOT, pick("incomplete: %d of %d reviewed", "មិនពេញលេញ៖ បានពិនិត្យ %d ក្នុងចំណោម %d"),
        reviewed, answers);
  }

  public String incomplete() {
    return pick("incomplete", "មិនពេញលេញ");
  }

  public String draftLegend() {
    return pick("draft: not every answer reviewed", "សេចក្តីព្រាង៖ មិនទាន់ពិនិត្យចម្លើយទាំងអស់");
  }

  public String published() {
    return pick("published figure", "តួលេខដែលបានបោះពុម្ពផ្សាយ");
  }

  public String reviewed() {
    return pick("every answer reviewed", "បានពិនិត្យចម្លើយទាំងអស់");
  }

  public String draft() {
    return pick("draft", "សេចក្តីព្រាង");
  }

  public String unrecorded() {
    return pick("review not recorded", "មិនបានកត់ត្រាការពិនិត្យ");
  }

  /** At a year where a score stands on another number of elements than the year before. */
  public String elementsChanged(int before, int after) {
    return String.format(Locale.ROOT, pick("%d → %d elements", "ធាតុ ពី %d ទៅ %d"), before, after);
  }

  public String elementsLegend() {
    return pick("scored over another number of elements than the year before",
        "ពិន្ទុលើចំនួនធាតុខុសពីឆ្នាំមុន");
  }
}
