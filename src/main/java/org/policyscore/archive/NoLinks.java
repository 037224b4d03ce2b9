package org.policyscore.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The archive holds no symbolic links: a link could make {@code extract} read, or a write land
 * on, a file outside the archive ({@code /etc/passwd}, another workspace). Folders and files
 * below the archive folder are checked before they are read or written; the archive folder
 * itself may be a link (to keep the archive on a larger disk).
 */
final class NoLinks {
  private NoLinks() {}

  static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};

  /** {@code path} and every folder between it and {@code root}: none may be a link. */
  static void require(Path root, Path path) throws IOException {
    Path abs = path.toAbsolutePath().normalize();
    if (!abs.startsWith(root)) {
      throw new IOException("refused: " + path + " is outside the archive " + root);
    }
    for (Path p = abs; p != null && !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        throw new IOException("refused: " + p + " is a symbolic link; the archive holds none (run 'policyscore verify')");
      }
    }
  }

  /** A file that exists, is not a link, and is a regular file. */
  static void requireRegularFile(Path file) throws IOException {
    if (Files.isSymbolicLink(file)) {
      throw new IOException("refused: " + file + " is a symbolic link; the archive holds none (run 'policyscore verify')");
    }
    if (!Files.isRegularFile(file, NOFOLLOW)) {
      throw new java.nio.file.NoSuchFileException(file.toString(), null, "not there, or not a file");
    }
  }
}
