package org.policyscore.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.policyscore.InvalidInputException;

/**
 * Archives copies obtained by hand, each with its own retrieval date. All files are checked
 * (they exist, are not too large) before anything is written; then the copies of each document
 * are stored oldest first, so that a copy whose bytes equal the previous one's is recorded as
 * seen again, not stored twice.
 */
public final class Importer {
  /** Larger than any policy; stops a wrong file (a video, a disk image) from being archived. */
  public static final long MAX_BYTES = 100L * 1024 * 1024;

  /** What happened to one copy. */
  public record Imported(ImportItem item, StoreResult result) {}

  private Importer() {}

  /** @param note recorded with every copy, if given */
  public static List<Imported> importAll(Archive archive, List<ImportItem> items, Optional<String> note)
      throws IOException, InvalidInputException {
    for (ImportItem i : items) {
      if (!Files.isRegularFile(i.file())) {
        throw new InvalidInputException(i.file(), "no such file (asked for by " + i.where() + ")");
      }
      if (Files.size(i.file()) > MAX_BYTES) {
        throw new InvalidInputException(i.file(), "larger than " + MAX_BYTES / (1024 * 1024)
            + " MB; is it the right file?");
      }
    }
    List<ImportItem> ordered = new ArrayList<>(items);
    ordered.sort(Comparator.comparing(ImportItem::key).thenComparing(ImportItem::retrieved)
        .thenComparing(i -> i.file().toString()));
    List<Imported> out = new ArrayList<>();
    try (ArchiveWriter writer = archive.open()) {
      for (ImportItem i : ordered) {
        byte[] bytes = Files.readAllBytes(i.file());
        String name = i.file().getFileName().toString();
        Provenance p = Provenance.imported(i.url(), ContentTypes.detect(bytes, name), i.retrieved(), name, note);
        out.add(new Imported(i, writer.store(i.key(), bytes, p, name)));
      }
    }
    return out;
  }
}
