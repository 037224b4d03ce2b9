package org.policyscore.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a policy states about itself: "Last updated: 1 March 2026", "Effective from
 * March 1, 2026", "ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖ ថ្ងៃទី១ ខែមីនា ឆ្នាំ២០២៦", "ចូលជាធរមានចាប់ពី
 * ០១/០៣/២០២៦". A date counts only right after such a phrase (within a few words), so the
 * dates inside clauses ("within 30 days of 1 January") are never taken for it. Latin and
 * Khmer digits, English and Khmer month names, day-month-year, month-day-year, ISO and
 * numeric dates (read day first, as Cambodia writes them, unless the second number cannot be a
 * month). A date is said as found, never guessed: the record keeps the words as written.
 */
public final class StatedDates {
  private static final String D = "[0-9\u17E0-\u17E9]";
  private static final String EN_MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";
  /** Khmer month names, with the spellings seen in the wild (កុម្ភះ, វិច្ចិកា, ធ្នូរ). */
  private static final String KM_MONTHS =
      "មករា|កុម្ភៈ|កុម្ភះ|កុម្ភ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|វិច្ចិកា|ធ្នូរ|ធ្នូ";
  private static final String MONTH = "(?<month>" + KM_MONTHS + "|(?:" + EN_MONTHS + ")(?![a-z]))\\.?";
  private static final String KM_WEEKDAY = "(?:ថ្ងៃ(?:អាទិត្យ|ចន្ទ|អង្គារ|ពុធ|ព្រហស្បតិ៍|សុក្រ|សៅរ៍)\\s*,?\\s*)?";
  private static final String DAY = KM_WEEKDAY + "(?:ថ្ងៃ\\s*)?(?:ទី\\s*)?(?<day>" + D + "{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:ឆ្នាំ\\s*)?(?:of\\s+)?(?<year>" + D + "{4})(?!" + D + ")";

  private static final List<Pattern> DATES = List.of(
      Pattern.compile("(?<year>" + D + "{4})-(?<month>" + D + "{1,2})-(?<day>" + D + "{1,2})(?!" + D + ")"),
      Pattern.compile("(?<a>" + D + "{1,2})[./-](?<b>" + D + "{1,2})[./-](?<year>" + D + "{4})(?!" + D + ")"),
      Pattern.compile(DAY + "\\s*(?:of\\s+)?(?:ខែ\\s*)?" + MONTH + "\\s*,?\\s*" + YEAR, Pattern.CASE_INSENSITIVE),
      Pattern.compile(MONTH + "\\s*(?<day>" + D + "{1,2})(?:st|nd|rd|th)?\\s*,?\\s*" + YEAR, Pattern.CASE_INSENSITIVE),
      Pattern.compile("(?:ខែ\\s*)?" + MONTH + "\\s*,?\\s*" + YEAR, Pattern.CASE_INSENSITIVE));

  static final Pattern UPDATED = Pattern.compile(
      "\\b(?:date\\s+of\\s+(?:the\\s+)?last\\s+(?:update|revision)|latest\\s+(?:update|revision)"
          + "|last\\s+(?:updated|update|modified|revised|amended|changed|reviewed)"
          + "|(?:updated|modified|revised|amended)(?:\\s+(?:on|as\\s+of))?)\\b"
          + "|(?:ធ្វើ)?បច្ចុប្បន្នភាព(?:ចុងក្រោយ)?|កែប្រែ(?:ចុងក្រោយ)?|កែសម្រួល(?:ចុងក្រោយ)?"
          + "|ធ្វើវិសោធនកម្ម(?:ចុងក្រោយ)?",
      Pattern.CASE_INSENSITIVE);
  static final Pattern EFFECTIVE = Pattern.compile(
      "\\b(?:effective(?:\\s+date)?(?:\\s+(?:from|as\\s+of|on|since))?"
          + "|(?:comes?|came|entered|enters?|coming)\\s+into\\s+(?:force|effect)(?:\\s+(?:on|from|as\\s+of))?"
          + "|takes?\\s+effect(?:\\s+(?:on|from|as\\s+of))?|in\\s+(?:force|effect)\\s+(?:from|since|as\\s+of)"
          + "|valid\\s+(?:from|as\\s+of))\\b"
          + "|ចូលជាធរមាន|មានប្រសិទ្ធភាព|ចាប់ផ្[តដ]ើមអនុវត្ត|មានសុពលភាព|អនុវត្តចាប់ពី",
      Pattern.CASE_INSENSITIVE);
  /**
   * A word (lower case) of which every phrase of {@link #UPDATED} holds one, and so for {@link
   * #EFFECTIVE}: a stretch of text with none of them holds no phrase, and is not searched with
   * the patterns, which try each of their alternatives at every character (StatedDatesTest
   * checks every alternative against these).
   */
  static final List<String> UPDATED_WORDS = List.of("updat", "revis", "modif", "amend", "chang", "review",
      "បច្ចុប្បន្នភាព", "កែប្រែ", "កែសម្រួល", "វិសោធនកម្ម");
  static final List<String> EFFECTIVE_WORDS = List.of("effect", "force", "valid",
      "ចូលជាធរមាន", "ប្រសិទ្ធភាព", "អនុវត្ត", "សុពលភាព");

