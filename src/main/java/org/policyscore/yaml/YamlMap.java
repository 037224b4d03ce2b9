package org.policyscore.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.policyscore.InvalidInputException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping with typed, position-aware accessors. Every accessor that fails throws an
 * {@link InvalidInputException} naming the file, line and column and what was expected.
 * Duplicate keys are rejected on construction, since YAML libraries silently keep the last one.
 */
public final class YamlMap {
  private final Path file;
  private final MappingNode node;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  YamlMap(Path file, MappingNode node) throws InvalidInputException {
    this.file = file;
    this.node = node;
    for (NodeTuple tuple : node.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        throw error(file, tuple.getKeyNode(), "expected a plain key");
      }
      if (entries.putIfAbsent(key.getValue(), tuple) != null) {
        throw error(file, key, "duplicate key '" + key.getValue() + "'");
      }
    }
  }

  public Path file() {
    return file;
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  /** Rejects any key not in {@code allowed}, naming the allowed ones. */
  public void allowOnly(Set<String> allowed) throws InvalidInputException {
    for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw error(
            file,
            e.getValue().getKeyNode(),
            "unknown key '" + e.getKey() + "'; expected one of " + new TreeSet<>(allowed));
      }
    }
  }

  public Optional<String> string(String key) throws InvalidInputException {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return Optional.empty();
    }
    Node value = tuple.getValueNode();
    if (!(value instanceof ScalarNode scalar)) {
      throw error(file, value, "expected a single value for '" + key + "'");
    }
    String text = scalar.getValue();
    if (scalar.getTag().getValue().endsWith(":null") || text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(text);
  }

  public String requiredString(String key) throws InvalidInputException {
    Optional<String> value = string(key);
    if (value.isEmpty()) {
      Node at = entries.containsKey(key) ? entries.get(key).getValueNode() : node;
      throw error(file, at, "missing '" + key + "'");
    }
    return value.get();
  }

  public Optional<Integer> integer(String key) throws InvalidInputException {
    Optional<String> value = string(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(value.get().strip()));
    } catch (NumberFormatException e) {
      throw errorAt(key, "expected a whole number for '" + key + "', found '" + value.get() + "'");
    }
  }

  public boolean flag(String key, boolean fallback) throws InvalidInputException {
    Optional<String> value = string(key);
    if (value.isEmpty()) {
      return fallback;
    }
    return switch (value.get().strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes" -> true;
      case "false", "no" -> false;
      default -> throw errorAt(key, "expected true or false for '" + key + "'");
    };
  }

  /** A list of single values; a lone value is read as a list of one. Absent: empty list. */
  public List<String> strings(String key) throws InvalidInputException {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return List.of();
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar) {
      return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue());
    }
    if (!(value instanceof SequenceNode seq)) {
      throw error(file, value, "expected a list of values for '" + key + "'");
    }
    List<String> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof ScalarNode scalar)) {
        throw error(file, item, "expected a single value in the list '" + key + "'");
      }
      out.add(scalar.getValue());
    }
    return out;
  }

  /** A list of mappings. Absent: empty list. */
  public List<YamlMap> maps(String key) throws InvalidInputException {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return List.of();
    }
    Node value = tuple.getValueNode();
    if (value instanceof ScalarNode scalar && scalar.getValue().isBlank()) {
      return List.of();
    }
    if (!(value instanceof SequenceNode seq)) {
      throw error(file, value, "expected a list under '" + key + "'");
    }
    List<YamlMap> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof MappingNode mapping)) {
        throw error(file, item, "expected an entry of keys and values in the list '" + key + "'");
      }
      out.add(new YamlMap(file, mapping));
    }
    return out;
  }

  public Optional<YamlMap> map(String key) throws InvalidInputException {
    NodeTuple tuple = entries.get(key);
    if (tuple == null) {
      return Optional.empty();
    }
    if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
      throw error(file, tuple.getValueNode(), "expected keys and values under '" + key + "'");
    }
    return Optional.of(new YamlMap(file, mapping));
  }

  /** 1-based line of this mapping's start. */
  public int line() {
    return node.getStartMark().getLine() + 1;
  }

  /** An error pointing at the value of {@code key} (or at this mapping when it is absent). */
  public InvalidInputException errorAt(String key, String problem) {
    NodeTuple tuple = entries.get(key);
    return error(file, tuple == null ? node : tuple.getValueNode(), problem);
  }

  /** An error pointing at the item {@code index} of the list under {@code key}. */
  public InvalidInputException errorAtItem(String key, int index, String problem) {
    NodeTuple tuple = entries.get(key);
    if (tuple != null && tuple.getValueNode() instanceof SequenceNode seq
        && index < seq.getValue().size()) {
      return error(file, seq.getValue().get(index), problem);
    }
    return errorAt(key, problem);
  }

  /** An error pointing at the start of this mapping. */
  public InvalidInputException error(String problem) {
    return error(file, node, problem);
  }

  static InvalidInputException error(Path file, Node at, String problem) {
    return new InvalidInputException(
        file, at.getStartMark().getLine() + 1, at.getStartMark().getColumn() + 1, problem);
  }
}
