package org.policyscore.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policyscore.Workspace;
import org.policyscore.io.AtomicFile;

/**
 * {@code init STUDY}: starts a study in a workspace: a commented study template in {@code
 * policies/STUDY.yaml} that validates as it is, and the RDR 2020 catalogue (which travels in the
 * jar) in {@code indicators/}, so that {@code score} finds it later. Nothing that exists is
 * written over.
 *
 * @see #CATALOG
 */
public final class WorkspaceInit {
  /** The catalogue a new study names. */
  public static final String CATALOG = "rdr-2020";

  /**
   * @param catalogWritten false when the workspace already had the catalogue (it is kept)
   */
  public record Result(Path study, Path catalog, boolean catalogWritten) {}

  private WorkspaceInit() {}

  /** @throws FileAlreadyExistsException when the study file exists */
  public static Result init(Workspace ws, String studyId, int year) throws IOException {
    Path study = ws.studyFile(studyId);
    if (Files.exists(study)) {
      throw new FileAlreadyExistsException(ws.display(study), null, "the study exists already; it is left as it is");
    }
    Path catalog = ws.catalogFile(CATALOG);
    boolean writeCatalog = !Files.exists(catalog);
    if (writeCatalog) {
      AtomicFile.write(catalog, resource("/org/policyscore/catalog/bundled/" + CATALOG + ".yaml"));
    }
    String template = new String(resource("/org/policyscore/study/study-template.yaml"), StandardCharsets.UTF_8)
        .replace("{{STUDY}}", studyId).replace("{{YEAR}}", Integer.toString(year));
    AtomicFile.write(study, template);
    Files.createDirectories(ws.reports());
    return new Result(study, catalog, writeCatalog);
  }

  private static byte[] resource(String name) {
    try (InputStream in = WorkspaceInit.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
