package org.policyscore.report;

import java.util.List;
import java.util.Map;
import org.policyscore.score.Agreement;
import org.policyscore.score.ScoreRow;

/**
 * Everything a study's yearly report shows, as plain data: the caller gathers it from the
 * study, the catalogue, answers.csv, scores.csv, the archive and the charts. Text taken from
 * policies (quotes) and from people (comments, notes) is raw here; the renderer escapes it.
 *
 * @param method how the scores were made, one paragraph per entry
 * @param attributions credit lines the data's licences ask for (catalogue, baseline report)
 * @param companyNames company id to display name
 * @param serviceNames service id to display name ({@code mobile -> Mobile})
 * @param indicatorTitles indicator id to title
 * @param toolVersion the policyscore version that wrote the report
 * @param documentsNote said above the documents (e.g. for published figures, where the
 *     documents assessed then are listed); may be empty
 * @param agreements agreement between pairs of researchers' reviews of this year, if any
 */
public record ReportInput(
    String studyId,
    String studyName,
    String country,
    int year,
    List<String> method,
    List<String> attributions,
    Map<String, String> companyNames,
    Map<String, String> serviceNames,
    Map<String, String> indicatorTitles,
    List<ScoreRow> scores,
    List<Answer> answers,
    List<Document> documents,
    List<Chart> charts,
    String toolVersion,
    String documentsNote,
    List<ReviewAgreement> agreements) {

  public ReportInput {
    agreements = List.copyOf(agreements);
    method = List.copyOf(method);
    attributions = List.copyOf(attributions);
    companyNames = Map.copyOf(companyNames);
    serviceNames = Map.copyOf(serviceNames);
    indicatorTitles = Map.copyOf(indicatorTitles);
    scores = List.copyOf(scores);
    answers = List.copyOf(answers);
    documents = List.copyOf(documents);
    charts = List.copyOf(charts);
  }

  /** A report with nothing to say above its documents and no second review to show. */
  public ReportInput(String studyId, String studyName, String country, int year, List<String> method,
      List<String> attributions, Map<String, String> companyNames, Map<String, String> serviceNames,
      Map<String, String> indicatorTitles, List<ScoreRow> scores, List<Answer> answers, List<Document> documents,
      List<Chart> charts, String toolVersion) {
    this(studyId, studyName, country, year, method, attributions, companyNames, serviceNames, indicatorTitles, scores,
        answers, documents, charts, toolVersion, "", List.of());
  }

  /** A report with nothing to say above its documents. */
  public ReportInput(String studyId, String studyName, String country, int year, List<String> method,
      List<String> attributions, Map<String, String> companyNames, Map<String, String> serviceNames,
      Map<String, String> indicatorTitles, List<ScoreRow> scores, List<Answer> answers, List<Document> documents,
      List<Chart> charts, String toolVersion, List<ReviewAgreement> agreements) {
    this(studyId, studyName, country, year, method, attributions, companyNames, serviceNames, indicatorTitles, scores,
        answers, documents, charts, toolVersion, "", agreements);
  }

  /**
   * One element's answer for one company level or service (a row of answers.csv).
   *
   * @param answer the answer scoring used: the researcher's where given, else the suggestion
   * @param suggested the tool's suggestion (may be empty)
   * @param reviewed whether a person gave or confirmed the answer
   * @param reviewer who reviewed it (may be empty)
   * @param comment the researcher's comment (may be empty)
   * @param stale why the review needs a second look (the evidence changed since), one reason
   *     per line; empty when it holds
   */
  public record Answer(
      String company,
      String level,
      String service,
      String indicator,
      String element,
      String question,
      String answer,
      String suggested,
      boolean reviewed,
      String reviewer,
      String comment,
      List<Quote> quotes,
      String stale) {
    public Answer {
      quotes = List.copyOf(quotes);
    }

    /** An answer whose review (if any) still holds. */
    public Answer(String company, String level, String service, String indicator, String element,
        String question, String answer, String suggested, boolean reviewed, String reviewer,
        String comment, List<Quote> quotes) {
      this(company, level, service, indicator, element, question, answer, suggested, reviewed, reviewer,
          comment, quotes, "");
    }

    /** Reviewed, and the evidence changed since. */
    public boolean needsReview() {
      return reviewed && !stale.isBlank();
    }
  }

  /**
   * Agreement between two researchers' reviews of the year ({@code reviews/*.csv}).
   *
   * @param first the first review's file name
   * @param second the second's
   * @param indicators per indicator, in catalogue order
   * @param disagreements elements both reviewed and answered differently
   */
  public record ReviewAgreement(String first, String second, List<Agreement.Kappa> indicators,
      Agreement.Kappa overall, int disagreements) {
    public ReviewAgreement {
      indicators = List.copyOf(indicators);
    }
  }

  /**
   * A quote the answer relies on.
   *
   * @param snapshot SHA-256 (or its prefix) of the archived copy the quote is from
   * @param link where the archived snapshot is, relative to the report (or an http(s) URL);
   *     empty when there is none
   */
  public record Quote(String text, String document, String snapshot, String link) {}

  /**
   * A document of the study as archived: its newest copy, named by the SHA-256 of the archived
   * bytes, with the dates the archive vouches for and the date the policy states about itself.
   *
   * @param status {@code found}, or why not (e.g. "not found: no terms of service published")
   * @param retrieved when the copy was first retrieved (ISO-8601), empty when never
   * @param lastSeen when the same bytes were last seen on the web (ISO-8601), empty when never
   * @param stated the date the policy states about itself, e.g. "last updated 2026-03-01
   *     (“Last updated: 1 March 2026”)": the company's claim; empty when it states none
   * @param sha256 the copy's hash, empty when none
   * @param link the archived copy, relative to the report; empty when none
   */
  public record Document(
      String company,
      String document,
      String kind,
      String language,
      String url,
      String status,
      String retrieved,
      String lastSeen,
      String stated,
      String sha256,
      long bytes,
      String link) {}

  /** A chart embedded in the report as PNG. */
  public record Chart(String title, byte[] png) {}
}
