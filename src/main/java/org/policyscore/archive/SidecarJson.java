package org.policyscore.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policyscore.yaml.YamlLimits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The JSON record beside each snapshot. Written by hand here in a fixed key order so that the
 * file is stable and readable; read back with the YAML parser, since JSON is a subset of YAML
 * and the project already depends on it.
 */
final class SidecarJson {
  static final int FORMAT = 1;

  private SidecarJson() {}

  static String write(Snapshot s) {
    Provenance p = s.provenance();
    StringBuilder b = new StringBuilder("{\n");
    field(b, "format", Integer.toString(FORMAT));
    field(b, "company", quote(s.key().company()));
    field(b, "document", quote(s.key().document()));
    field(b, "lang", quote(s.key().lang()));
    field(b, "file", quote(s.file().getFileName().toString()));
    field(b, "origin", quote(p.origin().jsonName()));
    p.requestedUrl().ifPresent(u -> field(b, "requested_url", quote(u)));
    p.finalUrl().ifPresent(u -> field(b, "final_url", quote(u)));
    if (!p.redirects().isEmpty()) {
      field(b, "redirects", list(p.redirects()));
    }
    p.status().ifPresent(st -> field(b, "status", Integer.toString(st)));
    field(b, "content_type", quote(p.contentType()));
    field(b, "sha256", quote(s.sha256()));
    field(b, "size", Long.toString(s.size()));
    field(b, "fetched_at", quote(p.obtainedAt().toString()));
    field(b, "archived_at", quote(s.archivedAt().toString()));
    field(b, "tool_version", quote(s.toolVersion()));
    p.sourceFile().ifPresent(f -> field(b, "source_file", quote(f)));
    p.note().ifPresent(n -> field(b, "note", quote(n)));
    field(b, "seen_unchanged", list(s.seenUnchanged().stream().map(Instant::toString).toList()));
    b.setLength(b.length() - 2); // the last ",\n"
    return b.append("\n}\n").toString();
  }

  static Snapshot read(Path sidecar, DocumentKey key) throws IOException {
    Map<String, Object> m;
    try {
      NoLinks.requireRegularFile(sidecar);
      if (Files.size(sidecar) > 1_000_000) {
        throw new IOException("too large");
      }
      LoaderOptions options = new LoaderOptions();
      String text = new String(Files.readAllBytes(sidecar), StandardCharsets.UTF_8);
      if (YamlLimits.checkLines(text).isPresent()) {
        throw new IOException("a line longer than any record has");
      }
      Object parsed = new Yaml(new SafeConstructor(options)).load(text);
      if (!(parsed instanceof Map<?, ?> map)) {
        throw new IOException("not a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) map;
      m = typed;
    } catch (RuntimeException e) {
      throw damaged(sidecar, e.getMessage());
    } catch (IOException e) {
      throw damaged(sidecar, e.getMessage());
    }
    try {
      String file = text(m, "file");
      Origin origin = Origin.parse(text(m, "origin")).orElseThrow(() -> new IllegalArgumentException("unknown origin"));
      Provenance p = new Provenance(
          origin,
          optional(m, "requested_url"),
          optional(m, "final_url"),
          strings(m, "redirects"),
          m.get("status") == null ? Optional.empty() : Optional.of(((Number) m.get("status")).intValue()),
          text(m, "content_type"),
          Instant.parse(text(m, "fetched_at")),
          optional(m, "source_file"),
          optional(m, "note"));
      List<Instant> seen = new ArrayList<>();
      for (String t : strings(m, "seen_unchanged")) {
        seen.add(Instant.parse(t));
      }
      String name = sidecar.getFileName().toString();
      String id = name.substring(0, name.length() - ".json".length());
      // The file is the record's sibling named after it; the record only says which extension.
      String ext = file.startsWith(id + ".") ? file.substring(id.length() + 1) : "";
      if (!FILE_EXTENSION.matcher(ext).matches() || ext.equals("json") || ext.equals("tmp")) {
        throw new IllegalArgumentException("its 'file' is '" + file + "', but a record only describes the file beside it,"
            + " named " + id + ".<extension>");
      }
      String sha = text(m, "sha256");
      if (!sha.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException("'sha256' is not 64 hex digits");
      }
      return new Snapshot(key, id, sidecar.resolveSibling(file), sidecar, sha,
          ((Number) m.get("size")).longValue(), p, Instant.parse(text(m, "archived_at")),
          text(m, "tool_version"), seen);
    } catch (RuntimeException e) {
      throw damaged(sidecar, e instanceof DateTimeParseException ? "bad time: " + e.getMessage()
          : String.valueOf(e.getMessage()));
    }
  }

  /** A snapshot file's extension: {@code html}, {@code pdf}, {@code json.txt}... never a path. */
  private static final java.util.regex.Pattern FILE_EXTENSION =
      java.util.regex.Pattern.compile("[a-z0-9]{1,10}(\\.[a-z0-9]{1,10})?");

  private static IOException damaged(Path sidecar, String why) {
    return new IOException("damaged archive record " + sidecar + ": " + why
        + " (run 'policyscore verify')");
  }

  private static String text(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing '" + key + "'");
    }
    return v.toString();
  }

  private static Optional<String> optional(Map<String, Object> m, String key) {
    return Optional.ofNullable(m.get(key)).map(Object::toString);
  }

  private static List<String> strings(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw new IllegalArgumentException("'" + key + "' is not a list");
    }
    return list.stream().map(Object::toString).toList();
  }

  private static void field(StringBuilder b, String key, String json) {
    b.append("  ").append(quote(key)).append(": ").append(json).append(",\n");
  }

  private static String list(List<String> items) {
    if (items.isEmpty()) {
      return "[]";
    }
    StringBuilder b = new StringBuilder("[");
    for (String item : items) {
      b.append("\n    ").append(quote(item)).append(',');
    }
    b.setLength(b.length() - 1);
    return b.append("\n  ]").toString();
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          // control characters, and characters YAML would refuse in a scalar, are escaped
          if (c < 0x20 || c == 0x7f || c == 0x85 || (c >= 0x80 && c < 0xa0) || c == '\u2028'
              || c == '\u2029' || c == '\ufeff') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
