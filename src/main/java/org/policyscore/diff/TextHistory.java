package org.policyscore.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyscore.archive.DocumentKey;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.extract.VersionMetadata;

/**
 * The text versions of one document in one language, oldest first, as the extraction stage
 * leaves them: {@code policies/text/<company>/<document>/<lang>/<UTC-timestamp>.md}, each
 * perhaps with a {@code .json} record naming the snapshots that gave it. Picks a version by
 * what a person remembers: a date, a timestamp, or a hash prefix.
 */
public final class TextHistory {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
  private static final Pattern STAMP_ID = Pattern.compile("(\\d{8}T\\d{6}Z)(?:-\\d+)?");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{4,64}");

  /**
   * One text version.
   *
   * @param id the file name without {@code .md}, e.g. {@code 20250601T080000Z}
   * @param sha256 SHA-256 of the text file
   * @param snapshots SHA-256 of the archived snapshots that gave this text, when recorded
   */
  public record Version(String id, Instant when, Path file, String sha256, List<String> snapshots) {
    public Version {
      snapshots = List.copyOf(snapshots);
    }
  }

  private final String label;
  private final String lang;
  private final List<Version> versions;

  private TextHistory(String label, String lang, List<Version> versions) {
    this.label = label;
    this.lang = lang;
    this.versions = List.copyOf(versions);
  }

  /** The stored versions of {@code key} as the extraction stage keeps them; none if it has none. */
  public static TextHistory read(TextVersionStore store, DocumentKey key, String label) throws IOException {
    List<Version> out = new ArrayList<>();
    for (String id : store.timestamps(key)) {
      Optional<Instant> when = stamp(id);
      if (when.isEmpty()) {
        continue; // not a version (a note someone left there)
      }
      Path file = store.textFile(key, id);
      Path record = store.metadataFile(key, id);
      List<String> snapshots = Files.isRegularFile(record) ? VersionMetadata.read(record).snapshots() : List.of();
      out.add(new Version(id, when.get(), file, TextSide.sha256(Files.readAllBytes(file)), snapshots));
    }
    out.sort(Comparator.comparing(Version::when).thenComparing(Version::id));
    return new TextHistory(label, key.lang(), out);
  }

  public List<Version> versions() {
    return versions;
  }

  public String label() {
    return label;
  }

  /** The version as a side of a diff. */
  public TextSide side(Version v) throws IOException {
    return new TextSide(label, v.when(), v.sha256(), lang, Files.readString(v.file(), StandardCharsets.UTF_8));
  }

  /**
   * The version a person means by {@code when}: an exact version id; a hash prefix (of the text
   * or of a snapshot that gave it, at least 4 hex digits); a timestamp or a date (the version in
   * force then: the newest one not later than that moment, or than the end of that day).
   *
   * @throws IllegalArgumentException with a message for the person, when nothing or several match
   */
  public Version pick(String when) {
    String w = when.strip();
    for (Version v : versions) {
      if (v.id().equals(w)) {
        return v;
      }
    }
    Optional<Instant> moment = moment(w);
    if (moment.isPresent()) {
      Version found = null;
      for (Version v : versions) {
        if (!v.when().isAfter(moment.get())) {
          found = v;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("no version of " + label + " was in force on " + w
            + (versions.isEmpty() ? "" : "; the first is from " + versions.get(0).when()));
      }
      return found;
    }
    if (HEX.matcher(w).matches()) {
      String prefix = w.toLowerCase(Locale.ROOT);
      List<Version> matches = versions.stream()
          .filter(v -> v.sha256().startsWith(prefix) || v.snapshots().stream().anyMatch(s -> s.startsWith(prefix)))
          .toList();
      if (matches.size() == 1) {
        return matches.get(0);
      }
      throw new IllegalArgumentException(matches.isEmpty()
          ? "no version of " + label + " has a hash starting " + w
          : "hash prefix " + w + " matches " + matches.size() + " versions of " + label + "; give more digits");
    }
    throw new IllegalArgumentException("'" + when + "' is not a date (2025-06-01), a timestamp "
        + "(2025-06-01T08:00:00Z or 20250601T080000Z) or a hash prefix (at least 4 hex digits)");
  }

  /**
   * Whether {@code when} has a form {@link #pick} understands (a date, a timestamp, a version
   * id or a hash prefix), before any version is looked at: a date that is no date is the
   * command line's fault, not the archive's.
   */
  public static boolean readableWhen(String when) {
    String w = when.strip();
    if (moment(w).isPresent() || STAMP_ID.matcher(w).matches()) {
      return true;
    }
    boolean looksLikeDate = w.matches("\\d{4}-\\d{1,2}-\\d{1,2}.*") || w.matches("\\d{8}(T.*)?");
    return !looksLikeDate && HEX.matcher(w).matches();
  }

  /** The version in force at {@code moment}, if any. */
  public Optional<Version> inForceAt(Instant moment) {
    Version found = null;
    for (Version v : versions) {
      if (!v.when().isAfter(moment)) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /** A date or timestamp as an instant; a date means the end of that day (UTC). */
  public static Optional<Instant> moment(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return Optional.of(LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
    } catch (DateTimeParseException e) {
      // next form
    }
    if (text.matches("\\d{8}")) {
      try {
        return Optional.of(LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE).plusDays(1)
            .atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return stamp(text);
  }

  static Optional<Instant> stamp(String id) {
    Matcher m = STAMP_ID.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
