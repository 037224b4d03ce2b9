package org.policyscore.published;

import java.util.Map;
import org.policyscore.study.Study;

/** The SOURCE.md {@code import-scores} starts: the citation, the names, and room for the documents. */
final class SourceTemplate {
  private SourceTemplate() {}

  static String text(Study study, int year, String citation, String tableName, Map<String, String> names) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(study.name()).append(", ").append(year).append(": where these scores come from\n\n");
    md.append("`scores.csv` in this folder holds published figures, imported from `").append(tableName)
        .append("` with `policyscore import-scores`. policyscore did not compute them.\n\n");
    for (String line : citation.split("\\R")) {
      md.append("> ").append(line.strip()).append('\n');
    }
    md.append("\nHow the source's names map to the file:\n\n| source | scores.csv |\n|---|---|\n");
    names.forEach((name, id) -> {
      if (!name.equals(id)) {
        md.append("| ").append(name.replace("|", "\\|")).append(" | `").append(id)
            .append("` |\n");
      }
    });
    md.append("\n## Documents assessed\n\n")
        .append("List here the documents the source assessed, as it names them; the report shows them for this")
        .append(" year\ninstead of today's addresses. One row per document and language; `address` is a URL")
        .append(" or words\nsuch as \"not found\".\n\n")
        .append("| company | document | language | address | seen |\n|---|---|---|---|---|\n");
    return md.toString();
  }
}
