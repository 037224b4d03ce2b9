package org.policyscore.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the archive's log ({@code log.jsonl}): a snapshot added, its record replaced
 * because it was seen again, or an older snapshot taken into the log when the log was started.
 * Every line names the hash of the line before it ({@code prev}), so no line can be edited,
 * removed or put in between without breaking the chain.
 *
 * @param n 1 for the first line, then one more for each
 * @param snapshot {@code company/document/lang/id}
 * @param file the snapshot's file name in its folder
 * @param sha256 of the snapshot's bytes; {@code size} their number
 * @param recordSha256 of the record ({@code <id>.json}) as it is from this line on
 * @param prev SHA-256 of the previous line (64 zeros for the first)
 */
record LogEntry(long n, Event event, Instant at, String snapshot, String file, String sha256, long size,
    String recordSha256, String prev) {

  enum Event {
    /** A new snapshot. */
    ADD,
    /** The record was replaced: the same bytes were seen again ({@code seen_unchanged} grew). */
    SEEN,
    /** A snapshot archived before the log existed, taken in when it was started. */
    ADOPT;

    String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final String NO_PREVIOUS = "0".repeat(64);

  private static final Pattern LINE = Pattern.compile("\\{\"n\":(\\d{1,18}),\"event\":\"(add|seen|adopt)\",\"at\":\"([^\"]{1,40})\","
      + "\"snapshot\":\"([a-z0-9_-]+/[a-z0-9_-]+/[a-z0-9_-]+/[A-Za-z0-9_.-]+)\",\"file\":\"([A-Za-z0-9_.-]+)\","
      + "\"sha256\":\"([0-9a-f]{64})\",\"size\":(\\d{1,18}),\"record_sha256\":\"([0-9a-f]{64})\",\"prev\":\"([0-9a-f]{64})\"\\}");

  static LogEntry of(long n, Event event, Instant at, Snapshot s, String recordSha256, String prev) {
    return new LogEntry(n, event, at, s.key() + "/" + s.id(), s.file().getFileName().toString(), s.sha256(), s.size(),
        recordSha256, prev);
  }

  /** The line as written, without its line end. */
  String line() {
    return "{\"n\":" + n + ",\"event\":\"" + event.jsonName() + "\",\"at\":\"" + at + "\",\"snapshot\":\"" + snapshot
        + "\",\"file\":\"" + file + "\",\"sha256\":\"" + sha256 + "\",\"size\":" + size + ",\"record_sha256\":\""
        + recordSha256 + "\",\"prev\":\"" + prev + "\"}";
  }

  /** The line read back; empty when it is not a line this class writes. */
  static Optional<LogEntry> parse(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new LogEntry(Long.parseLong(m.group(1)), Event.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
          Instant.parse(m.group(3)), m.group(4), m.group(5), m.group(6), Long.parseLong(m.group(7)), m.group(8),
          m.group(9)));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The folder path of the snapshot's record, relative to the archive. */
  String recordPath() {
    return snapshot + ".json";
  }

  /** The snapshot's file, relative to the archive. */
  String filePath() {
    return snapshot.substring(0, snapshot.lastIndexOf('/') + 1) + file;
  }

  static String hash(String line) {
    return ArchiveWriter.sha256(line.getBytes(StandardCharsets.UTF_8));
  }
}
