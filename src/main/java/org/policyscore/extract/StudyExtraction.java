package org.policyscore.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;

/**
 * {@code extract [STUDY]}: rebuilds the text versions of every document a study declares from
 * its snapshots in the archive, in the study's order. Documents declared "not found" are
 * skipped; a declared document with no snapshot counts as failed.
 */
public final class StudyExtraction {
  private StudyExtraction() {}

  public static TextRebuild.Summary run(Study study, Archive archive, TextVersionStore store, Extractor extractor)
      throws IOException {
    return new TextRebuild(extractor, store).run(sources(study, archive, Optional.empty()));
  }

  /** What to extract: each declared document version with a URL, and its archived snapshots. */
  public static List<DocumentSource> sources(Study study, Archive archive, Optional<String> company) throws IOException {
    List<DocumentSource> out = new ArrayList<>();
    for (Company c : study.companies()) {
      if (company.isPresent() && !company.get().equals(c.id())) {
        continue;
      }
      for (PolicyDocument d : c.documents()) {
        for (DocumentVersion v : d.versions()) {
          if (v.notFound()) {
            continue;
          }
          DocumentKey key = new DocumentKey(c.id(), d.id(), v.lang());
          ExtractionRules rules = new ExtractionRules(v.select().map(List::of).orElse(List.of()), v.remove());
          List<SnapshotInput> snapshots = new ArrayList<>();
          List<Snapshot> archived;
          try {
            archived = archive.snapshots(key);
          } catch (IOException e) {
            // One document's damaged folder is that document's failure; the others go on.
            out.add(new DocumentSource(key, rules, List.of(), Optional.of("cannot read its archived copies: "
                + e.getMessage())));
            continue;
          }
          for (Snapshot s : archived) {
            String url = s.provenance().finalUrl().or(() -> s.provenance().requestedUrl()).orElse("");
            snapshots.add(new SnapshotInput(s.id(), s.sha256(), s.contentType(), url, () -> archive.read(s)));
          }
          out.add(new DocumentSource(key, rules, snapshots));
        }
      }
    }
    return out;
  }
}
