package org.policyscore.cli;

import java.io.IOException;
import java.io.Writer;
import org.policyscore.io.ControlCharacters;

/**
 * Everything the tool prints passes through here, because much of it comes from outside (policy
 * text, page titles, server messages, archive records) and a control character printed to a
 * terminal is a command. Only line breaks, tabs and carriage returns pass, and, when colours
 * are on, the colour and clear-line sequences the tool itself draws with ({@code ESC [ ... m},
 * {@code ESC [ ... K}); every other control character and escape sequence is dropped.
 */
final class TerminalFilter extends Writer {
  private static final char ESC = '\u001B';
  /** Longer "sequences" are not ours. */
  private static final int MAX_SEQUENCE = 24;

  private final Writer out;
  private final boolean colours;
  private final StringBuilder sequence = new StringBuilder();

  TerminalFilter(Writer out, boolean colours) {
    this.out = out;
    this.colours = colours;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    StringBuilder clean = new StringBuilder(len);
    for (int i = off; i < off + len; i++) {
      char c = cbuf[i];
      if (sequence.length() > 0) {
        sequence.append(c);
        if (sequence.length() == 2) {
          if (c != '[') {
            sequence.setLength(0); // not a colour: ESC and the next character go
          }
        } else if (c == 'm' || c == 'K') {
          if (colours) {
            clean.append(sequence);
          }
          sequence.setLength(0);
        } else if (!(Character.isDigit(c) || c == ';') || sequence.length() > MAX_SEQUENCE) {
          sequence.setLength(0);
        }
      } else if (c == ESC) {
        sequence.append(c);
      } else if (!ControlCharacters.isControl(c)) {
        clean.append(c);
      }
    }
    out.write(clean.toString());
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
