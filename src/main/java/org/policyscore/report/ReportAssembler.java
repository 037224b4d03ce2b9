package org.policyscore.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policyscore.InvalidInputException;
import org.policyscore.ToolVersion;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Element;
import org.policyscore.chart.ChartLabels;
import org.policyscore.chart.ChartLanguage;
import org.policyscore.chart.StudyNames;
import org.policyscore.extract.TextVersion;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.published.SourceNote;
import org.policyscore.score.Agreement;
import org.policyscore.score.Answer;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswersCsv;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;
import org.policyscore.score.ScoringMode;
import org.policyscore.score.SharedAnswers;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;
import org.policyscore.text.StatedDate;

/**
 * Gathers a study year's report from the workspace: the study declaration, the catalogue,
 * {@code scores.csv} and {@code answers.csv} where they exist, and the archive's snapshots.
 * Links to snapshots are relative to the report, so the folder can be moved or zipped whole.
 */
public final class ReportAssembler {
  private ReportAssembler() {}

  public static ReportInput assemble(Workspace workspace, Study study, int year, Catalog catalog,
      List<ReportInput.Chart> charts) throws InvalidInputException, IOException {
    Path dir = workspace.reportDir(study.id(), year);
    Path scoresFile = dir.resolve("scores.csv");
    Path answersFile = dir.resolve("answers.csv");
    List<ScoreRow> scores = Files.isRegularFile(scoresFile) ? ScoresCsv.read(scoresFile) : List.of();
    // a row for every service (*) is shown as each service's answer, as it is scored
    List<AnswerRow> rows = Files.isRegularFile(answersFile)
        ? SharedAnswers.resolve(AnswersCsv.read(answersFile, catalog)) : List.of();
    StudyNames names = StudyNames.of(study);
    ChartLabels labels = ChartLabels.of(catalog, ChartLanguage.EN, names.country(), names.companies(), names.services());
    Archive archive = Archive.of(workspace);
    TextVersionStore texts = new TextVersionStore(workspace.texts());

    List<ReportInput.Answer> answers = new ArrayList<>();
    for (AnswerRow r : rows) {
      String question = catalog.element(r.element()).map(Element::question).orElse("");
      List<ReportInput.Quote> quotes = new ArrayList<>();
      if (!r.evidence().isBlank()) {
        String link = snapshot(archive, study, r.company(), r.document(), r.snapshot())
            .map(s -> relative(dir, s.file())).orElse("");
        quotes.add(new ReportInput.Quote(r.evidence(), r.document(), r.snapshot(), link));
      }
      answers.add(new ReportInput.Answer(r.company(), r.level().csvName(), r.service(), r.indicator(), r.element(),
          question, r.effectiveAnswer().map(Answer::csvName).orElse(r.answer()),
          r.suggested().map(Answer::csvName).orElse(""), r.reviewed(), r.reviewer(), r.comment(), quotes,
          r.stale()));
    }

    boolean published = !scores.isEmpty() && !Files.isRegularFile(answersFile);
    Optional<SourceNote> note = SourceNote.in(dir);
    List<ReportInput.Document> documents = published
        ? PublishedDocuments.assessed(study, year, note, archive, texts, dir) : current(study, archive, texts, dir);
    String documentsNote = published ? PublishedDocuments.note(year, note, documents) : "";
    return new ReportInput(study.id(), study.name(), study.country(), year,
        method(study, catalog, published), attributions(catalog, note), names.companies(), names.services(),
        labels.indicatorTitles(), scores, answers, documents, charts, ToolVersion.get(), documentsNote,
        agreements(dir.resolve("reviews"), catalog));
  }

  /** The study's documents and their newest archived copies. */
  private static List<ReportInput.Document> current(Study study, Archive archive, TextVersionStore texts, Path dir)
      throws IOException {
    List<ReportInput.Document> documents = new ArrayList<>();
    for (Company c : study.companies()) {
      for (PolicyDocument d : c.documents()) {
        for (DocumentVersion v : d.versions()) {
          String url = v.url().map(Object::toString).orElse("");
          if (v.notFound()) {
            documents.add(new ReportInput.Document(c.id(), d.title(), d.kind(), v.lang(), url,
                "not found" + v.note().map(n -> ": " + n).orElse(""), "", "", "", "", 0, ""));
            continue;
          }
          DocumentKey key = new DocumentKey(c.id(), d.id(), v.lang());
          Optional<Snapshot> s = archive.newest(key);
          documents.add(s.isPresent()
              ? new ReportInput.Document(c.id(), d.title(), d.kind(), v.lang(), url, "archived",
                  s.get().obtainedAt().toString(), s.get().lastSeen().toString(), stated(texts, key, s.get()),
                  s.get().sha256(), s.get().size(), relative(dir, s.get().file()))
              : new ReportInput.Document(c.id(), d.title(), d.kind(), v.lang(), url, "not yet archived", "", "", "", "",
                  0, ""));
        }
      }
    }
    return documents;
  }

