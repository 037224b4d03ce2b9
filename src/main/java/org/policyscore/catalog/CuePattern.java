package org.policyscore.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How a cue written in the catalogue is read. A cue between slashes is a regular expression as
 * written. Any other cue is a phrase: words matched case-insensitively with any white space or
 * punctuation between them (the evidence finder also tolerates inflection: "share personal
 * data" finds "shared personal data"). A phrase may list alternatives with {@code " | "} and
 * require several parts in the same sentence with {@code " & "}:
 * {@code "disclose | share | provide & government | law enforcement"} finds a sentence that
 * has one of the first three and one of the last two, in any order; {@code #} stands for any
 * number ("received # demands"); {@code @authority} stands for all the words of the catalogue's
 * concept "authority" ({@link Concept}). A part written with a leading {@code !} rules a
 * sentence out: {@code "@disclosure & @user-info & !@boilerplate"} finds sentences about
 * disclosing information unless they also have a word of the concept "boilerplate"
 * (warranties, indemnities, ...). Khmer phrases match as substrings of the text, since Khmer
 * has no spaces between words.
 *
 * <p>{@link #compile} gives an equivalent regular expression for one sentence (without the
 * inflection tolerance, and with {@code @name} left as written: it only checks that a cue
 * compiles); the evidence finder matches all cues at once instead.
 */
public final class CuePattern {
  public static final int FLAGS =
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

  private CuePattern() {}

  /**
   * One part of a phrase cue: its alternatives, any one of which satisfies it; a negated part
   * ({@code !x | y}) is one none of whose alternatives may be in the sentence.
   */
  public record Part(boolean negated, List<String> alternatives) {
    public Part {
      alternatives = List.copyOf(alternatives);
    }
  }

  public static boolean isRegex(String cue) {
    return cue.length() >= 2 && cue.startsWith("/") && cue.endsWith("/");
  }

  /**
   * The parts of a phrase cue, each a list of alternative phrases; a sentence matches when
   * every part that is not negated has an alternative in it, and no negated part has.
   */
  public static List<Part> parts(String cue) {
    List<Part> out = new ArrayList<>();
    for (String part : cue.strip().split("\\s+&\\s+")) {
      String text = part.strip();
      boolean negated = text.startsWith("!");
      if (negated) {
        text = text.substring(1).strip();
      }
      List<String> alternatives = new ArrayList<>();
      for (String alt : text.split("\\s+\\|\\s+")) {
        if (!alt.isBlank()) {
          alternatives.add(alt.strip());
        }
      }
      out.add(new Part(negated, alternatives));
    }
    return out;
  }

  /**
   * The parts of a phrase cue with every {@code @name} alternative replaced by the words of
   * that concept in the cue's language (each word once).
   *
   * @throws IllegalArgumentException for a concept the catalogue does not have (the loader
   *     reports those with file and line before any cue is used)
   */
  public static List<Part> parts(String cue, String lang, Function<String, Optional<Concept>> concepts) {
    List<Part> out = new ArrayList<>();
    for (Part part : parts(cue)) {
      Set<String> alternatives = new LinkedHashSet<>();
      for (String alt : part.alternatives()) {
        if (Concept.isReference(alt)) {
          String name = alt.substring(1);
          alternatives.addAll(concepts.apply(name)
              .orElseThrow(() -> new IllegalArgumentException("cue '" + cue + "' refers to unknown concept " + alt))
              .forLanguage(lang));
        } else {
          alternatives.add(alt);
        }
      }
      out.add(new Part(part.negated(), List.copyOf(alternatives)));
    }
    return out;
  }

  /** The regular-expression source of a cue (not compiled). */
  public static String source(String cue) {
    if (isRegex(cue)) {
      return cue.substring(1, cue.length() - 1);
    }
    List<Part> parts = parts(cue);
    if (parts.size() == 1 && !parts.get(0).negated() && parts.get(0).alternatives().size() == 1) {
      return phrase(parts.get(0).alternatives().get(0));
    }
    StringBuilder out = new StringBuilder("\\A");
    for (Part part : parts) {
      List<String> alternatives = part.alternatives();
      out.append(part.negated() ? "(?![\\s\\S]*?(?:" : "(?=[\\s\\S]*?(?:");
      for (int i = 0; i < alternatives.size(); i++) {
        out.append(i > 0 ? "|" : "").append(phrase(alternatives.get(i)));
      }
      out.append("))");
    }
    return out.toString();
  }

  private static String phrase(String phrase) {
    String[] words = phrase.strip().split("\\s+");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        out.append("\\s+");
      }
      out.append(words[i].equals("#") ? "\\d[\\d.,]*" : Pattern.quote(words[i]));
    }
    return out.toString();
  }

  /** Compiles a cue; throws {@link PatternSyntaxException} for a malformed regular expression. */
  public static Pattern compile(String cue) {
    return Pattern.compile(source(cue), FLAGS);
  }
}
