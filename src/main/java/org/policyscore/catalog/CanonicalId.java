package org.policyscore.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RDR ids in the project's canonical short form: indicator {@code F3a}, element {@code F3a.1}.
 * RDR's files zero-pad them ({@code F03a}, {@code F03a.01}); both are accepted wherever ids
 * are read.
 */
public final class CanonicalId {
  private static final Pattern INDICATOR = Pattern.compile("([GFPgfp])0*(\\d+)([a-z]?)");
  private static final Pattern ELEMENT = Pattern.compile("([GFPgfp])0*(\\d+)([a-z]?)\\.0*(\\d+)");

  private CanonicalId() {}

  /** {@code F03a} → {@code F3a}; empty when the text is not an indicator id. */
  public static Optional<String> indicator(String text) {
    Matcher m = INDICATOR.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).toUpperCase(Locale.ROOT) + Integer.parseInt(m.group(2)) + m.group(3));
  }

  /** {@code P01a.03} → {@code P1a.3}; empty when the text is not an element id. */
  public static Optional<String> element(String text) {
    Matcher m = ELEMENT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        m.group(1).toUpperCase(Locale.ROOT)
            + Integer.parseInt(m.group(2))
            + m.group(3)
            + "."
            + Integer.parseInt(m.group(4)));
  }

  /** The indicator part of a canonical element id: {@code P1a.3} → {@code P1a}. */
  public static String indicatorOf(String elementId) {
    int dot = elementId.lastIndexOf('.');
    if (dot < 0) {
      throw new IllegalArgumentException("not an element id: " + elementId);
    }
    return elementId.substring(0, dot);
  }

  /**
   * Orders ids as RDR lists them: by category (G, F, P), number, suffix, then element number.
   * Text that is not an id comes after all ids, in character order.
   */
  public static int compare(String a, String b) {
    long ka = sortKey(a);
    long kb = sortKey(b);
    if (ka >= 0 && kb >= 0) {
      return Long.compare(ka, kb);
    }
    return ka >= 0 ? -1 : kb >= 0 ? 1 : a.compareTo(b);
  }

  /**
   * The id {@code [GFP]<number>[a-z][.<number>]} as one number that sorts as RDR does, or -1
   * for anything else. Read by hand rather than with a pattern: sorting a study's scores
   * compares ids tens of thousands of times.
   */
  private static long sortKey(String id) {
    int category = id.isEmpty() ? -1 : "GFP".indexOf(id.charAt(0));
    if (category < 0) {
      return -1;
    }
    int i = 1;
    int numberEnd = digits(id, i);
    if (numberEnd == i || numberEnd - i > 5) {
      return -1;
    }
    long number = Long.parseLong(id, i, numberEnd, 10);
    i = numberEnd;
    int suffix = 0; // none sorts before a..z
    if (i < id.length() && id.charAt(i) >= 'a' && id.charAt(i) <= 'z') {
      suffix = id.charAt(i) - 'a' + 1;
      i++;
    }
    long element = 0;
    if (i < id.length()) {
      int elementEnd = id.charAt(i) == '.' ? digits(id, i + 1) : i;
      if (elementEnd == i + 1 || elementEnd == i || elementEnd - i - 1 > 5 || elementEnd != id.length()) {
        return -1;
      }
      element = Long.parseLong(id, i + 1, elementEnd, 10);
    }
    return ((category * 100_000L + number) * 27 + suffix) * 100_000L + element;
  }

  /** Where the run of ASCII digits starting at {@code from} ends. */
  private static int digits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
