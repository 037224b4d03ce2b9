package org.policyscore.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * Replaces a file only if it is unchanged since it was read, with no moment in which a
 * person's save can be lost:
 *
 * <ol>
 *   <li>the current file is renamed aside (atomically), so whatever a person saves from now
 *       on creates the file anew;</li>
 *   <li>what was set aside is compared with what was read; if it differs, it is a person's
 *       save: it is put back and nothing is written;</li>
 *   <li>the new content is put in place with a hard link, which fails rather than replaces
 *       when a person saved in the meantime (their file then stays).</li>
 * </ol>
 *
 * A crash between 1 and 3 leaves the old file set aside as {@code .<name>.aside-<id>.tmp};
 * {@link #requireNothingSetAside} makes the next run say so instead of starting without it.
 */
final class GuardedReplace {
  private GuardedReplace() {}

  static void replace(Path target, Path tmp, AtomicFile.Stamp before) throws IOException {
    Path aside = target.resolveSibling(prefix(target) + UUID.randomUUID() + ".tmp");
    boolean existed = true;
    try {
      move(target, aside);
    } catch (NoSuchFileException e) {
      existed = false;
    }
    Optional<String> held = existed ? AtomicFile.stamp(aside).sha256() : Optional.empty();
    if (!held.equals(before.sha256())) {
      if (existed) {
        putInPlace(aside, target); // theirs goes back, unless they have saved again since
        Files.deleteIfExists(aside);
      }
      throw new FileChangedException(target);
    }
    boolean placed = putInPlace(tmp, target);
    if (existed) {
      Files.delete(aside); // exactly what was read: nothing of anyone's is in it
    }
    if (!placed) {
      throw new FileChangedException(target);
    }
  }

  /** Fails when {@code target} is missing because a replace of it was interrupted. */
  static void requireNothingSetAside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, prefix(target) + "*.tmp")) {
      for (Path aside : s) {
        throw new IOException(target + " is missing, but " + aside.getFileName() + " beside it holds the copy"
            + " an interrupted run set aside: rename it back to " + target.getFileName() + " and run again");
      }
    }
  }

  private static String prefix(Path target) {
    return "." + target.getFileName() + ".aside-";
  }

  /** {@code source} at {@code target} unless something is there already; false then. */
  private static boolean putInPlace(Path source, Path target) throws IOException {
    try {
      Files.createLink(target, source);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (UnsupportedOperationException | FileSystemException e) {
      // No hard links here (some network or FAT drives): check, then move, as closely as we can.
      if (Files.exists(target)) {
        return false;
      }
      move(source, target);
      return true;
    }
  }

  private static void move(Path source, Path target) throws IOException {
    try {
      Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target);
    }
  }
}
