package org.policyscore.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outline of one Markdown text version: its headings, and its numbered sections and
 * clauses keyed by number read from Latin or Khmer digits (so "3.2" and "៣.២" are one key).
 * Numbers come from headings ("## 3. Sharing", "## ៣. ...") and from paragraphs that start
 * with a dotted number or a keyword ("1.1 ...", "Article 4", "ប្រការ ៤"); a plain "3." at
 * the start of a paragraph is a list item, not a clause.
 *
 * @param headings heading lines without the {@code #} marks, in order
 * @param clauses clause number to the first line that carries it, in order of appearance
 * @param letters letters and digits in the text (no spaces or punctuation), for length ratios
 */
public record ClauseStructure(List<String> headings, Map<String, String> clauses, int letters) {

  public static ClauseStructure of(String markdown) {
    List<String> headings = new ArrayList<>();
    Map<String, String> clauses = new LinkedHashMap<>();
    for (String raw : markdown.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("|")) {
        continue;
      }
      Optional<String> number;
      if (line.startsWith("#")) {
        String heading = line.replaceFirst("^#+\\s*", "");
        headings.add(heading);
        number = Numbers.clauseNumber(heading);
        line = heading;
      } else {
        String paragraph = line;
        number = Numbers.clauseNumber(paragraph, true)
            .filter(n -> n.contains(".") || !paragraph.matches("^\\d{1,3}[.)]\\s.*"));
      }
      if (number.isPresent()) {
        clauses.putIfAbsent(number.get(), line.length() > 80 ? line.substring(0, 79) + "\u2026" : line);
      }
    }
    int letters = (int) markdown.codePoints().filter(Character::isLetterOrDigit).count();
    return new ClauseStructure(List.copyOf(headings), Collections.unmodifiableMap(clauses), letters);
  }
}
