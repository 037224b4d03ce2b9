package org.policyscore.catalog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.policyscore.InvalidInputException;
import org.policyscore.io.AtomicFile;

/**
 * Catalogues read from YAML once, then from a cache. Parsing and checking the RDR catalogue's
 * YAML costs a quarter of a second of CPU on every command that scores, diffs or charts, more
 * than the work of most of them; so after a catalogue has been read, its model is kept in a
 * small binary file ({@link CatalogCodec}) that starts with the YAML's bytes. It is used only
 * when those are the catalogue's bytes now; an edited catalogue is read from its YAML (and
 * checked) again, so nothing goes stale. A cache that cannot be read or written is simply not used.
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
    Path cached = dir.get().resolve(name(yaml));
    if (Files.isRegularFile(cached)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cached)))) {
        if (holds(in, yaml)) {
          return CatalogCodec.read(in);
        }
      } catch (IOException | RuntimeException e) {
        // broken or truncated: read the YAML, and write it again below
      }
    }
    Catalog catalog = CatalogLoader.load(file);
    try {
      if (Arrays.equals(Files.readAllBytes(file), yaml)) { // unchanged while it was being read
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
          out.writeInt(yaml.length);
          out.write(yaml);
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

  /**
   * The cache file's name: a checksum of the YAML (CRC-32C, which the JVM computes with the
   * processor's own instruction) and its length. It only finds the file; what decides is
   * {@link #holds}, so two catalogues that happened to share a name would each be read afresh,
   * never one taken for the other. (A cryptographic hash of the YAML, as before, cost tens of
   * milliseconds of CPU on every start.)
   */
  static String name(byte[] yaml) {
    CRC32C crc = new CRC32C();
    crc.update(yaml);
    HexFormat hex = HexFormat.of();
    return "catalog-" + hex.toHexDigits((int) crc.getValue()) + hex.toHexDigits(yaml.length) + "-" + CatalogCodec.FORMAT + ".bin";
  }

  /** Whether the cache file holds this very YAML, byte for byte (the model follows it). */
  private static boolean holds(DataInputStream in, byte[] yaml) throws IOException {
    if (in.readInt() != yaml.length) {
      return false;
    }
    byte[] kept = new byte[yaml.length];
    in.readFully(kept);
    return Arrays.equals(kept, yaml);
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
}
