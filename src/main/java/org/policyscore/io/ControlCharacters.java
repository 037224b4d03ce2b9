package org.policyscore.io;

/**
 * Control characters (ESC, NUL, BEL, DEL, the C1 set) in text taken from the web or from files:
 * no policy holds one, and printed to a terminal an ESC sequence is a command (it can move the
 * cursor, hide text, retitle the window). Line breaks and tabs are text and stay.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  public static boolean isControl(int cp) {
    return Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\r' && cp != '\t';
  }

  /** {@code text} without its control characters; the same string when it has none. */
  public static String strip(String text) {
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isControl(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
