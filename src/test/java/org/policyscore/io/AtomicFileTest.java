package org.policyscore.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @Test
  void replacesContentAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("sub/scores.csv");
    AtomicFile.write(target, "one");
    AtomicFile.write(target, "two");

    assertThat(Files.readString(target)).isEqualTo("two");
    try (var files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void publishedFilesAreReadableByOthers(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("report.html");
    AtomicFile.write(target, "<html></html>");

    if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }
  }
}
