package org.policyscore.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
   * @param reviewed rows a person answered or accepted
   * @param unreviewed rows without a person's review
   * @param sources text versions read
   * @param stale reviewed rows whose evidence changed since the review (new ones and old ones)
   * @param newlyStale how many of those this run marked
   * @param notes plain sentences about how the year was scored (e.g. inferred primary languages)
   */
  public record Summary(
      Path answersFile, Path scoresFile, int rows, int withEvidence, int withoutEvidence,
      int fromFacts, int notSuggested, int reviewed, int unreviewed, int added, int updated,
      int sources, List<AnswerRow> stale, int newlyStale, List<String> notes) {
    public Summary {
      stale = List.copyOf(stale);
      notes = List.copyOf(notes);
    }
  }

  private final Catalog catalog;
  /** Compiled on the first year that has texts to read: `run` on a study with none spares it. */
  private EvidenceFinder finder;

  public StudyScoring(Catalog catalog) {
    this.catalog = catalog;
  }

  private EvidenceFinder finder() {
    if (finder == null) {
      finder = EvidenceFinder.of(catalog);
    }
    return finder;
  }

  /**
   * @throws ProtectedFileException when the year's folder has a scores.csv but no answers.csv:
   *     those scores were not computed by this tool (e.g. a report's published figures) and
   *     are not overwritten
   * @throws NothingToScoreException when no declared document has a text version in force in
   *     {@code year}
   */
  public Summary run(Workspace ws, Study study, int year)
      throws IOException, InvalidInputException, ProtectedFileException, NothingToScoreException {
    Path dir = ws.reportDir(study.id(), year);
    Path answersFile = dir.resolve("answers.csv");
    Path scoresFile = dir.resolve("scores.csv");
    if (Files.exists(scoresFile) && !Files.exists(answersFile)) {
      throw new ProtectedFileException(scoresFile, ws.display(scoresFile)
          + " exists but was not computed from an answers.csv (it may hold published scores);"
          + " it is left as it is. Score another year with --year, or move the file away first.");
    }
    TextVersionStore store = new TextVersionStore(ws.texts());
    Optional<String> nothing = TextsInForce.nothingToScore(study, store, year);
    if (nothing.isPresent()) {
      throw new NothingToScoreException(nothing.get());
    }
    List<String> notes = new ArrayList<>();
    List<String> primary = study.primaryLanguages();
    if (primary.isEmpty()) {
      primary = inferredPrimaryLanguages(study);
      notes.add("primary languages not declared: taken as " + String.join(", ", primary)
          + " (the languages other than English of the declared documents); declare 'primary_languages:' in "
          + ws.display(study.file()) + " for F1a.2 and P1a.2");
    }
    Suggester suggester = new Suggester(primary);
    List<Indicator> indicators = indicators(study);
    List<AnswerRow> fresh = new ArrayList<>();
    int sources = 0;
    for (Company company : study.companies()) {
      Map<String, DocumentFacts> facts = new HashMap<>();
      // document id -> "document lang version" of each text read, for the rows' texts column
      Map<String, List<String>> read = new HashMap<>();
      List<EvidenceHit> hits = new ArrayList<>();
      for (PolicyDocument doc : company.documents()) {
        Map<String, List<String>> versions = new TreeMap<>();
        for (DocumentVersion v : doc.versions()) {
          if (v.notFound()) {
            continue;
          }
          var text = StoredText.newestAsOf(store, new DocumentKey(company.id(), doc.id(), v.lang()), year);
          if (text.isPresent()) {
            versions.put(v.lang(), text.get().damage().damaged() ? text.get().flags() : List.of());
            read.computeIfAbsent(doc.id(), d -> new ArrayList<>()).add(doc.id() + " " + v.lang() + " " + text.get().stamp());
            // a damaged text (broken PDF Khmer, a legacy font) is not read: its silence would
            // read as "no disclosure found"
            if (text.get().passesLanguageCheck()) {
              hits.addAll(finder().find(new EvidenceSource(doc.id(), doc.kind(), v.lang(), text.get().snapshotSha(), text.get().text())));
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
            List<PolicyDocument> covering = company.documents().stream()
                .filter(d -> service.isEmpty() || d.services().isEmpty() || d.services().contains(service))
                .toList();
            List<DocumentFacts> docs = covering.stream().map(d -> facts.get(d.id())).toList();
            fresh.add(row(company, Level.parse(level[0]).orElseThrow(), service, indicator, element,
                suggester.suggest(indicator, element, docs, hits), texts(indicator, covering, read)));
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
      if (r.allServices()) {
        if (r.reviewed()) {
          reviewed++;
        }
        continue;
      }
      if (r.suggested().isEmpty()) {
        none++;
      } else if (r.evidence().startsWith("[")) {
        evidence++;
      } else if (r.suggested().get() == Answer.NO_DISCLOSURE_FOUND) {
        without++;
      } else {
        facts++;
      }
      if (r.reviewed()) {
        reviewed++;
      }
    }
    for (String cue : finder().cuesOverBudget()) {
      notes.add("the cue " + cue + " took too long on some sentences and matched nothing there;"
          + " its regular expression backtracks: rewrite it in the catalogue");
    }
    return new Summary(answersFile, scoresFile, merged.rows().size(), evidence, without, facts,
        none, reviewed, merged.rows().size() - reviewed, merged.added(), merged.updated(), sources,
        merged.stale(), merged.newlyStale().size(), notes);
  }

  private static AnswerRow row(Company company, Level level, String service, Indicator indicator,
      Element element, Suggestion s, String texts) {
    return new AnswerRow(company.id(), level, service, indicator.id(), element.id(),
        s.answer().flatMap(a -> Answer.parse(a.text())), s.evidence(), s.documents(), s.snapshots(),
        texts, "", "", "", "");
  }

  /**
   * The text versions read for an element: those of the documents covering the level whose
   * kind counts for the indicator (the catalogue's {@code documents}; all when it names none),
   * as the suggester chooses them. A new version among them puts a review in doubt.
   */
  private static String texts(Indicator indicator, List<PolicyDocument> covering, Map<String, List<String>> read) {
    List<String> out = new ArrayList<>();
    for (PolicyDocument d : covering) {
      if (indicator.documents().isEmpty() || indicator.documents().contains(d.kind())) {
        out.addAll(read.getOrDefault(d.id(), List.of()));
      }
    }
    return String.join("; ", out.stream().sorted().toList());
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
   * For a study that does not declare its primary languages: the languages other than English
   * in which its documents are declared (Khmer for Cambodia), or English when there are none.
   * A guess: a policy only in English in a country whose language is not declared anywhere
   * counts as "in the primary language".
   */
  static List<String> inferredPrimaryLanguages(Study study) {
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
