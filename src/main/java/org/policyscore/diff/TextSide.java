package org.policyscore.diff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.policyscore.io.ControlCharacters;
import org.policyscore.text.StatedDates;

/**
 * One of the two texts being compared, with what a story needs to cite it.
 *
 * @param label where the text comes from, e.g. {@code smart/privacy/en} or a file name
 * @param lang {@code en} or {@code km}: which cues apply and how words are found
 * @param text the text itself, Markdown or plain
 * @param citation its hashes and dates (see {@link Citation})
 */
public record TextSide(String label, String lang, String text, Citation citation) {

  public TextSide {
    Objects.requireNonNull(label);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(text);
    Objects.requireNonNull(citation);
    // Both sides end up on a terminal: nothing in them may be a terminal command.
    label = ControlCharacters.strip(label);
    text = ControlCharacters.strip(text);
  }

  /**
   * A side with no file or archive behind it: its hash is that of the text itself, in UTF-8,
   * and {@code when} is a date given by the caller.
   */
  public static TextSide of(String label, Instant when, String lang, String text) {
    return new TextSide(label, lang, text, new Citation(Citation.HashOf.TEXT,
        sha256(text.getBytes(StandardCharsets.UTF_8)), when, "dated", List.of(), "", StatedDates.find(text)));
  }

  /** The date the side is ordered by (see {@link Citation#when()}). */
  public Instant when() {
    return citation.when();
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
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
