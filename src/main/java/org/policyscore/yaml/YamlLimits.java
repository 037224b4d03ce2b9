package org.policyscore.yaml;

import java.util.Locale;
import java.util.Optional;

/**
 * Bounds checked before SnakeYAML sees a file. SnakeYAML scans a long single-line scalar or
 * comment in time that grows with the square of its length (a 1 MB comment line took 32 s and
 * 1 GB; 50 MB never finished), while the same text over many lines is read quickly. Real
 * studies and catalogues have lines of a few thousand characters at most (RDR's longest
 * guidance line is under 3,000), so a much longer line is refused, saying where.
 */
public final class YamlLimits {
  /** Largest YAML file read: the RDR catalogue with all its cues is about 0.2 MB. */
  public static final long MAX_BYTES = 16L << 20;
  /** Longest line: twenty times RDR's longest, and still quick for the parser. */
  public static final int MAX_LINE = 65_536;

  private YamlLimits() {}

  /** What is wrong with a file's size, or empty when it may be read. */
  public static Optional<String> checkSize(long bytes) {
    return bytes > MAX_BYTES
        ? Optional.of(String.format(Locale.ROOT, "the file is %.1f MB; a study, catalogue or record is at most %d MB",
            bytes / 1048576.0, MAX_BYTES >> 20))
        : Optional.empty();
  }

  /** A line that is too long: its number (1-based) and what to say. */
  public record LongLine(int line, String message) {}

  /** The first line longer than {@link #MAX_LINE} characters, if any. Linear in the text. */
  public static Optional<LongLine> checkLines(CharSequence text) {
    int line = 1;
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        line += c == '\n' || i + 1 >= text.length() || text.charAt(i + 1) != '\n' ? 1 : 0;
        length = 0;
      } else if (++length > MAX_LINE) {
        return Optional.of(new LongLine(line, String.format(Locale.ROOT,
            "line %d is longer than %,d characters; a YAML line that long is not a study or catalogue"
                + " (break long text over several lines, e.g. with a '>' block)", line, MAX_LINE)));
      }
    }
    return Optional.empty();
  }
}
