package org.policyscore.pipeline;

import java.nio.file.Path;

/**
 * A file {@code score} would write holds something the tool did not compute (for example a
 * report's published scores.csv with no answers.csv beside it), so it is left alone.
 */
public final class ProtectedFileException extends Exception {
  private final Path file;

  public ProtectedFileException(Path file, String message) {
    super(message);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
