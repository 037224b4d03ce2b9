package org.policyscore.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.published.AssessedDocument;
import org.policyscore.published.SourceNote;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;

/**
 * The documents behind a year of published figures: those the source says it assessed (its
 * SOURCE.md's "Documents assessed"), and copies the archive holds from no later than that year.
 * Never today's addresses: they may not be the documents assessed then.
 */
final class PublishedDocuments {
  private PublishedDocuments() {}

  static List<ReportInput.Document> assessed(Study study, int year, Optional<SourceNote> note, Archive archive,
      TextVersionStore texts, Path dir) throws IOException {
    List<ReportInput.Document> out = new ArrayList<>();
    for (AssessedDocument d : note.map(SourceNote::documents).orElse(List.of())) {
      boolean link = d.address().matches("(?i)https?://\\S+");
      String seen = d.seen().isBlank() ? "" : ", seen " + d.seen();
      out.add(new ReportInput.Document(companyId(study, d.company()), d.document(), "", d.language(),
          link ? d.address() : "", "assessed by the source" + seen + (link ? "" : ": " + d.address()),
          "", "", "", "", 0, ""));
    }
    java.time.Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    for (Company c : study.companies()) {
      for (PolicyDocument d : c.documents()) {
        for (DocumentVersion v : d.versions()) {
          DocumentKey key = new DocumentKey(c.id(), d.id(), v.lang());
          Optional<Snapshot> then = archive.snapshots(key).stream()
              .filter(s -> s.obtainedAt().isBefore(yearEnd)).reduce((a, b) -> b.obtainedAt().isAfter(a.obtainedAt()) ? b : a);
          if (then.isPresent()) {
            Snapshot s = then.get();
            out.add(new ReportInput.Document(c.id(), d.title(), d.kind(), v.lang(), s.provenance().finalUrl().or(() -> s.provenance().requestedUrl()).orElse(""),
                "archived copy from " + year + " or before", s.obtainedAt().toString(), s.lastSeen().toString(),
                ReportAssembler.stated(texts, key, s), s.sha256(), s.size(), ReportAssembler.relative(dir, s.file())));
          }
        }
      }
    }
    return out;
  }

  static String note(int year, Optional<SourceNote> note, List<ReportInput.Document> documents) {
    boolean listed = note.map(n -> !n.documents().isEmpty()).orElse(false);
    if (listed) {
      return "These scores are published figures: below are the documents their source says it assessed, as"
          + " SOURCE.md lists them" + (documents.stream().anyMatch(d -> !d.sha256().isEmpty())
              ? ", and the copies archived here from " + year + " or before." : ".");
    }
    return "These scores are published figures, and their source lists no documents here (add them under"
        + " \"Documents assessed\" in SOURCE.md beside scores.csv). Today's addresses are not shown: they may"
        + " not be the documents assessed for " + year + "."
        + (documents.isEmpty() ? "" : " Below are the copies archived here from " + year + " or before.");
  }

  /** The study's id for a company the source names, or the name as written. */
  private static String companyId(Study study, String name) {
    return study.companies().stream().filter(c -> c.id().equalsIgnoreCase(name.strip())
        || c.name().equalsIgnoreCase(name.strip()) || c.legalName().equalsIgnoreCase(name.strip()))
        .map(Company::id).findFirst().orElse(name);
  }
}
