package org.policyscore.extract;

import java.util.Locale;

/** Byte counts for messages: "50.0 MB". */
final class Sizes {
  private Sizes() {}

  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
