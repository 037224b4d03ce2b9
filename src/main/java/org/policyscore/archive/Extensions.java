package org.policyscore.archive;

import java.util.Locale;
import java.util.Map;

/** The file extension a snapshot gets, so people can open it with the right program. */
final class Extensions {
  private static final Map<String, String> BY_TYPE = Map.of(
      "text/html", "html",
      "application/xhtml+xml", "html",
      "application/pdf", "pdf",
      "text/plain", "txt",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
      "application/msword", "doc",
      "application/json", "json.txt");

  private Extensions() {}

  /** From the content type, else from the name's extension, else {@code bin}. */
  static String of(String contentType, String nameHint) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    String ext = BY_TYPE.get(type);
    if (ext != null) {
      return ext;
    }
    if (nameHint != null) {
      String name = nameHint.replaceAll("[?#].*$", "");
      int slash = name.lastIndexOf('/');
      name = name.substring(slash + 1);
      int dot = name.lastIndexOf('.');
      if (dot > 0) {
        String candidate = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        // never "json", which would be taken for a record
        if (candidate.matches("[a-z0-9]{1,5}") && !candidate.equals("json") && !candidate.equals("tmp")) {
          return candidate.equals("htm") ? "html" : candidate;
        }
      }
    }
    return "bin";
  }
}
