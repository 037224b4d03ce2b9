package org.policyscore.io;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629): no stray continuation bytes, no
 * truncated sequences, no overlong forms, no surrogates, nothing above U+10FFFF. The JDK's
 * {@code new String(bytes, UTF_8)} replaces such bytes silently; a person's file that is not
 * UTF-8 must be named instead.
 */
final class Utf8 {
  private Utf8() {}

  static boolean isValid(byte[] b, int from, int length) {
    int i = from;
    int end = from + length;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return false; // a continuation byte out of place, or C0, C1, F5-FF
      }
      if (i + n >= end) {
        return false; // cut short
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += n + 1;
    }
    return true;
  }
}
