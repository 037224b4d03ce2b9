package org.policyscore.archive;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Which document a snapshot is of: company, document and language, e.g. {@code smart/privacy/km}.
 * The three parts are folder names under {@code policies/archive/}.
 */
public record DocumentKey(String company, String document, String lang) implements Comparable<DocumentKey> {
  private static final Pattern PART = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  public DocumentKey {
    for (String part : new String[] {company, document, lang}) {
      if (part == null || !PART.matcher(part).matches()) {
        throw new IllegalArgumentException("not a valid archive folder name: '" + part + "'");
      }
    }
  }

  /** Whether {@code text} can be a part of a key; lets callers reject user input politely. */
  public static boolean validPart(String text) {
    return text != null && PART.matcher(text).matches();
  }

  Path dir(Path archiveRoot) {
    return archiveRoot.resolve(company).resolve(document).resolve(lang);
  }

  @Override
  public int compareTo(DocumentKey o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return company + "/" + document + "/" + lang;
  }
}
