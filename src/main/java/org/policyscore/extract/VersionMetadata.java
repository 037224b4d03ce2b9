package org.policyscore.extract;

import java.util.Collections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.policyscore.archive.DocumentKey;
import org.policyscore.text.DamageFlag;
import org.policyscore.text.StatedDate;
import org.policyscore.yaml.YamlLimits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What is recorded next to a text version ({@code <timestamp>.json}): which snapshots gave
 * this exact text (SHA-256, oldest first), the format, the extractor version, the SHA-256 of
 * the text, the count of paragraphs per script, the damage flags, the dates the text states
 * about itself ("last updated", "effective": the company's claim, see {@link StatedDate}),
 * and, for a text read by OCR, how ({@code "ocr"}, present only then).
 */
public record VersionMetadata(
    List<String> snapshots,
    SourceFormat format,
    String extractorVersion,
    String textSha256,
    Map<String, Integer> paragraphScripts,
    List<DamageFlag> flags,
    List<StatedDate> statedDates,
    Optional<OcrInfo> ocr) {

  public VersionMetadata {
    snapshots = List.copyOf(snapshots);
    paragraphScripts = Collections.unmodifiableMap(new TreeMap<>(paragraphScripts));
    flags = List.copyOf(flags);
    statedDates = List.copyOf(statedDates);
  }

  /** A text read from a text layer or a web page, not by OCR. */
  public VersionMetadata(List<String> snapshots, SourceFormat format, String extractorVersion, String textSha256,
      Map<String, Integer> paragraphScripts, List<DamageFlag> flags, List<StatedDate> statedDates) {
    this(snapshots, format, extractorVersion, textSha256, paragraphScripts, flags, statedDates, Optional.empty());
  }

  /** The same record with the snapshots that gave this text. */
  public VersionMetadata withSnapshots(List<String> shas) {
    return new VersionMetadata(shas, format, extractorVersion, textSha256, paragraphScripts, flags, statedDates, ocr);
  }

  /** Stable JSON: fixed key order, sorted script counts, two-space indent, final newline. */
  String toJson(DocumentKey key, String timestamp) {
    StringBuilder sb = new StringBuilder("{\n");
    field(sb, "company", key.company());
    field(sb, "document", key.document());
    field(sb, "lang", key.lang());
    field(sb, "version", timestamp);
    field(sb, "format", format.label());
    field(sb, "extractor_version", extractorVersion);
    field(sb, "text_sha256", textSha256);
    sb.append("  \"snapshots\": [");
    for (int i = 0; i < snapshots.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(quote(snapshots.get(i)));
    }
    sb.append("],\n  \"paragraph_scripts\": {");
    int i = 0;
    for (Map.Entry<String, Integer> e : paragraphScripts.entrySet()) {
      sb.append(i++ == 0 ? "" : ", ").append(quote(e.getKey())).append(": ").append(e.getValue());
    }
    sb.append("},\n");
    ocr.ifPresent(o -> sb.append("  \"ocr\": {\"engine\": ").append(quote(o.engine())).append(", \"languages\": ")
        .append(quote(o.languages())).append(", \"pages\": ").append(o.pages()).append(", \"mean_confidence\": ")
        .append(String.format(Locale.ROOT, "%.1f", o.meanConfidence())).append(", \"words\": ").append(o.words())
        .append("},\n"));
    sb.append("  \"flags\": [");
    for (int j = 0; j < flags.size(); j++) {
      DamageFlag f = flags.get(j);
      sb.append(j == 0 ? "\n" : ",\n").append("    {\"code\": ").append(quote(f.code()))
          .append(", \"count\": ").append(f.count()).append(", \"where\": ").append(quote(f.where())).append('}');
    }
    sb.append(flags.isEmpty() ? "],\n" : "\n  ],\n");
    sb.append("  \"stated_dates\": [");
    for (int j = 0; j < statedDates.size(); j++) {
      StatedDate d = statedDates.get(j);
      sb.append(j == 0 ? "\n" : ",\n").append("    {\"kind\": ").append(quote(d.kind().label()))
          .append(", \"date\": ").append(quote(d.date())).append(", \"as_written\": ").append(quote(d.asWritten()))
          .append('}');
    }
    sb.append(statedDates.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    return sb.toString();
  }

  /** Reads a sidecar written by {@link #toJson}; JSON is read as YAML, as the archive does. */
  public static VersionMetadata read(Path sidecar) throws IOException {
    try {
      if (Files.size(sidecar) > 1_000_000) {
        throw new IOException("too large for a text version's metadata");
      }
      String text = Files.readString(sidecar, StandardCharsets.UTF_8);
      if (YamlLimits.checkLines(text).isPresent()) {
        throw new IOException("a line longer than any metadata has");
      }
      Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
      if (!(parsed instanceof Map<?, ?> m)) {
        throw new IOException("not a JSON object");
      }
      List<String> snapshots = new ArrayList<>();
      for (Object o : (List<?>) m.get("snapshots")) {
        snapshots.add(String.valueOf(o));
      }
      Map<String, Integer> scripts = new TreeMap<>();
      Object ps = m.get("paragraph_scripts");
      if (ps instanceof Map<?, ?> psm) {
        psm.forEach((k, v) -> scripts.put(String.valueOf(k), ((Number) v).intValue()));
      }
      List<DamageFlag> flags = new ArrayList<>();
      for (Object o : (List<?>) m.get("flags")) {
        Map<?, ?> f = (Map<?, ?>) o;
        flags.add(new DamageFlag(String.valueOf(f.get("code")), ((Number) f.get("count")).intValue(),
            String.valueOf(f.get("where"))));
      }
      // records written before stated dates were looked for have none
      List<StatedDate> stated = new ArrayList<>();
      Object sd = m.get("stated_dates");
      if (sd != null) {
        for (Object o : (List<?>) sd) {
          Map<?, ?> d = (Map<?, ?>) o;
          String kind = String.valueOf(d.get("kind"));
          stated.add(new StatedDate(StatedDate.Kind.parse(kind).orElseThrow(
              () -> new IllegalArgumentException("unknown stated date kind '" + kind + "'")),
              String.valueOf(d.get("date")), String.valueOf(d.get("as_written"))));
        }
      }
      Optional<OcrInfo> ocr = Optional.empty();
      if (m.get("ocr") instanceof Map<?, ?> o) {
        List<Integer> pages = new ArrayList<>();
        for (Object p : (List<?>) o.get("pages")) {
          pages.add(((Number) p).intValue());
        }
        ocr = Optional.of(new OcrInfo(String.valueOf(o.get("engine")), String.valueOf(o.get("languages")), pages,
            ((Number) o.get("mean_confidence")).doubleValue(), ((Number) o.get("words")).intValue()));
      }
      return new VersionMetadata(snapshots, SourceFormat.valueOf(String.valueOf(m.get("format")).toUpperCase(Locale.ROOT)),
          String.valueOf(m.get("extractor_version")), String.valueOf(m.get("text_sha256")), scripts, flags, stated, ocr);
    } catch (RuntimeException e) {
      throw new IOException(sidecar + ": damaged text version metadata: " + e.getMessage(), e);
    }
  }

  private static void field(StringBuilder sb, String name, String value) {
    sb.append("  ").append(quote(name)).append(": ").append(quote(value)).append(",\n");
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
