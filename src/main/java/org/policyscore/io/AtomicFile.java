package org.policyscore.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a file so that readers see either the old content or the new, never half of it:
 * the bytes go to a temporary file in the same folder, which is then moved into place. A file
 * that people also edit (answers.csv) is replaced only if it is unchanged since the tool read
 * it ({@link #stamp}, {@link #replaceIfUnchanged}).
 */
public final class AtomicFile {
  private AtomicFile() {}

  public static void write(Path target, byte[] content) throws IOException {
    replace(target, content);
  }

  /**
   * What a file held when it was read: taken before reading a file the tool will later replace
   * with something made from it, and checked again by {@link #replaceIfUnchanged}.
   *
   * @param sha256 of the bytes, or empty when the file did not exist
   */
  public record Stamp(Path file, Optional<String> sha256) {}

  /**
   * The file's state now: its hash, or that it does not exist.
   *
   * @throws IOException also when the file is missing because a replace was interrupted
   *     between setting the old file aside and putting the new one in place: the message says
   *     where the old one is, rather than the tool starting afresh without it
   */
  public static Stamp stamp(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = sha256();
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        md.update(buffer, 0, n);
      }
      return new Stamp(file, Optional.of(HexFormat.of().formatHex(md.digest())));
    } catch (NoSuchFileException e) {
      GuardedReplace.requireNothingSetAside(file);
      return new Stamp(file, Optional.empty());
    }
  }

  /**
   * Replaces {@code target} only if it still holds what it held at {@code before}: someone
   * (a person saving it from a spreadsheet, another run) may have changed it since it was read,
   * and their change must not be lost, not even when they save at the very moment the tool
   * writes (see {@link GuardedReplace}).
   *
   * @throws FileChangedException when it changed; the file is then left as they saved it
   */
  public static void replaceIfUnchanged(Path target, Stamp before, byte[] content) throws IOException {
    Path tmp = temporary(target, content);
    try {
      GuardedReplace.replace(target, tmp, before);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void replace(Path target, byte[] content) throws IOException {
    Path tmp = temporary(target, content);
    try {
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Numbers this process's temporary files. */
  private static final AtomicInteger TEMPORARIES = new AtomicInteger();

  /**
   * The content in a new temporary file beside {@code target}. Its name is made from the clock
   * and a counter, and the file created only if no other has that name (another process may
   * write beside the same target): {@link Files#createTempFile} would do the same with random
   * names, but seeding its random generator cost every command that writes a file about 15 ms
   * of CPU.
   */
  private static Path temporary(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    for (int attempt = 1; ; attempt++) {
      Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
          + "-" + TEMPORARIES.incrementAndGet() + ".tmp");
      try {
        Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        readableByAll(tmp);
        return tmp;
      } catch (FileAlreadyExistsException taken) {
        // another's file, left alone: try the next name
        if (attempt == 100) {
          throw taken;
        }
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
    }
  }

  /**
   * What the tool publishes (reports, charts, CSVs) is meant to be shared, so it gets the usual
   * rw-r--r--, whatever the temporary file was created with.
   */
  private static void readableByAll(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  public static void write(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void replaceIfUnchanged(Path target, Stamp before, String content) throws IOException {
    replaceIfUnchanged(target, before, content.getBytes(StandardCharsets.UTF_8));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
