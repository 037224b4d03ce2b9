package org.policyscore.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The archive's log as a writer keeps it, under the archive's lock. Opening it starts a log for
 * an archive that has none (every snapshot already there is taken in), finishes or drops the
 * lines of a write that a crash interrupted, and refuses to write on when the log and its head
 * disagree: that is tampering, for a person to look at ({@code verify}), not to write over.
 *
 * <p>The order of a write: the snapshot's bytes, then its log line, then its record, then the
 * head. Lines after the head are a write in progress: on opening, they are kept (and the head
 * moved on) when their record is there as logged, and dropped otherwise.
 */
final class LogKeeper {
  private final Path root;
  private long count;
  private String last;

  private LogKeeper(Path root, long count, String last) {
    this.root = root;
    this.count = count;
    this.last = last;
  }

  static LogKeeper open(Archive archive) throws IOException {
    Path root = archive.root();
    Optional<ArchiveLog.Head> head = ArchiveLog.readHead(root);
    if (!Files.exists(ArchiveLog.logFile(root), NoLinks.NOFOLLOW)) {
      if (head.isPresent() && !finishStart(root, head.get())) {
        throw new IOException("the archive's log " + ArchiveLog.logFile(root) + " is missing, though "
            + ArchiveLog.headFile(root) + " says it had " + head.get().entries() + " entries: it was deleted."
            + " Nothing is written to the archive until this is looked at: run 'policyscore verify'");
      }
      if (head.isEmpty()) {
        start(archive);
      }
      head = ArchiveLog.readHead(root);
    }
    if (head.isEmpty()) {
      throw new IOException(ArchiveLog.headFile(root) + " is missing, so the end of the archive's log cannot be"
          + " checked (if the archive was moved here, bring that file with it). Nothing is written to the archive"
          + " until this is looked at: run 'policyscore verify'");
    }
    ArchiveLog.Contents log = ArchiveLog.read(root);
    ArchiveLog.Head h = head.get();
    if (log.entries().size() < h.entries() || !log.hashOf(h.entries()).equals(h.last())) {
      throw new IOException("the archive's log does not match " + ArchiveLog.headFile(root)
          + (log.problem().isPresent() ? " (" + log.problem().get() + ")" : " (it was cut short or edited)")
          + ". Nothing is written to the archive until this is looked at: run 'policyscore verify'");
    }
    long confirmed = h.entries();
    while (confirmed < log.entries().size() && whole(root, log.entries().get((int) confirmed))) {
      confirmed++;
    }
    if (confirmed < log.entries().size() || log.torn() || log.problem().isPresent()) {
      ArchiveLog.truncate(root, log.endOf(confirmed)); // the rest was never finished
    }
    LogKeeper keeper = new LogKeeper(root, confirmed, log.hashOf(confirmed));
    if (confirmed > h.entries()) {
      keeper.seal();
    }
    return keeper;
  }

  /** Logs a change; {@link #seal} once the record is written. */
  void add(LogEntry.Event event, Snapshot snapshot, byte[] record, Instant at) throws IOException {
    LogEntry entry = LogEntry.of(count + 1, event, at, snapshot, ArchiveWriter.sha256(record), last);
    ArchiveLog.append(root, entry);
    count++;
    last = LogEntry.hash(entry.line());
  }

  void seal() throws IOException {
    ArchiveLog.writeHead(root, new ArchiveLog.Head(count, last));
  }

  /** Whether the record a tail line describes is on disk as logged. */
  private static boolean whole(Path root, LogEntry entry) throws IOException {
    Path record = root.resolve(entry.recordPath());
    return Files.isRegularFile(record, NoLinks.NOFOLLOW)
        && ArchiveWriter.sha256(Files.readAllBytes(record)).equals(entry.recordSha256())
        && Files.isRegularFile(root.resolve(entry.filePath()), NoLinks.NOFOLLOW);
  }

  /**
   * Starts the log of an archive that has none: every readable snapshot is taken in, oldest
   * first, as "adopt" lines. Written aside, then the head, then moved into place, so that a crash
   * leaves either no log (started again next time) or one {@link #finishStart} completes.
   */
  private static void start(Archive archive) throws IOException {
    Path root = archive.root();
    Files.createDirectories(root);
    List<Snapshot> all = new ArrayList<>();
    for (DocumentKey key : archive.keys()) {
      all.addAll(Archive.readable(key.dir(root), key));
    }
    all.sort(Comparator.comparing(Snapshot::archivedAt).thenComparing(s -> s.key().toString()).thenComparing(Snapshot::id));
    StringBuilder text = new StringBuilder();
    String prev = LogEntry.NO_PREVIOUS;
    Instant now = archive.clock().instant();
    for (int i = 0; i < all.size(); i++) {
      Snapshot s = all.get(i);
      LogEntry e = LogEntry.of(i + 1, LogEntry.Event.ADOPT, now, s, ArchiveWriter.sha256(Files.readAllBytes(s.sidecar())), prev);
      text.append(e.line()).append('\n');
      prev = LogEntry.hash(e.line());
    }
    Path tmp = Files.createTempFile(root, "." + ArchiveLog.LOG + ".", ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    ArchiveLog.writeHead(root, new ArchiveLog.Head(all.size(), prev));
    move(tmp, ArchiveLog.logFile(root));
  }

  /** A start interrupted between the head and the move: the log written aside matches the head. */
  private static boolean finishStart(Path root, ArchiveLog.Head head) throws IOException {
    if (!Files.isDirectory(root, NoLinks.NOFOLLOW)) {
      return false;
    }
    try (DirectoryStream<Path> s = Files.newDirectoryStream(root, "." + ArchiveLog.LOG + ".*.tmp")) {
      for (Path tmp : s) {
        ArchiveLog.Contents c = ArchiveLog.readFile(tmp);
        if (c.problem().isEmpty() && !c.torn() && c.entries().size() == head.entries()
            && c.hashOf(head.entries()).equals(head.last())) {
          move(tmp, ArchiveLog.logFile(root));
          return true;
        }
      }
    }
    return false;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
