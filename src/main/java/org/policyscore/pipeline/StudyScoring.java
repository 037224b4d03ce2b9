package org.policyscore.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.archive.DocumentKey;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.Indicator;
import org.policyscore.evidence.DocumentFacts;
import org.policyscore.evidence.EvidenceFinder;
import org.policyscore.evidence.EvidenceHit;
import org.policyscore.evidence.EvidenceSource;
import org.policyscore.evidence.StoredText;
import org.policyscore.evidence.Suggester;
import org.policyscore.evidence.Suggestion;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.Aggregation;
import org.policyscore.score.Aggregator;
import org.policyscore.score.Answer;
import org.policyscore.score.AnswerMerge;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswerSet;
import org.policyscore.score.Level;
import org.policyscore.score.ScoresCsv;
import org.policyscore.score.ScoringMode;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Service;
import org.policyscore.study.Study;

/**
 * The {@code score} step: finds evidence in each company's newest text versions as of a year,
 * suggests an answer to every element of the study's indicators, merges the suggestions into
 * {@code reports/<study>/<year>/answers.csv} (a person's answers, comments and reviewer names
 * are kept exactly) and aggregates the file into {@code scores.csv}.
 */
public final class StudyScoring {
  /**
   * What a run did, counted over the rows of answers.csv after the merge.
   *
   * @param withEvidence rows whose suggestion quotes evidence
   * @param withoutEvidence rows suggested "no disclosure found"
   * @param fromFacts rows answered from facts (language versions, clicks from the home page)
   * @param notSuggested rows the tool could not suggest (no text yet, clicks not recorded)
   * @param reviewed rows with a person's answer
   * @param unreviewed rows without one
   * @param sources text versions read
   */
  public record Summary(
      Path answersFile, Path scoresFile, int rows, int withEvidence, int withoutEvidence,
      int fromFacts, int notSuggested, int reviewed, int unreviewed, int added, int updated,
      int sources) {}

  private final Catalog catalog;
  private final EvidenceFinder finder;

  public StudyScoring(Catalog catalog) {
    this.catalog = catalog;
    this.finder = EvidenceFinder.of(catalog);
  }

  /**
   * @throws ProtectedFileException when the year's folder has a scores.csv but no answers.csv:
   *     those scores were not computed by this tool (e.g. a report's published figures) and
   *     are not overwritten
   */
  public Summary run(Workspace ws, Study study, int year)
      throws IOException, InvalidInputException, ProtectedFileException {
    Path dir = ws.reportDir(study.id(), year);
    Path answersFile = dir.resolve("answers.csv");
    Path scoresFile = dir.resolve("scores.csv");
    if (Files.exists(scoresFile) && !Files.exists(answersFile)) {
      throw new ProtectedFileException(scoresFile, ws.display(scoresFile)
          + " exists but was not computed from an answers.csv (it may hold published scores);"
          + " it is left as it is. Score another year with --year, or move the file away first.");
    }
    Suggester suggester = new Suggester(primaryLanguages(study));
    List<Indicator> indicators = indicators(study);
    List<AnswerRow> fresh = new ArrayList<>();
    int sources = 0;
    TextVersionStore store = new TextVersionStore(ws.texts());
    for (Company company : study.companies()) {
      Map<String, DocumentFacts> facts = new HashMap<>();
      List<EvidenceHit> hits = new ArrayList<>();
      for (PolicyDocument doc : company.documents()) {
        Map<String, List<String>> versions = new TreeMap<>();
        for (DocumentVersion v : doc.versions()) {
          if (v.notFound()) {
            continue;
          }
          var text = StoredText.newestAsOf(store, new DocumentKey(company.id(), doc.id(), v.lang()), year);
          if (text.isPresent()) {
            versions.put(v.lang(), text.get().flags());
            // a damaged text (broken PDF Khmer, a legacy font) is not read: its silence would
            // read as "no disclosure found"
            if (text.get().passesLanguageCheck()) {
              hits.addAll(finder.find(new EvidenceSource(doc.id(), doc.kind(), v.lang(), text.get().snapshotSha(), text.get().text())));
            }
            sources++;
          }
        }
        boolean notFound = !doc.versions().isEmpty() && doc.versions().stream().allMatch(DocumentVersion::notFound);
        OptionalInt clicks = doc.versions().stream().filter(v -> !v.reachedBy().isEmpty())
            .mapToInt(v -> v.reachedBy().size()).min();
        facts.put(doc.id(), new DocumentFacts(doc.id(), doc.kind(), notFound, versions, clicks));
      }
      for (Indicator indicator : indicators) {
        for (Element element : indicator.elementsFor(company.type())) {
          for (String[] level : levels(study, company, indicator)) {
            String service = level[1];
            // the catalogue excludes elements by RDR's service names, which a study's role gives
            if (!service.isEmpty() && !element.appliesToService(
                study.service(service).map(Service::rdrService).orElse(service))) {
              continue;
            }
            List<DocumentFacts> docs = company.documents().stream()
                .filter(d -> service.isEmpty() || d.services().isEmpty() || d.services().contains(service))
                .map(d -> facts.get(d.id())).toList();
            fresh.add(row(company, Level.parse(level[0]).orElseThrow(), service, indicator, element,
                suggester.suggest(indicator, element, docs, hits)));
          }
        }
      }
    }

    AnswerMerge.Result merged = AnswerMerge.mergeInto(answersFile, fresh, catalog);
    ScoringMode mode = study.mode();
    Aggregation aggregation = new Aggregator(catalog).aggregate(
        new AnswerSet(merged.rows(), study.companyTypes()), mode,
        indicators.stream().map(Indicator::id).toList());
    AtomicFile.write(scoresFile, ScoresCsv.write(aggregation.scores()));

    int evidence = 0;
    int without = 0;
    int facts = 0;
    int none = 0;
    int reviewed = 0;
    for (AnswerRow r : merged.rows()) {
      if (r.suggested().isEmpty()) {
        none++;
      } else if (r.evidence().startsWith("[")) {
        evidence++;
      } else if (r.suggested().get() == Answer.NO_DISCLOSURE_FOUND) {
        without++;
      } else {
        facts++;
      }
      if (!r.answer().isBlank()) {
        reviewed++;
      }
    }
    return new Summary(answersFile, scoresFile, merged.rows().size(), evidence, without, facts,
        none, reviewed, merged.rows().size() - reviewed, merged.added(), merged.updated(), sources);
  }

