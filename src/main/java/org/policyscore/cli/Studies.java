package org.policyscore.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.study.Company;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;

/** Finds and loads the study a command names, or the workspace's only study when none is named. */
final class Studies {
  private Studies() {}

  static Study load(Workspace ws, String studyId) throws InvalidInputException, CommandFailedException {
    String id = studyId == null ? onlyStudy(ws) : studyId;
    Path file = id.endsWith(".yaml") || id.contains("/") ? Path.of(id) : ws.studyFile(id);
    if (!Files.isRegularFile(file) && !Files.isDirectory(ws.policies())) {
      throw notAWorkspace(ws);
    }
    if (!Files.isRegularFile(file)) {
      throw new CommandFailedException("no study '" + id + "': " + ws.display(file) + " does not exist");
    }
    Study read = StudyLoader.load(file);
    Path catalog = ws.catalogFile(read.catalogId());
    // Indicator ids are checked against the catalogue the study names, when it is there.
    return Files.isRegularFile(catalog) ? StudyLoader.load(file, CatalogCache.load(catalog)) : read;
  }

  static Company company(Study study, String companyId) throws CommandFailedException {
    return study.company(companyId).orElseThrow(() -> new CommandFailedException(
        "no company '" + companyId + "' in study " + study.id() + "; it has "
            + String.join(", ", study.companies().stream().map(Company::id).toList())));
  }

  /** Said instead of "no study" when the folder is not a workspace at all. */
  static UsageException notAWorkspace(Workspace ws) {
    return new UsageException(ws.root() + " is not a policyscore workspace: it has no policies/ folder."
        + " Run the command in the workspace folder, or give --workspace DIR");
  }

  private static String onlyStudy(Workspace ws) throws CommandFailedException {
    if (!Files.isDirectory(ws.policies())) {
      throw notAWorkspace(ws);
    }
    List<String> ids = new ArrayList<>();
    if (Files.isDirectory(ws.policies())) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(ws.policies(), "*.yaml")) {
        s.forEach(p -> ids.add(p.getFileName().toString().replaceFirst("\\.yaml$", "")));
      } catch (IOException e) {
        throw new CommandFailedException("cannot list " + ws.display(ws.policies()) + ": " + e.getMessage());
      }
    }
    ids.sort(null);
    if (ids.size() == 1) {
      return ids.get(0);
    }
    throw new CommandFailedException(ids.isEmpty()
        ? "no study in " + ws.display(ws.policies()) + "; write policies/<study>.yaml first"
        : "several studies in " + ws.display(ws.policies()) + " (" + String.join(", ", ids) + "); name one");
  }
}
