package org.policyscore.evidence;

/**
 * A light stemmer for English cue matching: "shares", "shared" and "sharing" all become
 * "shar", "collection" and "collected" become "collect", "authorised" and "authorized" meet.
 * It only has to be consistent (cues and text are stemmed the same way), not linguistically
 * right, so it is a handful of suffix rules rather than a full Porter stemmer.
 */
final class EnglishStemmer {
  private EnglishStemmer() {}

  /** @param w a lower-case word of letters, digits and apostrophes */
  static String stem(String word) {
    String w = suffixes(word);
    // "use", "used", "using" must not meet the pronoun "us" ("prohibits us from")
    return w.equals("us") && !word.equals("us") ? "use" : w;
  }

  private static String suffixes(String w) {
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    while (w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() <= 3 || hasDigit(w)) {
      return w;
    }
    // plurals and third person
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    // past and progressive
    if (w.endsWith("ied") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("ing") && w.length() >= 5) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() >= 4) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    // collection -> collect, deletion -> delet (as delete -> delet)
    if ((w.endsWith("tion") || w.endsWith("sion")) && w.length() > 6) {
      w = w.substring(0, w.length() - 3);
    }
    if (w.endsWith("e") && w.length() >= 3) {
      w = w.substring(0, w.length() - 1);
    }
    // British and American spellings meet: authoris(e|ation) -> authoriz
    if (w.length() > 5 && w.endsWith("is")) {
      w = w.substring(0, w.length() - 2) + "iz";
    } else if (w.length() > 7 && w.endsWith("isat")) {
      w = w.substring(0, w.length() - 4) + "izat";
    } else if (w.length() > 4 && w.endsWith("ys")) {
      w = w.substring(0, w.length() - 2) + "yz";
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2)) {
      char c = w.charAt(n - 1);
      if (c != 'l' && c != 's' && c != 'z' && "aeiou".indexOf(c) < 0) {
        return w.substring(0, n - 1);
      }
    }
    return w;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