  /** What may stand between the phrase and its date: punctuation, markup and a few small words. */
  private static final Pattern GAP = Pattern.compile(
      "(?:[\\s:：;,.\\-–—*_()\\[\\]|\"'«»“”៖។]|\\b(?:on|as\\s+of|of|from|since|is|date|dated|at|the)\\b"
          + "|នៅ|គឺ|ចាប់ពី|កាលពី|កាលបរិច្ឆេទ|ពី|នា)*",
      Pattern.CASE_INSENSITIVE);
  /** The gap may not be longer than this (characters). */
  private static final int MAX_GAP = 40;

  private StatedDates() {}

  /**
   * The dates the text states about itself: at most one of each kind, the first found, in the
   * order they stand in the text.
   */
  public static List<StatedDate> find(String text) {
    return find(text, false);
  }

  /** @param everywhere look for the phrases in the whole text (what the windows must agree with) */
  static List<StatedDate> find(String text, boolean everywhere) {
    String t = clean(text);
    Map<StatedDate.Kind, Found> first = new EnumMap<>(StatedDate.Kind.class);
    if (everywhere) {
      List<int[]> all = List.of(new int[] {0, t.length()});
      scan(t, UPDATED, StatedDate.Kind.LAST_UPDATED, first, all);
      scan(t, EFFECTIVE, StatedDate.Kind.EFFECTIVE, first, all);
    } else {
      List<int[]> windows = beforeYears(t);
      String lower = asciiLowerCase(t);
      scan(t, UPDATED, StatedDate.Kind.LAST_UPDATED, first, withAny(lower, UPDATED_WORDS, windows));
      scan(t, EFFECTIVE, StatedDate.Kind.EFFECTIVE, first, withAny(lower, EFFECTIVE_WORDS, windows));
    }
    List<Found> found = new ArrayList<>(first.values());
    found.sort((a, b) -> Integer.compare(a.at, b.at));
    return found.stream().map(f -> f.date).toList();
  }

  /** The first stated date of this kind, if any. */
  public static Optional<StatedDate> find(String text, StatedDate.Kind kind) {
    return find(text).stream().filter(d -> d.kind() == kind).findFirst();
  }

  private record Found(int at, StatedDate date) {}

  private static void scan(String t, Pattern phrase, StatedDate.Kind kind, Map<StatedDate.Kind, Found> first,
      List<int[]> windows) {
    // Every date has a four-digit year, so a phrase with a date stands shortly before a run of
    // four digits: the phrase is looked for there only, not over the whole policy (a 200 KB
    // text took a tenth of a second a phrase). Transparent bounds: \b sees past the window.
    Matcher m = phrase.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
    for (int[] window : windows) {
      m.region(window[0], window[1]);
      while (m.find()) {
        Matcher gap = GAP.matcher(t).region(m.end(), Math.min(t.length(), m.end() + MAX_GAP));
        int start = gap.lookingAt() ? gap.end() : m.end();
        Optional<StatedDate> date = dateAt(t, m.start(), start, kind);
        if (date.isPresent()) {
          first.putIfAbsent(kind, new Found(m.start(), date.get()));
          return;
        }
      }
    }
  }

  /** How far before its year a phrase may start: the phrase, the gap, a day, weekday and month. */
  private static final int REACH = 256;

