package org.policyscore.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.fetch.FetchOptions;
import org.policyscore.fetch.Fetcher;
import org.policyscore.fetch.Progress;
import org.policyscore.study.Study;

/**
 * A workspace folder for a test: project files copied in, a study written, the command line run
 * on it, and a study fetched into its archive at a fixed time. The study itself stays in the
 * test, which says what it studies.
 */
public record TestWorkspace(Path dir) {
  /** Short timeouts and waits: the sites are on 127.0.0.1, and a test that fails should fail soon. */
  private static final FetchOptions FAST = FetchOptions.defaults().withTimes(Duration.ofSeconds(2),
      Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(3), Duration.ofMillis(10));

  /** Copies each project file (such as "indicators/rdr-2020.yaml") to the same path in the workspace. */
  public TestWorkspace copyFromProject(String... paths) throws IOException {
    for (String p : paths) {
      Path target = dir.resolve(p);
      Files.createDirectories(target.getParent());
      Files.copy(Path.of(p), target);
    }
    return this;
  }

  /** Writes {@code yaml} as the study {@code id}, in policies/. */
  public Path writeStudy(String id, String yaml) throws IOException {
    Path file = workspace().studyFile(id);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, yaml, StandardCharsets.UTF_8);
  }

  public Workspace workspace() {
    return new Workspace(dir);
  }

  public CliRun cli(String... args) {
    return CliRun.in(dir, args);
  }

  /** Fetches every document of {@code study} into the archive, as if at {@code when}. */
  public void fetch(Study study, Instant when) throws IOException, InterruptedException {
    new Fetcher(FAST).fetchStudy(study, new Archive(workspace().archive(), Clock.fixed(when, ZoneOffset.UTC)),
        Optional.empty(), false, Progress.NONE);
  }
}
