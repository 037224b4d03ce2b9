package org.policyscore.report;

import java.util.List;
import java.util.Map;
import org.policyscore.report.ReportInput.Answer;
import org.policyscore.report.ReportInput.Chart;
import org.policyscore.report.ReportInput.Document;
import org.policyscore.report.ReportInput.Quote;
import org.policyscore.score.ScoreRow;

/** A Cambodia-like report input; the quotes are written for these tests in a telecom policy's style. */
final class ReportFixtures {
  static final String HOSTILE_QUOTE =
      "We may suspend service <script>document.title='pwned'</script> & notify you \"promptly\".";

  private ReportFixtures() {}

  static ReportInput cambodia(List<ScoreRow> scores, List<Chart> charts) {
    String hash = "3f5a9c0b7d21e4f8a6b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1";
    List<Answer> answers = List.of(
        new Answer("smart", "service", "mobile", "F1a", "F1a.1", "Are the company's terms of service easy to find?",
            "yes", "yes", true, "researcher A", "", List.of(new Quote(
                "Terms and Conditions of Service — read these terms before you use our mobile services.",
                "terms (en)", hash, "../../../policies/archive/smart/terms/en/20211115T000000Z.html"))),
        new Answer("smart", "service", "mobile", "F1a.2", "F1a.2",
            "Are the terms of service available in the primary language(s) spoken by users in the company's home jurisdiction?",
            "yes", "partial", true, "researcher A", "Khmer version exists; English prevails.", List.of(new Quote(
                "ក្នុងករណីមានភាពខុសគ្នារវាងកំណែភាសាអង់គ្លេស និងភាសាខ្មែរ កំណែភាសាអង់គ្លេសនឹងត្រូវយកជាការ។",
                "terms (km)", hash, "../../../policies/archive/smart/terms/km/20211115T000000Z.html"))),
        new Answer("smart", "service", "broadband", "F3a", "F3a.1",
            "Does the company clearly disclose what types of content or activities it does not permit?",
            "partial", "partial", false, "", "", List.of(new Quote(HOSTILE_QUOTE, "terms (en)", hash,
                "javascript:alert(1)"))),
        new Answer("metfone", "service", "mobile", "F1a", "F1a.1", "Are the company's terms of service easy to find?",
            "no disclosure found", "no disclosure found", false, "", "<b>not</b> published", List.of()));
    List<Document> documents = List.of(
        new Document("smart", "terms", "terms", "en", "https://www.example.com/terms-and-conditions/", "found",
            "2021-11-15T00:00:00Z", "2021-12-01T00:00:00Z", "last updated 2021-10-01 (“Last updated: 1 October 2021”)",
            hash, 48213, "../../../policies/archive/smart/terms/en/20211115T000000Z.html"),
        new Document("smart", "terms-km", "terms", "km", "https://www.example.com/km/terms-and-conditions/", "found",
            "2021-11-15T00:00:00Z", "2021-11-15T00:00:00Z", "", hash, 51007, "../../../policies/archive/smart/terms/km/20211115T000000Z.html"),
        new Document("metfone", "terms", "terms", "en", "", "not found: no terms of service published", "", "", "", "",
            0, ""));
    return new ReportInput("cambodia", "Cambodia telecoms", "Cambodia", 2022,
        List.of("Scored per service (Mobile, Fixed-line broadband) against eight RDR 2020 indicators.",
            "Answers: yes 100, partial 50, no 0, no disclosure found 0; N/A is left out."),
        List.of("Ranking Digital Rights, 2020 RDR Corporate Accountability Index (CC BY 4.0)",
            "EngageMedia and OPTF, Through The Looking Glass (2022), Cambodia chapter by CCIM (CC BY-NC-ND 4.0)"),
        Map.of("smart", "Smart Axiata", "metfone", "Metfone"),
        Map.of("mobile", "Mobile", "broadband", "Fixed-line broadband"),
        Map.of("F1a", "Access to terms of service", "F3a", "Process for terms of service enforcement"),
        scores, answers, documents, charts, "0.1.0");
  }
}