  /**
   * The stretches of text, in order and not overlapping, that end where a run of four or more
   * digits (Latin or Khmer) starts and reach {@link #REACH} characters before it. A phrase has
   * no digits, so one followed by a date ends before the date's year begins.
   */
  static List<int[]> beforeYears(String t) {
    List<int[]> windows = new ArrayList<>();
    int run = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean digit = (c >= '0' && c <= '9') || (c >= '\u17E0' && c <= '\u17E9');
      run = digit ? run + 1 : 0;
      if (run == 4) {
        int end = i - 3;
        int from = Math.max(0, end - REACH);
        int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && from <= last[1]) {
          last[1] = end;
        } else {
          windows.add(new int[] {from, end});
        }
      }
    }
    return windows;
  }

  /**
   * The windows in which one of the words stands whole. Each word is looked for once over the
   * text, so this costs a few passes of {@link String#indexOf}, whatever the number of windows.
   */
  static List<int[]> withAny(String lower, List<String> words, List<int[]> windows) {
    if (windows.isEmpty()) {
      return windows;
    }
    boolean[] keep = new boolean[windows.size()];
    for (String word : words) {
      int w = 0;
      for (int at = lower.indexOf(word); at >= 0 && w < windows.size(); at = lower.indexOf(word, at + 1)) {
        while (w < windows.size() && windows.get(w)[1] < at + word.length()) {
          w++; // windows end before this occurrence does
        }
        if (w < windows.size() && windows.get(w)[0] <= at) {
          keep[w] = true;
        }
      }
    }
    List<int[]> kept = new ArrayList<>();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        kept.add(windows.get(i));
      }
    }
    return kept;
  }

  /**
   * The text with A-Z lowered and every other character as it is, so that positions stay the
   * same (the patterns ignore case for ASCII letters only).
   */
  static String asciiLowerCase(String t) {
    char[] chars = t.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  private static Optional<StatedDate> dateAt(String t, int phraseStart, int at, StatedDate.Kind kind) {
    for (Pattern p : DATES) {
      Matcher d = p.matcher(t).region(at, t.length());
      if (!d.lookingAt()) {
        continue;
      }
      String written = t.substring(phraseStart, d.end()).replaceAll("\\s+", " ").strip();
      try {
        int year = Numbers.parseDigits(d.group("year"));
        if (year < 1990 || year > 2100) {
          continue;
        }
        if (has(d, "a")) {
          int a = Numbers.parseDigits(d.group("a"));
          int b = Numbers.parseDigits(d.group("b"));
          // day first, as Cambodia and most of the world write it, unless that cannot be
          boolean monthFirst = b > 12 && a <= 12;
          return Optional.of(StatedDate.of(kind, LocalDate.of(year, monthFirst ? a : b, monthFirst ? b : a), written));
        }
        int month = month(d.group("month"));
        if (has(d, "day")) {
          return Optional.of(StatedDate.of(kind, LocalDate.of(year, month, Numbers.parseDigits(d.group("day"))), written));
        }
        return Optional.of(StatedDate.of(kind, YearMonth.of(year, month), written));
      } catch (DateTimeException | NumberFormatException e) {
        // "31 February": not a date; try the next form
      }
    }
    return Optional.empty();
  }

  private static boolean has(Matcher m, String group) {
    try {
      return m.group(group) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** A month number from digits, an English name or abbreviation, or a Khmer name. */
  private static int month(String name) {
    if (name.chars().allMatch(c -> Character.isDigit(c))) {
      return Numbers.parseDigits(name);
    }
    String n = name.toLowerCase(Locale.ROOT);
    String[] khmer = {"មករា", "កុម្ភ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្", "ធ្នូ"};
    for (int i = 0; i < khmer.length; i++) {
      if (n.startsWith(khmer[i])) {
        return i + 1;
      }
    }
    String[] english = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < english.length; i++) {
      if (n.startsWith(english[i])) {
        return i + 1;
      }
    }
    throw new NumberFormatException("not a month: " + name);
  }

  /** Drops the invisible characters Khmer pages scatter between words. */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\u200B' && c != '\u200C' && c != '\u2060' && c != '\uFEFF') {
        out.append(c == '\u00A0' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
