package org.policyscore.extract;

import java.time.Duration;

/**
 * Bounds on one extraction, so that a hostile or broken snapshot costs bounded time and
 * memory and the batch goes on. See docs/extract.md for why each default was chosen.
 *
 * @param maxHtmlBytes HTML larger than this is refused before parsing (a DOM costs several
 *     times the page size in memory)
 * @param maxBinaryBytes PDF or DOCX larger than this is refused before parsing
 * @param writeLimit most characters Tika may produce from one PDF or DOCX
 * @param parseTimeout longest one snapshot's extraction may run, parsing, page-chrome removal
 *     and rendering together; after it the snapshot is an error and the batch goes on
 * @param maxUnzippedBytes most bytes a DOCX may unpack to (zip bomb guard)
 * @param minTextChars a text with fewer non-space characters is an error, not a version
 * @param maxHtmlTags HTML with more tags than this is refused before parsing: each becomes an
 *     element in memory (real policy pages have tens of thousands)
 */
public record ExtractionLimits(
    long maxHtmlBytes,
    long maxBinaryBytes,
    int writeLimit,
    Duration parseTimeout,
    long maxUnzippedBytes,
    int minTextChars,
    int maxHtmlTags) {

  public static final ExtractionLimits DEFAULT = new ExtractionLimits(
      16L << 20, 64L << 20, 20_000_000, Duration.ofSeconds(60), 256L << 20, 200, 2_000_000);

  public ExtractionLimits withMinTextChars(int min) {
    return new ExtractionLimits(maxHtmlBytes, maxBinaryBytes, writeLimit, parseTimeout, maxUnzippedBytes, min,
        maxHtmlTags);
  }

  public ExtractionLimits withParseTimeout(Duration timeout) {
    return new ExtractionLimits(maxHtmlBytes, maxBinaryBytes, writeLimit, timeout, maxUnzippedBytes, minTextChars,
        maxHtmlTags);
  }

  public ExtractionLimits withMaxHtmlTags(int tags) {
    return new ExtractionLimits(maxHtmlBytes, maxBinaryBytes, writeLimit, parseTimeout, maxUnzippedBytes,
        minTextChars, tags);
  }
}
