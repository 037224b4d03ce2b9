package org.policyscore.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a person's review no longer rests on the evidence shown: the tool's columns of a
 * reviewed row changed since the review (a new text version was read, a quote appeared or
 * vanished, the suggestion changed). The reasons go into the row's {@code stale} cell, one per
 * line; the person's answer is never touched.
 *
 * <p>For an accepted suggestion (a reviewer and no answer) the cell starts with {@code
 * accepted: <answer>}: the suggestion the person accepted, which keeps counting until they look
 * again, so a changed suggestion never silently changes the score.
 */
public final class Staleness {
  private static final String ACCEPTED = "accepted: ";
  /** A quote line of the evidence column: {@code [privacy en 120-245] the sentence}. */
  private static final Pattern QUOTE = Pattern.compile("^\\[(\\S+) (\\S+) \\d+-\\d+\\] (.*)$", Pattern.MULTILINE);
  private static final int SHOWN = 90;

  private Staleness() {}

  /**
   * What changed between the tool's columns of {@code before} and {@code after}, in a
   * researcher's words; empty when nothing that a review rests on changed. Offsets alone do not
   * count (text added above a quote moves it), and texts are compared only when both rows
   * record them (files written before the {@code texts} column existed do not).
   */
  public static List<String> changes(AnswerRow before, AnswerRow after) {
    List<String> reasons = new ArrayList<>();
    if (!before.suggested().equals(after.suggested())) {
      reasons.add("suggestion changed: " + name(before.suggested()) + " -> " + name(after.suggested()));
    }
    if (!before.texts().isBlank() && !after.texts().isBlank()) {
      Map<String, String> was = texts(before.texts());
      Map<String, String> now = texts(after.texts());
      for (var e : now.entrySet()) {
        String old = was.get(e.getKey());
        if (old == null) {
          reasons.add("text now read: " + e.getKey() + " " + e.getValue());
        } else if (!old.equals(e.getValue())) {
          reasons.add("new text version: " + e.getKey() + " " + e.getValue() + " (was " + old + ")");
        }
      }
      was.keySet().stream().filter(k -> !now.containsKey(k))
          .forEach(k -> reasons.add("text no longer read: " + k + " " + was.get(k)));
    }
    Set<String> quotesBefore = quotes(before.evidence());
    Set<String> quotesAfter = quotes(after.evidence());
    quotesAfter.stream().filter(q -> !quotesBefore.contains(q)).forEach(q -> reasons.add("quote added: " + shorten(q)));
    quotesBefore.stream().filter(q -> !quotesAfter.contains(q)).forEach(q -> reasons.add("quote gone: " + shorten(q)));
    return reasons;
  }

  /**
   * The {@code stale} cell once {@code reasons} are added to {@code cell}: reasons already there
   * are not repeated; a cell that was empty gets the accepted suggestion first, when there is one.
   */
  public static String mark(String cell, Optional<Answer> accepted, List<String> reasons) {
    Set<String> lines = new LinkedHashSet<>();
    if (cell.isBlank()) {
      accepted.ifPresent(a -> lines.add(ACCEPTED + a.csvName()));
    } else {
      lines.addAll(cell.lines().toList());
    }
    lines.addAll(reasons);
    return String.join("\n", lines);
  }

  /** The suggestion a person accepted, as recorded in a {@code stale} cell; empty if none is. */
  public static Optional<Answer> acceptedIn(String cell) {
    if (!cell.startsWith(ACCEPTED)) {
      return Optional.empty();
    }
    String first = cell.lines().findFirst().orElse("");
    return Answer.parse(first.substring(ACCEPTED.length()));
  }

  /** The text versions of a {@code texts} cell, by document and language. */
  static Map<String, String> texts(String cell) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : cell.split(";")) {
      String t = part.strip();
      int last = t.lastIndexOf(' ');
      if (last > 0) {
        out.put(t.substring(0, last), t.substring(last + 1));
      }
    }
    return out;
  }

  /** Quotes of an evidence cell, as "document lang: text" (offsets left out). */
  private static Set<String> quotes(String evidence) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = QUOTE.matcher(evidence);
    while (m.find()) {
      out.add(m.group(1) + " " + m.group(2) + ": " + m.group(3).strip());
    }
    return out;
  }

  private static String name(Optional<Answer> a) {
    return a.map(Answer::csvName).orElse("none");
  }

  private static String shorten(String quote) {
    return quote.length() <= SHOWN ? quote : quote.substring(0, SHOWN - 1) + "…";
  }
}
