package org.policyscore.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the scratch folders that OCR works in. */
final class TempFiles {
  private TempFiles() {}

  /** Deletes a folder and everything in it; what cannot be deleted is left (it is in the temp folder). */
  static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a scratch folder left behind in the temp folder harms nothing
    }
  }
}
