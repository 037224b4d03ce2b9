package org.policyscore.archive;

import java.io.IOException;
import java.nio.file.Path;

/** Another run is writing to the archive; two writers at once could lose a snapshot. */
public final class ArchiveBusyException extends IOException {
  private static final long serialVersionUID = 1L;

  public ArchiveBusyException(Path lockFile) {
    super("another policyscore run is writing to the archive (it holds " + lockFile
        + "); wait for it to finish and try again");
  }
}
