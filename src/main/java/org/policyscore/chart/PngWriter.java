package org.policyscore.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * PNG of an RGB image, written straight from its pixel array. ImageIO's writer copies every row
 * out of the raster one sample at a time and compresses at a high level; that was most of the
 * time {@code run} spent on charts. A chart is large flat areas of a few colours with
 * anti-aliased edges, which the "up" filter and fast deflate compress nearly as well as the
 * best settings do (docs/performance.md has the sizes), in a fraction of the time.
 *
 * <p>Output is deterministic: no time stamp, no metadata chunks.
 */
final class PngWriter {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int FILTER_UP = 2;

  private PngWriter() {}

  /** @param image an image of type {@link BufferedImage#TYPE_INT_RGB} */
  static byte[] write(BufferedImage image, int level) throws IOException {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("expected an RGB image, not type " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ByteArrayOutputStream out = new ByteArrayOutputStream(width * height / 8);
    out.write(SIGNATURE);

    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(width);
    h.writeInt(height);
    h.writeByte(8); // bits per sample
    h.writeByte(2); // colour type: RGB
    h.writeByte(0); // deflate
    h.writeByte(0); // adaptive filtering, one filter byte per row
    h.writeByte(0); // not interlaced
    chunk(out, "IHDR", header.toByteArray());

    ByteArrayOutputStream data = new ByteArrayOutputStream(width * height / 4);
    Deflater deflater = new Deflater(level);
    try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 1 << 16)) {
      byte[] row = new byte[1 + width * 3];
      byte[] unchanged = new byte[1 + width * 3];
      unchanged[0] = FILTER_UP;
      row[0] = FILTER_UP;
      for (int y = 0; y < height; y++) {
        int offset = y * width;
        if (y > 0 && Arrays.equals(pixels, offset - width, offset, pixels, offset, offset + width)) {
          z.write(unchanged); // a row like the one above: all zeros after the "up" filter
          continue;
        }
        // "up": each byte minus the one above it (zero above the first row)
        for (int x = 0, i = 1; x < width; x++, i += 3) {
          int p = pixels[offset + x];
          int q = y == 0 ? 0 : pixels[offset - width + x];
          row[i] = (byte) ((p >> 16) - (q >> 16));
          row[i + 1] = (byte) ((p >> 8) - (q >> 8));
          row[i + 2] = (byte) (p - q);
        }
        z.write(row);
      }
    } finally {
      deflater.end();
    }
    chunk(out, "IDAT", data.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] content) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    d.writeInt(content.length);
    d.write(name);
    d.write(content);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(content);
    d.writeInt((int) crc.getValue());
  }
}