  private static AnswerRow row(Company company, Level level, String service, Indicator indicator,
      Element element, Suggestion s) {
    return new AnswerRow(company.id(), level, service, indicator.id(), element.id(),
        s.answer().flatMap(a -> Answer.parse(a.text())), s.evidence(), s.documents(), s.snapshots(),
        "", "", "");
  }

  /** The (level, service) pairs an indicator is answered at, by the study's scoring mode. */
  private static List<String[]> levels(Study study, Company company, Indicator indicator) {
    Set<String> services = new LinkedHashSet<>();
    company.documents().forEach(d -> services.addAll(d.services()));
    if (services.isEmpty()) {
      study.services().forEach(s -> services.add(s.id()));
    }
    List<String[]> out = new ArrayList<>();
    boolean perService = study.mode() == ScoringMode.PER_SERVICE;
    if (!perService && indicator.scope() != org.policyscore.catalog.ScoringScope.SERVICES) {
      out.add(new String[] {"group", ""});
      out.add(new String[] {"opcom", ""});
    }
    if (perService || indicator.scope() != org.policyscore.catalog.ScoringScope.COMPANY) {
      services.stream().sorted().forEach(s -> out.add(new String[] {"service", s}));
    }
    return out;
  }

  private List<Indicator> indicators(Study study) {
    List<Indicator> out = new ArrayList<>();
    List<String> ids = study.indicators().isEmpty()
        ? catalog.scored().stream().map(Indicator::id).toList() : study.indicators();
    for (String id : ids) {
      Indicator i = catalog.indicator(id)
          .orElseThrow(() -> new IllegalArgumentException("study indicator not in the catalogue: " + id));
      if (i.family()) {
        out.addAll(catalog.subIndicators(i.id()));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The primary languages of the study's home jurisdiction: the languages other than English
   * in which its documents are declared (Khmer for Cambodia), or English when there are none.
   */
  static List<String> primaryLanguages(Study study) {
    Set<String> langs = new TreeSet<>();
    for (Company c : study.companies()) {
      for (PolicyDocument d : c.documents()) {
        d.versions().forEach(v -> langs.add(v.lang()));
      }
    }
    langs.remove("en");
    return langs.isEmpty() ? List.of("en") : List.copyOf(langs);
  }
}
