package org.policyscore.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A text version as {@code extract} stores it: {@code <texts>/<company>/<document>/<lang>/
 * <stamp>.md} with a {@code <stamp>.json} sidecar that lists the snapshots (SHA-256) that gave
 * this text and the damage flags. Only what evidence needs is read from the sidecar.
 *
 * @param stamp the version's name: the UTC time stamp of the first snapshot that gave it
 * @param snapshotSha that first snapshot's SHA-256
 * @param flags the codes of the damage flags extraction raised (e.g. {@code khmer-orphan-sign})
 */
public record StoredText(String stamp, String text, String snapshotSha, List<String> flags) {
  private static final Pattern SNAPSHOTS = Pattern.compile("\\\"snapshots\\\"\\s*:\\s*\\[\\s*\\\"([0-9a-f]{64})\\\"");
  private static final Pattern FLAG = Pattern.compile("\\\"code\\\"\\s*:\\s*\\\"([^\\\"]+)\\\"");

  public StoredText {
    flags = List.copyOf(flags);
  }

  /** Extraction raised no damage flag: the text is what the page says, in its language. */
  public boolean passesLanguageCheck() {
    return flags.isEmpty();
  }

  /**
   * The newest version whose time stamp falls in {@code year} or before, if any.
   *
   * @param folder {@code <texts>/<company>/<document>/<lang>}
   */
  public static Optional<StoredText> newestAsOf(Path folder, int year) throws IOException {
    if (!Files.isDirectory(folder)) {
      return Optional.empty();
    }
    List<String> stamps = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md") && !n.startsWith(".") && n.length() > 7)
          .map(n -> n.substring(0, n.length() - 3))
          .filter(stamp -> stamp.matches("\\d{4}.*") && Integer.parseInt(stamp.substring(0, 4)) <= year)
          .forEach(stamps::add);
    }
    if (stamps.isEmpty()) {
      return Optional.empty();
    }
    stamps.sort(null);
    String stamp = stamps.get(stamps.size() - 1);
    String text = Files.readString(folder.resolve(stamp + ".md"), StandardCharsets.UTF_8);
    Path sidecar = folder.resolve(stamp + ".json");
    String json = Files.isRegularFile(sidecar) ? Files.readString(sidecar, StandardCharsets.UTF_8) : "";
    Matcher m = SNAPSHOTS.matcher(json);
    if (!m.find()) {
      throw new IOException(sidecar + ": no snapshot recorded for this text version; run extract again");
    }
    List<String> flags = new ArrayList<>();
    Matcher f = FLAG.matcher(json);
    while (f.find()) {
      flags.add(f.group(1));
    }
    return Optional.of(new StoredText(stamp, text, m.group(1), flags));
  }
}
