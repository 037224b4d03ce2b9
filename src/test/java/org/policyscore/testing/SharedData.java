package org.policyscore.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data in {@code ../shared} beside the project (RDR 2020, the 2022 report). A fresh clone
 * of the project alone has none: tests that need it are skipped, saying so.
 */
public final class SharedData {
  private static final String ABSENT =
      "skipped: ../shared/rdr/2020 is not beside the project (CI has it; a bare clone does not)";
  private static volatile boolean told;

  private SharedData() {}

  public static Path root() {
    Path shared = Path.of("..", "shared").toAbsolutePath().normalize();
    boolean present = Files.isDirectory(shared.resolve("rdr").resolve("2020"));
    if (!present && !told) {
      told = true; // once, on the console: surefire keeps assumption messages in its XML files
      System.err.println("[policyscore tests] " + ABSENT + "; the tests against RDR's published data are skipped");
    }
    assumeTrue(present, ABSENT);
    return shared;
  }

  public static Path rdr2020() {
    return root().resolve("rdr").resolve("2020");
  }

  public static Path lookingGlass2022() {
    Path dir = root().resolve("looking-glass-2022");
    assumeTrue(Files.isDirectory(dir), "skipped: ../shared/looking-glass-2022 is absent");
    return dir;
  }
}
