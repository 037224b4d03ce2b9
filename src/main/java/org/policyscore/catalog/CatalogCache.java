package org.policyscore.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.policyscore.InvalidInputException;
import org.policyscore.io.AtomicFile;

/**
 * Catalogues read from YAML once, then from a cache. Parsing and checking the RDR catalogue's
 * YAML costs a quarter of a second of CPU on every command that scores, diffs or charts, more
 * than the work of most of them; so after a catalogue has been read, its model is kept in a
 * small binary file ({@link CatalogCodec}) named by the SHA-256 of the YAML's bytes. A changed
 * catalogue has another hash, so it is read from its YAML (and checked) again; nothing goes
 * stale. A cache that cannot be read or written is simply not used.
 *
 * <p>The cache folder is {@code policyscore.cache} (a system property), else
 * {@code $POLICYSCORE_CACHE}, else {@code $XDG_CACHE_HOME/policyscore}, else
 * {@code ~/.cache/policyscore}; {@code off} for either of the first two turns caching off. The
 * {@value #KEPT} most recently written are kept; the folder may be deleted at any time.
 */
public final class CatalogCache {
  private CatalogCache() {}

  /** The catalogue in {@code file}: from the cache when it holds this very YAML, else read and checked. */
  public static Catalog load(Path file) throws InvalidInputException {
    Optional<Path> dir = directory();
    byte[] yaml;
    try {
      yaml = dir.isPresent() ? Files.readAllBytes(file) : null;
    } catch (IOException e) {
      yaml = null; // let the loader say what is wrong with the file
    }
    if (yaml == null) {
      return CatalogLoader.load(file);
    }
    String hash = sha256(yaml);
    Path cached = dir.get().resolve("catalog-" + hash.substring(0, 32) + "-" + CatalogCodec.FORMAT + ".bin");
    if (Files.isRegularFile(cached)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cached)))) {
        return CatalogCodec.read(in);
      } catch (IOException | RuntimeException e) {
        // broken or truncated: read the YAML, and write it again below
      }
    }
    Catalog catalog = CatalogLoader.load(file);
    try {
      if (sha256(Files.readAllBytes(file)).equals(hash)) { // unchanged while it was being read
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
          CatalogCodec.write(catalog, out);
        }
        Files.createDirectories(dir.get());
        AtomicFile.write(cached, bytes.toByteArray());
        prune(dir.get());
      }
    } catch (IOException | RuntimeException e) {
      // a cache is an optimisation: a read-only home folder only makes the next start slower
    }
    return catalog;
  }

  /** Cached catalogues kept: the most recently written; older ones go when a new one is written. */
  static final int KEPT = 16;

  /** Removes all but the {@link #KEPT} newest cached catalogues (each edit of a catalogue makes one). */
  private static void prune(Path dir) throws IOException {
    List<Path> cached;
    try (Stream<Path> files = Files.list(dir)) {
      cached = files.filter(f -> f.getFileName().toString().matches("catalog-[0-9a-f]+-\\d+\\.bin")).toList();
    }
    if (cached.size() <= KEPT) {
      return;
    }
    List<Path> oldestFirst = new ArrayList<>(cached);
    oldestFirst.sort(Comparator.comparing(f -> {
      try {
        return Files.getLastModifiedTime(f).toMillis();
      } catch (IOException e) {
        return 0L;
      }
    }));
    for (Path f : oldestFirst.subList(0, oldestFirst.size() - KEPT)) {
      Files.deleteIfExists(f);
    }
  }

  /** Where cached catalogues go, or empty when caching is off. */
  static Optional<Path> directory() {
    String configured = System.getProperty("policyscore.cache", System.getenv("POLICYSCORE_CACHE"));
    if (configured != null && !configured.isBlank()) {
      return configured.strip().equals("off") ? Optional.empty() : Optional.of(Path.of(configured.strip()));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Optional.of(Path.of(xdg, "policyscore"));
    }
    String home = System.getProperty("user.home");
    return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".cache", "policyscore"));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
