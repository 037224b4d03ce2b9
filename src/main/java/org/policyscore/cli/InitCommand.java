package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.policyscore.pipeline.WorkspaceInit;
import org.policyscore.study.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code init STUDY}: a study template and the catalogue, in a new or existing workspace. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Start a study: writes policies/STUDY.yaml, a commented template to fill in (it checks as",
      "it is), and puts the RDR 2020 catalogue in indicators/ so the other commands find it.",
      "Use --workspace DIR to start a workspace of your own. Nothing that exists is overwritten."
    })
final class InitCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(index = "0", paramLabel = "STUDY", description = "The new study's id, e.g. nepal (lower-case; it names folders).")
  String study;

  @Option(names = "--year", paramLabel = "Y", description = "The year the study starts at, 1990 to 2200 (default: this year).")
  String year;

  @Override
  public Integer call() throws IOException, CommandFailedException, UsageException {
    var asked = Years.parse(year);
    if (!StudyLoader.ID.matcher(study).matches()) {
      throw new UsageException("a study id is lower-case letters, digits, '-' or '_' (it names folders), not '" + study + "'");
    }
    WorkspaceInit.Result r;
    try {
      r = WorkspaceInit.init(app.newWorkspace(), study, asked.orElse(Year.now(ZoneOffset.UTC).getValue()));
    } catch (FileAlreadyExistsException e) {
      throw new CommandFailedException(e.getFile() + ": " + e.getReason());
    }
    PrintWriter out = app.spec.commandLine().getOut();
    out.println("wrote " + app.workspace().display(r.study()) + ": fill in your companies and documents");
    out.println((r.catalogWritten() ? "wrote " : "kept ") + app.workspace().display(r.catalog()));
    out.println("next: policyscore fetch " + study + ", then extract and score");
    return ExitCode.OK.code();
  }
}
