package org.policyscore.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.policyscore.io.ControlCharacters;

/**
 * One of the two texts being compared, with what a story needs to cite it.
 *
 * @param label where the text comes from, e.g. {@code smart/privacy/en} or a file name
 * @param when the version's date: in force from (a text version), saved (a file), fetched (a URL)
 * @param sha256 SHA-256 of the bytes the text was read from, in hex
 * @param lang {@code en} or {@code km}: which cues apply and how words are found
 * @param text the text itself, Markdown or plain
 */
public record TextSide(String label, Instant when, String sha256, String lang, String text) {

  public TextSide {
    Objects.requireNonNull(label);
    Objects.requireNonNull(when);
    Objects.requireNonNull(sha256);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(text);
    // Both sides end up on a terminal: nothing in them may be a terminal command.
    label = ControlCharacters.strip(label);
    text = ControlCharacters.strip(text);
  }

  /** A side whose hash is that of the text itself, in UTF-8. */
  public static TextSide of(String label, Instant when, String lang, String text) {
    return new TextSide(label, when, sha256(text.getBytes(StandardCharsets.UTF_8)), lang, text);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The first 12 hex digits: enough to name a version in prose. */
  public String shortHash() {
    return sha256.substring(0, Math.min(12, sha256.length()));
  }

  /** Guesses the language from the letters: mostly Khmer letters means {@code km}. */
  public static String guessLanguage(String text) {
    long khmer = 0;
    long letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Comparison.isKhmer(c)) {
          khmer++;
        }
      }
    }
    return letters > 0 && khmer * 3 >= letters ? "km" : "en";
  }
}
