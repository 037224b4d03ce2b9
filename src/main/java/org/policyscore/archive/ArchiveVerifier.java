package org.policyscore.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.policyscore.archive.ArchiveCheck.Finding;
import org.policyscore.archive.ArchiveCheck.Kind;

/**
 * Checks the whole archive: re-hashes every snapshot against its record, checks every record
 * against the log, the log's chain of hashes against itself and its end against the head, and
 * reports links, files with no record, and leftovers of interrupted writes. Reads only; never
 * follows a link.
 */
public final class ArchiveVerifier {
  private ArchiveVerifier() {}

  public static ArchiveCheck verify(Archive archive) throws IOException {
    Path root = archive.root();
    List<Finding> findings = new ArrayList<>();
    Optional<ArchiveLog.Head> head;
    try {
      head = ArchiveLog.readHead(root);
    } catch (IOException e) {
      findings.add(new Finding(Kind.HEAD_MISSING, ArchiveLog.headFile(root), e.getMessage()));
      head = Optional.empty();
    }
    if (!Files.exists(root) || !Files.isDirectory(root)) {
      if (head.isPresent() && head.get().entries() > 0) {
        findings.add(new Finding(Kind.ARCHIVE_MISSING, root, "gone, though " + ArchiveLog.headFile(root).getFileName() + " says "
            + head.get().entries() + " change(s) were logged in it"));
      } else if (holdsFiles(root.resolveSibling("text"))) {
        // An archive from before the head, deleted: the text versions made from it still say it was there.
        findings.add(new Finding(Kind.ARCHIVE_MISSING, root, "gone, though " + root.resolveSibling("text")
            + " holds text versions extracted from it"));
      }
      return new ArchiveCheck(0, findings);
    }
    Map<Path, List<Path>> filesByFolder = walk(root, findings);

    // Records, and the files they describe.
    Map<String, String> recordHashes = new TreeMap<>(); // record path in the archive -> SHA-256 of the record
    Set<Path> claimed = new HashSet<>();
    Set<String> damaged = new HashSet<>();
    int checked = 0;
    for (DocumentKey key : archive.keys()) {
      Path dir = key.dir(root);
      for (Path p : filesByFolder.getOrDefault(dir, List.of())) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".json") || name.startsWith(".")) {
          continue;
        }
        claimed.add(p);
        recordHashes.put(relative(root, p), sha256(p));
        Snapshot snap;
        try {
          snap = SidecarJson.read(p, key);
        } catch (IOException e) {
          findings.add(new Finding(Kind.DAMAGED_RECORD, p, e.getMessage()));
          damaged.add(relative(root, p)); // said once: not also as edited
          continue;
        }
        checked++;
        claimed.add(snap.file());
        findings.addAll(content(snap));
      }
    }
    for (List<Path> files : filesByFolder.values()) {
      for (Path p : files) {
        if (claimed.contains(p) || p.getParent().equals(root)) {
          continue;
        }
        String name = p.getFileName().toString();
        findings.add(name.startsWith(".") && name.endsWith(".tmp")
            ? new Finding(Kind.UNFINISHED_WRITE, p, "left by an interrupted run; never used; safe to delete")
            : new Finding(Kind.UNRECORDED_FILE, p, "no record beside it (an interrupted write, or put there by hand); never used"));
      }
    }
    findings.addAll(againstLog(root, head, recordHashes, damaged));
    findings.sort(Comparator.comparing((Finding f) -> !f.kind().problem()).thenComparing(f -> f.path().toString()));
    return new ArchiveCheck(checked, findings);
  }

  private static List<Finding> content(Snapshot snap) throws IOException {
    if (Files.isSymbolicLink(snap.file())) {
      return List.of(); // reported as a link by the walk
    }
    if (!Files.isRegularFile(snap.file(), NoLinks.NOFOLLOW)) {
      return List.of(new Finding(Kind.MISSING, snap.file(), "recorded in " + snap.sidecar().getFileName() + " but not there"));
    }
    long size = Files.size(snap.file());
    String sha = sha256(snap.file());
    if (!sha.equals(snap.sha256()) || size != snap.size()) {
      return List.of(new Finding(Kind.ALTERED, snap.file(), "SHA-256 " + sha.substring(0, 12) + " and " + size
          + " bytes, recorded " + snap.shortHash() + " and " + snap.size() + " bytes"));
    }
    return List.of();
  }

  /** The records on disk against what the log says was written, and the log against its head. */
  private static List<Finding> againstLog(Path root, Optional<ArchiveLog.Head> head, Map<String, String> onDisk,
      Set<String> damaged) throws IOException {
    List<Finding> out = new ArrayList<>();
    Path logFile = ArchiveLog.logFile(root);
    if (!Files.exists(logFile) && !Files.isSymbolicLink(logFile)) {
      if (head.isPresent()) {
        out.add(new Finding(Kind.LOG_MISSING, logFile, "deleted, though " + ArchiveLog.headFile(root).getFileName() + " says it had "
            + head.get().entries() + " entries; the records can no longer be checked against it"));
      } else {
        out.add(new Finding(Kind.LOG_NOT_STARTED, logFile, "this archive was made before the log existed: records"
            + " deleted or edited cannot be told until the next fetch or import starts the log"));
      }
      return out;
    }
    ArchiveLog.Contents log;
    try {
      log = ArchiveLog.read(root);
    } catch (IOException e) {
      out.add(new Finding(Kind.LOG_ALTERED, logFile, e.getMessage()));
      return out;
    }
    log.problem().ifPresent(p -> out.add(new Finding(Kind.LOG_ALTERED, logFile, p)));
    long confirmed = log.entries().size();
    if (head.isEmpty()) {
      out.add(new Finding(Kind.HEAD_MISSING, ArchiveLog.headFile(root), "deleted: whether the log was cut short"
          + " cannot be told (if the archive was moved here, bring this file with it)"));
    } else if (head.get().entries() > log.entries().size() || !log.hashOf(head.get().entries()).equals(head.get().last())) {
      out.add(new Finding(Kind.LOG_ALTERED, logFile, ArchiveLog.headFile(root).getFileName() + " says the log ends at entry "
          + head.get().entries() + (head.get().entries() > log.entries().size()
              ? ", but it has only " + log.entries().size() + " sound entries: it was cut short"
              : ", and that entry is not the one it names: it was edited")));
      confirmed = Math.min(confirmed, head.get().entries());
    } else {
      confirmed = head.get().entries();
      if (log.entries().size() > confirmed || log.torn()) {
        out.add(new Finding(Kind.UNFINISHED_WRITE, logFile, "the last write was interrupted; the next fetch or"
            + " import finishes or drops it"));
      }
    }
    // The record each logged snapshot should have now: the last line about it says which.
    Map<String, LogEntry> expected = new LinkedHashMap<>();
    for (int i = 0; i < confirmed; i++) {
      LogEntry e = log.entries().get(i);
      expected.put(e.recordPath(), e);
    }
    Set<String> inProgress = new HashSet<>();
    for (int i = (int) confirmed; i < log.entries().size(); i++) {
      inProgress.add(log.entries().get(i).recordPath());
    }
    for (Map.Entry<String, LogEntry> e : expected.entrySet()) {
      String actual = onDisk.get(e.getKey());
      Path record = root.resolve(e.getKey());
      if (actual == null && !inProgress.contains(e.getKey())) {
        out.add(new Finding(Kind.RECORD_DELETED, record, "the log has it (line " + e.getValue().n() + ", "
            + e.getValue().event().jsonName() + " at " + e.getValue().at() + ", SHA-256 " + e.getValue().sha256().substring(0, 12)
            + "), but the record is gone"));
      } else if (actual != null && !actual.equals(e.getValue().recordSha256()) && !inProgress.contains(e.getKey())
          && !damaged.contains(e.getKey())) {
        out.add(new Finding(Kind.RECORD_EDITED, record, "not the record the log says was written (line "
            + e.getValue().n() + "): it was changed since"));
      }
    }
    for (String recorded : onDisk.keySet()) {
      if (!expected.containsKey(recorded) && !inProgress.contains(recorded)) {
        out.add(new Finding(Kind.UNLOGGED_RECORD, root.resolve(recorded), "the archive's log never recorded it:"
            + " put there by hand, or copied from another archive"));
      }
    }
    return out;
  }

  /**
   * Every regular file under the archive, by folder, without following links; links are
   * findings.
   */
  private static Map<Path, List<Path>> walk(Path root, List<Finding> findings) throws IOException {
    Map<Path, List<Path>> byFolder = new TreeMap<>();
    // The archive folder itself may be a link (to a larger disk): walk where it leads, and name
    // what is found by the archive's own path.
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    Files.walkFileTree(start, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path found, BasicFileAttributes attrs) {
        Path file = root.resolve(start.relativize(found));
        if (attrs.isSymbolicLink()) {
          findings.add(new Finding(Kind.SYMLINK, file, "a link in the archive (to something elsewhere); never"
              + " followed: the archive holds copies, not links"));
        } else if (attrs.isRegularFile()) {
          byFolder.computeIfAbsent(file.getParent(), d -> new ArrayList<>()).add(file);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        findings.add(new Finding(Kind.DAMAGED_RECORD, file, "cannot be read: " + e.getMessage()));
        return FileVisitResult.CONTINUE;
      }
    });
    byFolder.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    return byFolder;
  }

  private static boolean holdsFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var files = Files.walk(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p));
    }
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  /** Streams the file, so a large PDF does not need its size in memory. */
  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buffer = new byte[64 * 1024];
      while (in.read(buffer) >= 0) {
        // reading feeds the digest
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
