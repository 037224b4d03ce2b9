package org.policyscore.io;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The cells of one CSV row, kept as the file's bytes (checked to be UTF-8 when read) and made
 * into text only when a cell is asked for, once. Reading scores from RDR's element file never
 * touches the researchers' comments, four fifths of its 9.6 MB, so they are never decoded.
 */
final class CsvCells extends AbstractList<String> implements RandomAccess {
  private final byte[] bytes;
  private final int[] starts;
  private final boolean[] ascii;
  private final String[] text;

  CsvCells(byte[] bytes, int[] starts, boolean[] ascii) {
    this.bytes = bytes;
    this.starts = starts;
    this.ascii = ascii;
    this.text = new String[starts.length];
  }

  @Override
  public String get(int index) {
    String t = text[index];
    if (t == null) {
      int from = starts[index];
      int to = index + 1 < starts.length ? starts[index + 1] : bytes.length;
      // ASCII is Latin-1 too, and a Latin-1 string is a straight copy
      t = new String(bytes, from, to - from, ascii[index] ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      text[index] = t;
    }
    return t;
  }

  /** Whether every cell is empty (a spreadsheet's trailing rows), without decoding any. */
  boolean allEmpty() {
    return bytes.length == 0;
  }

  @Override
  public int size() {
    return starts.length;
  }
}
