package org.policyscore.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.policyscore.ToolVersion;
import org.policyscore.io.AtomicFile;

/**
 * Writes snapshots while holding the archive's lock ({@code policies/archive/.lock}), so two runs
 * never write at once. Snapshot bytes are written once and never touched again; a copy whose
 * bytes equal the newest snapshot's is not stored twice, the newest snapshot's record only notes
 * that it was seen again. Close it to release the lock.
 */
public final class ArchiveWriter implements AutoCloseable {
  /** Where a simulated crash strikes; only tests use anything but {@link #NONE}. */
  enum CrashPoint { NONE, CONTENT_HALF_WRITTEN, CONTENT_IN_PLACE, LOG_LINE_WRITTEN, RECORD_WRITTEN }

  /** Thrown at a {@link CrashPoint}: an Error, so no clean-up code runs, as when a process dies. */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(CrashPoint at) {
      super("simulated crash at " + at);
    }
  }

  private final Archive archive;
  private final CrashPoint crashAt;
  private final FileChannel channel;
  private final FileLock lock;
  private final LogKeeper log;
  /**
   * The newest snapshot of each document written to in this session: while the lock is held
   * nobody else writes, so the folder is read once, not once per copy (an import of hundreds
   * of files would otherwise read every record again for each).
   */
  private final java.util.Map<DocumentKey, Optional<Snapshot>> newestByKey = new java.util.HashMap<>();

  ArchiveWriter(Archive archive, CrashPoint crashAt) throws IOException {
    this.archive = archive;
    this.crashAt = crashAt;
    Files.createDirectories(archive.root());
    Path lockFile = archive.root().resolve(".lock");
    channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock taken;
    try {
      taken = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      taken = null; // held by this same process
    }
    if (taken == null) {
      channel.close();
      throw new ArchiveBusyException(lockFile);
    }
    lock = taken;
    try {
      log = LogKeeper.open(archive);
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  public Archive archive() {
    return archive;
  }

  /**
   * Stores {@code bytes} as the newest copy of {@code key}, or, when they equal the newest
   * snapshot's bytes, records that it was seen again.
   *
   * @param nameHint a URL or file name whose extension is used when the content type is unknown
   */
  public synchronized StoreResult store(DocumentKey key, byte[] bytes, Provenance provenance, String nameHint)
      throws IOException {
    String sha = sha256(bytes);
    Optional<Snapshot> newest = newest(key);
    if (newest.isPresent() && newest.get().sha256().equals(sha) && Files.isRegularFile(newest.get().file())) {
      Snapshot seen = seenAgain(newest.get(), provenance.obtainedAt());
      newestByKey.put(key, Optional.of(seen));
      return new StoreResult(seen, false);
    }
    Path dir = key.dir(archive.root());
    NoLinks.require(archive.root(), dir);
    Files.createDirectories(dir);
    NoLinks.require(archive.root(), dir);
    String ext = Extensions.of(provenance.contentType(), nameHint);
    String id = freeId(dir, Snapshot.stamp(provenance.obtainedAt()));
    Path file = dir.resolve(id + "." + ext);
    Snapshot snapshot = new Snapshot(key, id, file, dir.resolve(id + ".json"), sha, bytes.length,
        provenance, archive.clock().instant(), ToolVersion.get(), List.of());

    Path tmp = Files.createTempFile(dir, "." + id + ".", ".tmp");
    try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      if (crashAt == CrashPoint.CONTENT_HALF_WRITTEN) {
        buffer.limit(bytes.length / 2);
        out.write(buffer);
        throw new SimulatedCrash(crashAt);
      }
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true); // the bytes are on disk before anything points at them
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    move(tmp, file);
    if (crashAt == CrashPoint.CONTENT_IN_PLACE) {
      throw new SimulatedCrash(crashAt);
    }
    // Then the log line, then the record: until the record exists, the snapshot is not listed
    // anywhere; until the head moves on, the log line is a write in progress (see LogKeeper).
    byte[] record = SidecarJson.write(snapshot).getBytes(StandardCharsets.UTF_8);
    log.add(LogEntry.Event.ADD, snapshot, record, snapshot.archivedAt());
    if (crashAt == CrashPoint.LOG_LINE_WRITTEN) {
      throw new SimulatedCrash(crashAt);
    }
    AtomicFile.write(snapshot.sidecar(), record);
    if (crashAt == CrashPoint.RECORD_WRITTEN) {
      throw new SimulatedCrash(crashAt);
    }
    log.seal();
    if (newest.isEmpty() || Archive.OLDEST_FIRST.compare(snapshot, newest.get()) > 0) {
      newestByKey.put(key, Optional.of(snapshot));
    }
    return new StoreResult(snapshot, true);
  }

  private Optional<Snapshot> newest(DocumentKey key) throws IOException {
    Optional<Snapshot> known = newestByKey.get(key);
    if (known == null) {
      known = archive.newest(key);
      newestByKey.put(key, known);
    }
    return known;
  }

  private Snapshot seenAgain(Snapshot s, Instant when) throws IOException {
    List<Instant> seen = new ArrayList<>(s.seenUnchanged());
    if (!when.isAfter(s.lastSeen())) {
      return s; // an older copy imported late says nothing new about when it was seen
    }
    seen.add(when);
    Snapshot updated = new Snapshot(s.key(), s.id(), s.file(), s.sidecar(), s.sha256(), s.size(),
        s.provenance(), s.archivedAt(), s.toolVersion(), seen);
    // Only the seen_unchanged list differs; the record is replaced atomically, never edited in
    // place, and the log says which record is now the right one.
    byte[] record = SidecarJson.write(updated).getBytes(StandardCharsets.UTF_8);
    log.add(LogEntry.Event.SEEN, updated, record, archive.clock().instant());
    AtomicFile.write(s.sidecar(), record);
    log.seal();
    return updated;
  }

  /**
   * The stamp, or stamp-2, stamp-3...: never a name any file in the folder already starts with.
   * The folder is listed once, so many copies taken in the same second cost one listing each.
   */
  private static String freeId(Path dir, String stamp) throws IOException {
    java.util.Set<String> taken = new java.util.HashSet<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, stamp + "*")) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        int dot = name.indexOf('.');
        taken.add(dot < 0 ? name : name.substring(0, dot));
      }
    }
    for (int n = 1; ; n++) {
      String id = n == 1 ? stamp : stamp + "-" + n;
      if (!taken.contains(id)) {
        return id;
      }
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    if (Files.exists(target)) {
      throw new IOException("refusing to overwrite " + target);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } finally {
      channel.close();
    }
  }
}
