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
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.extract.VersionMetadata;
import org.policyscore.text.StatedDate;
import org.policyscore.text.StatedDates;

/**
 * The text versions of one document in one language, oldest first, as the extraction stage
 * leaves them: {@code policies/text/<company>/<document>/<lang>/<UTC-timestamp>.md}, each
 * perhaps with a {@code .json} record naming the snapshots that gave it, which are looked up in
 * the archive so that each version is cited by its copies. Picks a version by what a person
 * remembers: a date, a timestamp, or a hash prefix (of a copy or of the text).
 */
public final class TextHistory {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");
  private static final Pattern STAMP_ID = Pattern.compile("(\\d{8}T\\d{6}Z)(?:-\\d+)?");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{4,64}");

  /**
   * One text version.
   *
   * @param id the file name without {@code .md}, e.g. {@code 20250601T080000Z}
   * @param sha256 SHA-256 of the text file (the text version's hash, not a copy's)
   * @param snapshots SHA-256 of the archived snapshots that gave this text, when recorded
   * @param copies those snapshots as found in the archive, oldest first, with their dates
   * @param stated the dates the text states about itself
   */
  public record Version(String id, Instant when, Path file, String sha256, List<String> snapshots,
      List<Copy> copies, List<StatedDate> stated) {
    public Version {
      snapshots = List.copyOf(snapshots);
      copies = List.copyOf(copies);
      stated = List.copyOf(stated);
    }

    /** How this version is cited. */
    public Citation citation() {
      return new Citation(Citation.HashOf.TEXT_VERSION, sha256,
          copies.isEmpty() ? when : copies.get(0).firstRetrieved(), "first retrieved", copies, id, stated);
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

  /**
   * The stored versions of {@code key} as the extraction stage keeps them, with their copies
   * from {@code archive}; none if it has none.
   *
   * @param archive where the snapshots are; null when there is none (the versions have no copies)
   */
  public static TextHistory read(TextVersionStore store, Archive archive, DocumentKey key, String label)
      throws IOException {
    List<Version> out = new ArrayList<>();
    for (String id : store.timestamps(key)) {
      Optional<Instant> when = stamp(id);
      if (when.isEmpty()) {
        continue; // not a version (a note someone left there)
      }
      Path file = store.textFile(key, id);
      Path record = store.metadataFile(key, id);
      byte[] bytes = Files.readAllBytes(file);
      List<String> snapshots = List.of();
      List<StatedDate> stated = List.of();
      if (Files.isRegularFile(record)) {
        VersionMetadata m = VersionMetadata.read(record);
        snapshots = m.snapshots();
        stated = m.statedDates();
      }
      if (stated.isEmpty()) {
        // a version extracted before stated dates were recorded: the same finder, on its text
        stated = StatedDates.find(new String(bytes, StandardCharsets.UTF_8));
      }
      out.add(new Version(id, when.get(), file, TextSide.sha256(bytes), snapshots, List.of(), stated));
    }
    out.sort(Comparator.comparing(Version::when).thenComparing(Version::id));
    List<Snapshot> archived = archive == null ? List.of() : archive.snapshots(key);
    List<Version> withCopies = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Version v = out.get(i);
      Instant until = i + 1 < out.size() ? out.get(i + 1).when() : Instant.MAX;
      withCopies.add(new Version(v.id(), v.when(), v.file(), v.sha256(), v.snapshots(),
          copies(v, until, archived), v.stated()));
    }
    return new TextHistory(label, key.lang(), withCopies);
  }

  /**
   * The archived copies that gave a version: its recorded snapshot hashes, taken from the
   * version's time until the next version's (the same bytes may come back years later and
   * then belong to a later version).
   */
  private static List<Copy> copies(Version v, Instant until, List<Snapshot> archived) {
    List<Copy> out = new ArrayList<>();
    for (String sha : new java.util.LinkedHashSet<>(v.snapshots())) {
      List<Snapshot> same = archived.stream().filter(s -> s.sha256().equals(sha)).toList();
      List<Snapshot> inTime = same.stream()
          .filter(s -> !s.obtainedAt().isBefore(v.when()) && s.obtainedAt().isBefore(until)).toList();
      (inTime.isEmpty() ? same.stream().limit(1).toList() : inTime).forEach(s -> out.add(Copy.of(s)));
    }
    out.sort(Comparator.comparing(Copy::firstRetrieved).thenComparing(Copy::sha256));
    return out;
  }

  public List<Version> versions() {
    return versions;
  }

  public String label() {
    return label;
  }

  public String lang() {
    return lang;
  }

  /** The version as a side of a diff. */
  public TextSide side(Version v) throws IOException {
    return new TextSide(label, lang, Files.readString(v.file(), StandardCharsets.UTF_8), v.citation());
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
          .filter(v -> v.sha256().startsWith(prefix) || v.snapshots().stream().anyMatch(s -> s.startsWith(prefix))
              || v.copies().stream().anyMatch(c -> c.sha256().startsWith(prefix)))
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
    // 20251345 may be a hash prefix that happens to be all digits; 2025-13-45 is a wrong date.
    return HEX.matcher(w).matches();
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
