package org.policyscore.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyscore.io.AtomicFile;

/**
 * The archive's append-only log, {@code policies/archive/log.jsonl}, and its head,
 * {@code policies/archive-head.json}, kept outside the archive folder. Each line records one
 * snapshot added or one record replaced, with the hash of the line before it; the head holds the
 * number of lines and the hash of the last one. So {@code verify} can tell a deleted record, an
 * edited record, a removed or edited log line, a log cut short, and a deleted archive, from
 * a sound archive. See docs/archive.md for the format.
 */
final class ArchiveLog {
  static final String LOG = "log.jsonl";
  /** Larger logs are not read: a million snapshots would be ~400 MB. */
  private static final long MAX_LOG_BYTES = 256L << 20;

  /** What the head says: how many lines the log has, and the hash of the last. */
  record Head(long entries, String last) {
    static final Head EMPTY = new Head(0, LogEntry.NO_PREVIOUS);
  }

  /**
   * The log as read: its sound lines, in order, and the first problem, if any.
   *
   * @param hashes the hash of each sound line, in order
   * @param problem what is wrong with the first line that is not sound
   * @param torn a last line with no line end (a write interrupted halfway)
   * @param soundBytes the length of the sound lines, line ends included
   */
  record Contents(List<LogEntry> entries, List<String> hashes, List<Long> ends, Optional<String> problem, boolean torn,
      long soundBytes) {
    /** The hash of line {@code n} (1-based), or the hash before the first for 0. */
    String hashOf(long n) {
      return n == 0 ? LogEntry.NO_PREVIOUS : hashes.get((int) n - 1);
    }

    /** Bytes up to the end of line {@code n}. */
    long endOf(long n) {
      return n == 0 ? 0 : ends.get((int) n - 1);
    }
  }

  private static final Pattern HEAD_JSON = Pattern.compile(
      "(?s)\\{.*\"entries\"\\s*:\\s*(\\d{1,18})\\s*,\\s*\"last_sha256\"\\s*:\\s*\"([0-9a-f]{64})\".*\\}\\s*");

  private ArchiveLog() {}

  static Path logFile(Path root) {
    return root.resolve(LOG);
  }

  /** Beside the archive folder, named after it: {@code policies/archive-head.json}. */
  static Path headFile(Path root) {
    return root.resolveSibling(root.getFileName() + "-head.json");
  }

  /** The head, or empty when there is none; an unreadable head is an IOException. */
  static Optional<Head> readHead(Path root) throws IOException {
    Path file = headFile(root);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    NoLinks.requireRegularFile(file);
    if (Files.size(file) > 4096) {
      throw new IOException(file + " is not an archive head (too large)");
    }
    Matcher m = HEAD_JSON.matcher(Files.readString(file, StandardCharsets.UTF_8));
    if (!m.matches()) {
      throw new IOException(file + " is not an archive head (edited?)");
    }
    return Optional.of(new Head(Long.parseLong(m.group(1)), m.group(2)));
  }

  static void writeHead(Path root, Head head) throws IOException {
    AtomicFile.write(headFile(root), "{\n"
        + "  \"about\": \"The end of policies/archive/log.jsonl, kept outside the archive so that 'policyscore verify'"
        + " notices an archive or log that was deleted or cut short. Written by policyscore; do not edit.\",\n"
        + "  \"entries\": " + head.entries() + ",\n"
        + "  \"last_sha256\": \"" + head.last() + "\"\n"
        + "}\n");
  }

  static Contents read(Path root) throws IOException {
    return readFile(logFile(root));
  }

  static Contents readFile(Path file) throws IOException {
    NoLinks.requireRegularFile(file);
    if (Files.size(file) > MAX_LOG_BYTES) {
      throw new IOException(file + " is larger than " + (MAX_LOG_BYTES >> 20) + " MB; not an archive log");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<LogEntry> entries = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    List<Long> ends = new ArrayList<>();
    String prev = LogEntry.NO_PREVIOUS;
    int start = 0;
    long sound = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        return new Contents(entries, hashes, ends, Optional.empty(), true, sound);
      }
      String line = text.substring(start, end);
      long n = entries.size() + 1;
      Optional<LogEntry> entry = LogEntry.parse(line);
      String problem = entry.isEmpty() ? "line " + n + " is not a log line"
          : entry.get().n() != n ? "line " + n + " is numbered " + entry.get().n() + " (a line was removed or moved)"
          : !entry.get().prev().equals(prev) ? "line " + n + " does not follow line " + (n - 1)
              + " (a line before it was edited, removed or put in)"
          : null;
      if (problem != null) {
        return new Contents(entries, hashes, ends, Optional.of(problem), false, sound);
      }
      entries.add(entry.get());
      prev = LogEntry.hash(line);
      hashes.add(prev);
      sound += line.getBytes(StandardCharsets.UTF_8).length + 1;
      ends.add(sound);
      start = end + 1;
    }
    return new Contents(entries, hashes, ends, Optional.empty(), false, sound);
  }

  /** Appends one line and forces it to disk; the caller writes the head once the change is whole. */
  static void append(Path root, LogEntry entry) throws IOException {
    byte[] line = (entry.line() + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel out = FileChannel.open(logFile(root), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS)) {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true);
    }
  }

  /** Cuts the log back to its first {@code bytes} bytes: drops lines of writes never finished. */
  static void truncate(Path root, long bytes) throws IOException {
    try (FileChannel out = FileChannel.open(logFile(root), StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      out.truncate(bytes);
      out.force(true);
    }
  }
}
