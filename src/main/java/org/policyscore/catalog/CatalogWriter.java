package org.policyscore.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a catalogue as YAML that {@link CatalogLoader} reads back to an equal catalogue. The
 * layout is fixed (one key per line, strings double-quoted) so that regenerating gives a
 * byte-identical file and a reviewable diff.
 */
public final class CatalogWriter {
  private CatalogWriter() {}

  /** @param header comment lines written at the top (without the leading '#') */
  public static String write(Catalog catalog, List<String> header) {
    StringBuilder out = new StringBuilder();
    for (String line : header) {
      out.append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }
    out.append("catalog: ").append(quote(catalog.id())).append('\n');
    out.append("title: ").append(quote(catalog.title())).append('\n');
    out.append("attribution: ").append(quote(catalog.attribution())).append('\n');
    if (!catalog.concepts().isEmpty()) {
      out.append("concepts:\n");
      for (Concept c : catalog.concepts()) {
        out.append("  - name: ").append(c.name()).append('\n');
        for (String lang : List.of("en", "km")) {
          if (!c.forLanguage(lang).isEmpty()) {
            out.append("    ").append(lang).append(": [");
            boolean first = true;
            for (String w : c.forLanguage(lang)) {
              out.append(first ? "" : ", ").append(quote(w));
              first = false;
            }
            out.append("]\n");
          }
        }
      }
    }
    out.append("indicators:\n");
    for (Indicator i : catalog.indicators()) {
      out.append('\n');
      out.append("  - id: ").append(i.id()).append('\n');
      out.append("    category: ").append(i.category().name()).append('\n');
      if (i.family()) {
        out.append("    family: true\n");
      }
      i.parent().ifPresent(p -> out.append("    parent: ").append(p).append('\n'));
      out.append("    title: ").append(quote(i.title())).append('\n');
      i.titleKm().ifPresent(t -> out.append("    title_km: ").append(quote(t)).append('\n'));
      if (i.scope() != null) {
        out.append("    scope: ").append(i.scope().yamlName()).append('\n');
      }
      list(out, "    ", "excludes", names(i.excludedCompanyTypes()));
      list(out, "    ", "documents", i.documents());
      if (!i.description().isEmpty()) {
        out.append("    description: ").append(quote(i.description())).append('\n');
      }
      if (!i.guidance().isEmpty()) {
        out.append("    guidance: ").append(quote(i.guidance())).append('\n');
      }
      if (!i.elements().isEmpty()) {
        out.append("    elements:\n");
      }
      for (Element e : i.elements()) {
        out.append("      - id: ").append(e.id()).append('\n');
        out.append("        question: ").append(quote(e.question())).append('\n');
        list(out, "        ", "excludes", names(e.excludedCompanyTypes()));
        list(out, "        ", "excluded_services", new TreeSet<>(e.excludedServices()));
        if (e.reversed()) {
          out.append("        reversed: true\n");
        }
        e.fact().ifPresent(f -> out.append("        fact: ").append(f.yamlName()).append('\n'));
        e.readByPerson().ifPresent(r -> out.append("        read_by_person: ").append(quote(r)).append('\n'));
        if (!e.cues().isEmpty()) {
          out.append("        cues:\n");
          cueList(out, "en", e.cues().en());
          cueList(out, "km", e.cues().km());
        }
      }
    }
    return out.toString();
  }

  private static Set<String> names(Set<CompanyType> types) {
    Set<String> out = new TreeSet<>();
    types.forEach(t -> out.add(t.yamlName()));
    return out;
  }

  private static void list(StringBuilder out, String indent, String key, Collection<String> values) {
    if (values.isEmpty()) {
      return;
    }
    out.append(indent).append(key).append(": [");
    boolean first = true;
    for (String v : values) {
      out.append(first ? "" : ", ").append(v);
      first = false;
    }
    out.append("]\n");
  }

  private static void cueList(StringBuilder out, String lang, List<String> cues) {
    if (cues.isEmpty()) {
      return;
    }
    out.append("          ").append(lang).append(":\n");
    for (String cue : cues) {
      out.append("            - ").append(quote(cue)).append('\n');
    }
  }

  /** A YAML double-quoted scalar. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
