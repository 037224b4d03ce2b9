package org.policyscore.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the tool was about to replace changed after the tool read it: someone saved it in the
 * meantime. It is left exactly as they saved it; running the command again reads their version.
 */
public final class FileChangedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public FileChangedException(Path file) {
    super(file + " changed while policyscore was working on it (saved by someone, or by another run);"
        + " it is left as it is, with those changes. Nothing was written: run the command again to include them.");
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