  /**
   * Agreement between the researchers' own copies of answers.csv kept in the year's {@code
   * reviews/} folder (one CSV per researcher): each pair, in file-name order.
   */
  static List<ReportInput.ReviewAgreement> agreements(Path reviews, Catalog catalog)
      throws InvalidInputException, IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(reviews)) {
      try (var list = Files.list(reviews)) {
        list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")
            && Files.isRegularFile(p)).sorted().forEach(files::add);
      }
    }
    List<ReportInput.ReviewAgreement> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      for (int j = i + 1; j < files.size(); j++) {
        Agreement.Result r = Agreement.compare(AnswersCsv.read(files.get(i), catalog), AnswersCsv.read(files.get(j), catalog));
        out.add(new ReportInput.ReviewAgreement(files.get(i).getFileName().toString(),
            files.get(j).getFileName().toString(), r.perIndicator(), r.overall(), r.disagreements().size()));
      }
    }
    return out;
  }

  /** @param published the scores were not computed here (no answers.csv): a report's published figures */
  private static List<String> method(Study study, Catalog catalog, boolean published) {
    List<String> m = new ArrayList<>();
    String indicators = study.indicators().isEmpty() ? "all indicators" : String.join(", ", study.indicators());
    m.add("Indicators: " + indicators + ", from the " + catalog.title() + ", as they apply to each company's type.");
    if (published) {
      m.add("These scores are published figures, copied as they were published (see the source below);"
          + " policyscore did not compute them, and no element answers are recorded for this year.");
    }
    m.add("Element answers score yes 100, partial 50, no 0, no disclosure found 0; N/A elements are left out"
        + " of the average."
        + (published ? "" : " Suggested answers come from cues found in the archived policies and count until a"
            + " person reviews them; the table below says which were reviewed. A score is a draft until every"
            + " answer behind it is reviewed, and incomplete (no score) while an element behind it has no answer."));
    m.add(study.mode() == ScoringMode.PER_SERVICE
        ? "Each service is scored on its own (per-service mode): an indicator's score for a service is the mean"
            + " of its elements' points. There is no cross-service average, category or total."
        : "Scored as the RDR Index does (rdr-index mode): services averaged into a composite, then families,"
            + " categories (G, F, P) and a total over all family-level indicators.");
    return m;
  }

  /** The catalogue's credit line, and the source of the scores when a SOURCE.md cites one. */
  private static List<String> attributions(Catalog catalog, Optional<SourceNote> note) {
    List<String> a = new ArrayList<>();
    a.add("Indicators: " + catalog.attribution());
    note.flatMap(SourceNote::citation).ifPresent(c -> a.add("Scores: " + c));
    return a;
  }

  /** What the text of this copy says its own date is (the company's claim); "" when nothing. */
  static String stated(TextVersionStore texts, DocumentKey key, Snapshot copy) throws IOException {
    for (TextVersion t : texts.versions(key)) {
      if (t.metadata().snapshots().contains(copy.sha256())) {
        return String.join("; ", t.metadata().statedDates().stream().map(StatedDate::describe).toList());
      }
    }
    return "";
  }

  /** The snapshot an answer's evidence came from: document id in any of its languages, hash prefix. */
  private static Optional<Snapshot> snapshot(Archive archive, Study study, String company, String document,
      String hashPrefix) throws IOException {
    if (hashPrefix.isBlank()) {
      return Optional.empty();
    }
    Optional<PolicyDocument> doc = study.company(company).flatMap(c -> c.document(document));
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    for (DocumentVersion v : doc.get().versions()) {
      Optional<Snapshot> s = archive.find(new DocumentKey(company, document, v.lang()), hashPrefix);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  static String relative(Path from, Path to) {
    return from.toAbsolutePath().normalize().relativize(to.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
