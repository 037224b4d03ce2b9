package org.policyscore.extract;

/** Roman numerals for numbered clauses ("iv."), as HTML lists and Word numbering write them. */
final class RomanNumerals {
  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

  private RomanNumerals() {}

  /** Upper case, {@code 4} → {@code IV}; outside 1-3999 the number in digits. */
  static String of(int n) {
    if (n < 1 || n > 3999) {
      return Integer.toString(n);
    }
    StringBuilder sb = new StringBuilder();
    int v = n;
    for (int i = 0; i < VALUES.length; i++) {
      for (; v >= VALUES[i]; v -= VALUES[i]) {
        sb.append(DIGITS[i]);
      }
    }
    return sb.toString();
  }
}
