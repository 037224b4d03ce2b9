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
  // compiled once: sorting thousands of rows calls compare() often
  private static final Pattern SORTABLE = Pattern.compile("([GFP])(\\d+)([a-z]?)(?:\\.(\\d+))?");

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
   */
  public static int compare(String a, String b) {
    return sortKey(a).compareTo(sortKey(b));
  }

  private static String sortKey(String id) {
    Matcher m = SORTABLE.matcher(id);
    if (!m.matches()) {
      return "9" + id;
    }
    int cat = "GFP".indexOf(m.group(1));
    int elem = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
    StringBuilder key = new StringBuilder(12).append(cat);
    pad3(key, Integer.parseInt(m.group(2)));
    key.append(m.group(3).isEmpty() ? " " : m.group(3));
    pad3(key, elem);
    return key.toString();
  }

  private static void pad3(StringBuilder key, int n) {
    String digits = Integer.toString(n);
    for (int i = digits.length(); i < 3; i++) {
      key.append('0');
    }
    key.append(digits);
  }
}
