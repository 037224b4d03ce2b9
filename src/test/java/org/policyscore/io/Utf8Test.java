package org.policyscore.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  private static boolean valid(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return Utf8.isValid(b, 0, b.length);
  }

  @Test
  void wellFormedTextOfEveryLengthIsValid() {
    byte[] text = "ascii, café, ខ្មែរ, “quotes”, 😀".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.isValid(text, 0, text.length)).isTrue();
    assertThat(valid(0xF4, 0x8F, 0xBF, 0xBF)).as("U+10FFFF").isTrue();
  }

  @Test
  void malformedBytesAreNot() {
    assertThat(valid(0x80)).as("a lone continuation byte").isFalse();
    assertThat(valid(0xC0, 0x80)).as("overlong NUL").isFalse();
    assertThat(valid(0xE0, 0x80, 0x80)).as("overlong three bytes").isFalse();
    assertThat(valid(0xED, 0xA0, 0x80)).as("a surrogate").isFalse();
    assertThat(valid(0xF4, 0x90, 0x80, 0x80)).as("above U+10FFFF").isFalse();
    assertThat(valid(0xE1, 0x80)).as("cut short").isFalse();
    assertThat(valid(0x63, 0x61, 0x66, 0xE9)).as("Latin-1 café").isFalse();
    assertThat(valid(0xF5, 0x80, 0x80, 0x80)).isFalse();
  }

  @Test
  void onlyTheGivenRangeIsChecked() {
    byte[] b = {(byte) 0xFF, 'o', 'k', (byte) 0xFF};
    assertThat(Utf8.isValid(b, 1, 2)).isTrue();
  }
}
