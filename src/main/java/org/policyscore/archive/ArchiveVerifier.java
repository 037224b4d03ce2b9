package org.policyscore.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Re-hashes every snapshot and reports files that are missing, altered or unaccounted for. */
public final class ArchiveVerifier {
  private ArchiveVerifier() {}

  public static ArchiveCheck verify(Archive archive) throws IOException {
    List<ArchiveCheck.Finding> findings = new ArrayList<>();
    int checked = 0;
    for (DocumentKey key : archive.keys()) {
      Path dir = key.dir(archive.root());
      Set<Path> recorded = new HashSet<>();
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, Files::isRegularFile)) {
        s.forEach(entries::add);
      }
      entries.sort(Comparator.naturalOrder());
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".json") || name.startsWith(".")) {
          continue;
        }
        recorded.add(p);
        Snapshot snap;
        try {
          snap = SidecarJson.read(p, key);
        } catch (IOException e) {
          findings.add(new ArchiveCheck.Finding(ArchiveCheck.Kind.DAMAGED_RECORD, p, e.getMessage()));
          continue;
        }
        checked++;
        recorded.add(snap.file());
        if (!Files.isRegularFile(snap.file())) {
          findings.add(new ArchiveCheck.Finding(ArchiveCheck.Kind.MISSING, snap.file(),
              "recorded in " + p.getFileName() + " but not there"));
          continue;
        }
        long size = Files.size(snap.file());
        String sha = sha256(snap.file());
        if (!sha.equals(snap.sha256()) || size != snap.size()) {
          findings.add(new ArchiveCheck.Finding(ArchiveCheck.Kind.ALTERED, snap.file(),
              "SHA-256 " + sha.substring(0, 12) + " and " + size + " bytes, recorded "
                  + snap.shortHash() + " and " + snap.size() + " bytes"));
        }
      }
      for (Path p : entries) {
        if (recorded.contains(p)) {
          continue;
        }
        String name = p.getFileName().toString();
        if (name.startsWith(".") && name.endsWith(".tmp")) {
          findings.add(new ArchiveCheck.Finding(ArchiveCheck.Kind.UNFINISHED_WRITE, p,
              "left by an interrupted run; never used; safe to delete"));
        } else {
          findings.add(new ArchiveCheck.Finding(ArchiveCheck.Kind.UNRECORDED_FILE, p,
              "no record beside it (an interrupted write, or put there by hand); never used"));
        }
      }
    }
    findings.sort(Comparator.comparing((ArchiveCheck.Finding f) -> !f.kind().problem())
        .thenComparing(f -> f.path().toString()));
    return new ArchiveCheck(checked, findings);
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
