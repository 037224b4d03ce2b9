package org.policyscore.fetch;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises links that name a policy, in English or Khmer, by their text or their address.
 * Khmer spellings vary in real sites (លក្ខខណ្ឌ and the older ល័ក្ខខ័ណ្ឌ), so both are listed.
 */
final class PolicyLinks {
  private static final List<String> PRIVACY = List.of(
      "privacy", "data protection", "data-protection", "personal data", "personal information",
      "ឯកជនភាព", "ការការពារទិន្នន័យ", "ទិន្នន័យផ្ទាល់ខ្លួន", "ព័ត៌មានផ្ទាល់ខ្លួន");
  private static final List<String> TERMS = List.of(
      "terms", "conditions", "terms-of-service", "terms-of-use", "/tos",
      "លក្ខខណ្ឌ", "ល័ក្ខខ័ណ្ឌ");
  /** Pages that often lead to policies without being one. */
  private static final List<String> NAVIGATION = List.of("legal", "policies", "ច្បាប់", "គោលការណ៍");

  private PolicyLinks() {}

  /** {@code privacy} or {@code terms} when the link names one, by its text first, then its address. */
  static Optional<String> kind(String text, String url) {
    String t = clean(text);
    String u = clean(decode(url));
    if (containsAny(t, PRIVACY)) {
      return Optional.of("privacy");
    }
    if (containsAny(t, TERMS)) {
      return Optional.of("terms");
    }
    if (containsAny(u, PRIVACY)) {
      return Optional.of("privacy");
    }
    if (containsAny(u, TERMS)) {
      return Optional.of("terms");
    }
    return Optional.empty();
  }

  /** Worth a click on the way to a policy ("Legal", "Policies"), though not one itself. */
  static boolean leadsToPolicies(String text, String url) {
    return containsAny(clean(text), NAVIGATION) || containsAny(clean(decode(url)), List.of("/legal", "/policies"));
  }

  /** A link to the same site in another language ("ខ្មែរ", "English", /km/). */
  static boolean switchesLanguage(String text, String hreflang, String path) {
    String t = clean(text);
    return !hreflang.isBlank() || t.equals("ខ្មែរ") || t.equals("khmer") || t.equals("english")
        || t.equals("km") || t.equals("kh") || t.equals("en") || path.matches("/(km|kh|en)/?");
  }

  private static boolean containsAny(String text, List<String> words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case, zero-width characters removed (Khmer text is full of them), spaces collapsed. */
  static String clean(String s) {
    return s.replace("\u200b", "").replace("\u200c", "").replace("\ufeff", "")
        .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static String decode(String url) {
    try {
      return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
