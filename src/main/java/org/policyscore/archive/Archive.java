package org.policyscore.archive;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.policyscore.Workspace;

/**
 * The snapshot store, {@code policies/archive/<company>/<document>/<lang>/<stamp>.<ext>} with a
 * {@code <stamp>.json} record beside each file. Reading needs no lock; writing goes through an
 * {@link ArchiveWriter} from {@link #open()}, which holds the archive's lock.
 *
 * <p>A snapshot exists once its JSON record does: the bytes are moved into place first and the
 * record last, so an interrupted write leaves nothing that is listed.
 */
public final class Archive {
  static final Comparator<Snapshot> OLDEST_FIRST =
      Comparator.comparing(Snapshot::obtainedAt)
          .thenComparingInt(s -> s.id().length())
          .thenComparing(Snapshot::id);

  private final Path root;
  private final Clock clock;

  public Archive(Path root, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.clock = clock;
  }

  public static Archive of(Workspace workspace) {
    return new Archive(workspace.archive(), Clock.systemUTC());
  }

  public Path root() {
    return root;
  }

  /** The clock that stamps snapshots; tests fix it. */
  public Clock clock() {
    return clock;
  }

  /** The snapshots of one document in one language, oldest first. */
  public List<Snapshot> snapshots(DocumentKey key) throws IOException {
    Path dir = key.dir(root);
    if (!Files.exists(dir, NoLinks.NOFOLLOW) && !Files.isSymbolicLink(dir)) {
      return List.of();
    }
    NoLinks.require(root, dir);
    if (!Files.isDirectory(dir, NoLinks.NOFOLLOW)) {
      return List.of();
    }
    List<Snapshot> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path sidecar : files) {
        if (!sidecar.getFileName().toString().startsWith(".")) {
          out.add(SidecarJson.read(sidecar, key));
        }
      }
    }
    out.sort(OLDEST_FIRST);
    return out;
  }

  public Optional<Snapshot> newest(DocumentKey key) throws IOException {
    List<Snapshot> all = snapshots(key);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * A snapshot by its id (time stamp), or by a prefix of its SHA-256 or id; empty when none or
   * more than one match.
   */
  public Optional<Snapshot> find(DocumentKey key, String idOrHashPrefix) throws IOException {
    List<Snapshot> matches = snapshots(key).stream()
        .filter(s -> s.id().startsWith(idOrHashPrefix) || s.sha256().startsWith(idOrHashPrefix.toLowerCase(java.util.Locale.ROOT)))
        .toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }

  /**
   * The archived bytes, exactly as they were obtained: checked against the size and SHA-256 in
   * the record before they are given out, so nothing altered (or put in place of the file, like
   * a link to a file elsewhere) is ever read as the archived copy.
   */
  public byte[] read(Snapshot snapshot) throws IOException {
    NoLinks.require(root, snapshot.file());
    NoLinks.requireRegularFile(snapshot.file());
    long size = Files.size(snapshot.file());
    if (size != snapshot.size()) {
      throw new IOException("refused: " + snapshot.file() + " is " + size + " bytes, but " + snapshot.size()
          + " were archived: it was altered (run 'policyscore verify')");
    }
    byte[] bytes = Files.readAllBytes(snapshot.file());
    String sha = ArchiveWriter.sha256(bytes);
    if (!sha.equals(snapshot.sha256())) {
      throw new IOException("refused: " + snapshot.file() + " has SHA-256 " + sha.substring(0, 12) + ", but "
          + snapshot.shortHash() + " was archived: it was altered (run 'policyscore verify')");
    }
    return bytes;
  }

  /** The snapshots in {@code dir} whose records read, skipping any that do not. */
  static List<Snapshot> readable(Path dir, DocumentKey key) throws IOException {
    List<Snapshot> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
      for (Path sidecar : files) {
        if (!sidecar.getFileName().toString().startsWith(".")) {
          try {
            out.add(SidecarJson.read(sidecar, key));
          } catch (IOException e) {
            // verify reports it
          }
        }
      }
    }
    return out;
  }

  /** Every document that has a folder in the archive, sorted. */
  public List<DocumentKey> keys() throws IOException {
    TreeSet<DocumentKey> keys = new TreeSet<>();
    for (Path company : subdirs(root)) {
      for (Path document : subdirs(company)) {
        for (Path lang : subdirs(document)) {
          String c = company.getFileName().toString();
          String d = document.getFileName().toString();
          String l = lang.getFileName().toString();
          if (DocumentKey.validPart(c) && DocumentKey.validPart(d) && DocumentKey.validPart(l)) {
            keys.add(new DocumentKey(c, d, l));
          }
        }
      }
    }
    return List.copyOf(keys);
  }

  /** Takes the archive's lock for writing; fails at once if another run holds it. */
  public ArchiveWriter open() throws IOException {
    return new ArchiveWriter(this, ArchiveWriter.CrashPoint.NONE);
  }

  /** For tests: a writer that dies at {@code crashAt}, as a killed process would. */
  ArchiveWriter open(ArchiveWriter.CrashPoint crashAt) throws IOException {
    return new ArchiveWriter(this, crashAt);
  }

  static List<Path> subdirs(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> out = new ArrayList<>();
    // Links to folders are not followed: verify reports them.
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> Files.isDirectory(p, NoLinks.NOFOLLOW)
        && !p.getFileName().toString().startsWith("."))) {
      s.forEach(out::add);
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }
}
