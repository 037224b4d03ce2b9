package org.policyscore.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses a DOCX (a zip) that unpacks to far more than it weighs, before any parser sees it.
 * Inflates every entry into nothing, counting, and stops as soon as a bound is passed, so the
 * check itself costs at most {@code maxUnzippedBytes} of inflation and no memory, and gives a
 * clear, early answer before {@link DocxExtractor} unpacks anything.
 */
final class ZipBombCheck {
  private ZipBombCheck() {}

  /** An entry may unpack to this much whatever its ratio: ordinary XML compresses ~10:1. */
  static final long RATIO_FREE_BYTES = 16L << 20;

  static final int MAX_RATIO = 100;
  static final int MAX_ENTRIES = 10_000;

  static void check(byte[] zip, long maxUnzippedBytes) throws ExtractionException {
    long total = 0;
    int entries = 0;
    byte[] buf = new byte[64 * 1024];
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw new ExtractionException("refused: the file holds more than " + MAX_ENTRIES + " zip entries (zip bomb?)");
        }
        long size = 0;
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
          size += n;
          total += n;
          if (total > maxUnzippedBytes) {
            throw new ExtractionException("refused: the file unpacks to more than "
                + Sizes.mb(maxUnzippedBytes) + " (zip bomb?)");
          }
          // Streamed entries may not declare their packed size; the whole file bounds it.
          long packed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : zip.length;
          if (size > RATIO_FREE_BYTES && size / packed > MAX_RATIO) {
            throw new ExtractionException("refused: zip entry '" + entry.getName() + "' unpacks more than "
                + MAX_RATIO + " times its packed size (zip bomb?)");
          }
        }
      }
    } catch (IOException e) {
      throw new ExtractionException("not a readable DOCX (broken zip): " + e.getMessage(), null, e);
    }
  }
}
