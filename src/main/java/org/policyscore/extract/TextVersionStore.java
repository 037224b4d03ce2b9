package org.policyscore.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.policyscore.archive.DocumentKey;
import org.policyscore.io.AtomicFile;

/**
 * Text versions on disk: {@code <root>/<company>/<document>/<lang>/<timestamp>.md}, each with
 * a {@code <timestamp>.json} sidecar ({@link VersionMetadata}). The root is the workspace's
 * {@code policies/text/}. Versions are derived data: {@link #replaceAll} makes the folder hold
 * exactly the versions rebuilt from the archive. Files are written atomically and only when
 * their bytes change, so a rebuild that changes nothing touches nothing.
 */
public final class TextVersionStore {
  private final Path root;

  public TextVersionStore(Path root) {
    this.root = root;
  }

  /** What a write did: files created or rewritten, left as they were, and stale ones removed. */
  public record Changes(int written, int unchanged, int removed) {}

  public Path folder(DocumentKey key) {
    return root.resolve(key.company()).resolve(key.document()).resolve(key.lang());
  }

  public Path textFile(DocumentKey key, String timestamp) {
    return folder(key).resolve(checkTimestamp(timestamp) + ".md");
  }

  public Path metadataFile(DocumentKey key, String timestamp) {
    return folder(key).resolve(checkTimestamp(timestamp) + ".json");
  }

  /**
   * Timestamps of the stored versions, oldest first. Every reader of the texts lists them here
   * first, so a text version that is a symbolic link (to a file outside, like /etc/passwd) is
   * refused here, and never read as a policy.
   */
  public List<String> timestamps(DocumentKey key) throws IOException {
    Path dir = folder(key);
    requireNoLinkedFolder(dir);
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        String n = p.getFileName().toString();
        if ((n.endsWith(".md") || n.endsWith(".json")) && !n.startsWith(".") && Files.isSymbolicLink(p)) {
          throw new IOException("refused: " + p + " is a symbolic link; text versions are files, never links");
        }
        if (n.endsWith(".md") && !n.startsWith(".")) {
          out.add(n.substring(0, n.length() - 3));
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * The stored versions of a document, oldest first, with their metadata read back from the
   * sidecars: what evidence finding and diffs read.
   *
   * @throws IOException when a file cannot be read or a sidecar is damaged (named in the message)
   */
  public List<TextVersion> versions(DocumentKey key) throws IOException {
    List<TextVersion> out = new ArrayList<>();
    for (String ts : timestamps(key)) {
      String text = Files.readString(textFile(key, ts), StandardCharsets.UTF_8);
      out.add(new TextVersion(key, ts, text, VersionMetadata.read(metadataFile(key, ts))));
    }
    return out;
  }

  /** The newest version's text, if there is one. */
  public Optional<String> newestText(DocumentKey key) throws IOException {
    List<String> ts = timestamps(key);
    if (ts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Files.readString(textFile(key, ts.get(ts.size() - 1)), StandardCharsets.UTF_8));
  }

  /**
   * Adds a version only when its text differs from the newest stored one; returns whether it
   * did. For adding one new snapshot's text without a rebuild.
   */
  public boolean addIfChanged(TextVersion version) throws IOException {
    Optional<String> newest = newestText(version.key());
    if (newest.isPresent() && newest.get().equals(version.text())) {
      return false;
    }
    write(version, new int[3]);
    return true;
  }

  /** Makes the document's folder hold exactly these versions (a rebuild from the archive). */
  public Changes replaceAll(DocumentKey key, List<TextVersion> versions) throws IOException {
    requireNoLinkedFolder(folder(key)); // never write through a link to a folder elsewhere
    int[] counts = new int[3];
    Set<String> keep = new HashSet<>();
    for (TextVersion v : versions) {
      if (!v.key().equals(key)) {
        throw new IllegalArgumentException("version of " + v.key() + " given for " + key);
      }
      write(v, counts);
      keep.add(v.timestamp() + ".md");
      keep.add(v.timestamp() + ".json");
    }
    Path dir = folder(key);
    if (Files.isDirectory(dir)) {
      List<Path> stale = new ArrayList<>();
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> {
          String n = p.getFileName().toString();
          return (n.endsWith(".md") || n.endsWith(".json")) && !n.startsWith(".") && !keep.contains(n);
        }).forEach(stale::add);
      }
      for (Path p : stale) {
        Files.delete(p);
        counts[2]++;
      }
    }
    return new Changes(counts[0], counts[1], counts[2]);
  }

  private void write(TextVersion v, int[] counts) throws IOException {
    put(textFile(v.key(), v.timestamp()), v.text().getBytes(StandardCharsets.UTF_8), counts);
    put(metadataFile(v.key(), v.timestamp()),
        v.metadata().toJson(v.key(), v.timestamp()).getBytes(StandardCharsets.UTF_8), counts);
  }

  private void requireNoLinkedFolder(Path dir) throws IOException {
    for (Path p = dir; p != null && p.startsWith(root) && !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        throw new IOException("refused: " + p + " is a symbolic link; text versions are files, never links");
      }
    }
  }

  private static void put(Path file, byte[] bytes, int[] counts) throws IOException {
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      counts[1]++;
      return;
    }
    AtomicFile.write(file, bytes);
    counts[0]++;
  }

  private static String checkTimestamp(String timestamp) {
    if (!timestamp.matches("[0-9A-Za-z][0-9A-Za-z._-]*")) {
      throw new IllegalArgumentException("not a usable version timestamp: '" + timestamp + "'");
    }
    return timestamp;
  }
}
