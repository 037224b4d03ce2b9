package org.policyscore;

import java.nio.file.Path;

/**
 * The folder that holds a project's data: {@code indicators/}, {@code policies/} and
 * {@code reports/}. By default the current directory; a CSO can keep its own elsewhere.
 */
public record Workspace(Path root) {

  public Workspace {
    root = root.toAbsolutePath().normalize();
  }

  public Path indicators() {
    return root.resolve("indicators");
  }

  public Path policies() {
    return root.resolve("policies");
  }

  public Path reports() {
    return root.resolve("reports");
  }

  /** {@code indicators/<id>.yaml}, e.g. {@code rdr-2020}. */
  public Path catalogFile(String catalogId) {
    return indicators().resolve(catalogId + ".yaml");
  }

  /** {@code policies/<study>.yaml}. */
  public Path studyFile(String studyId) {
    return policies().resolve(studyId + ".yaml");
  }

  public Path archive() {
    return policies().resolve("archive");
  }

  public Path texts() {
    return policies().resolve("text");
  }

  /** {@code reports/<study>/<year>/}. */
  public Path reportDir(String studyId, int year) {
    return reports().resolve(studyId).resolve(Integer.toString(year));
  }

  /** Shows paths inside the workspace relative to it, so messages stay short and portable. */
  public String display(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString() : path.toString();
  }
}
