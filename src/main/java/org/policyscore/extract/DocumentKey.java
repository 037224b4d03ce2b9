package org.policyscore.extract;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** One document in one language of one company: the unit that has text versions. */
public record DocumentKey(String company, String document, String lang) {
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  public DocumentKey {
    for (String part : new String[] {company, document, lang}) {
      if (part == null || !SAFE.matcher(part).matches() || part.contains("..")) {
        throw new IllegalArgumentException("not a usable id for a folder name: '" + part + "'");
      }
    }
  }

  /** {@code <company>/<document>/<lang>} under the given root. */
  public Path folder(Path root) {
    return root.resolve(company).resolve(document).resolve(lang);
  }

  @Override
  public String toString() {
    return company + "/" + document + "/" + lang;
  }
}
