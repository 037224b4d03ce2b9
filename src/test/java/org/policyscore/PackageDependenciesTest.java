package org.policyscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stage packages form a layered graph: no package imports one that (directly or not)
 * imports it back, and the command line (picocli) stays in {@code cli}.
 */
class PackageDependenciesTest {
  private static final Path MAIN = Path.of("src/main/java/org/policyscore");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.policyscore\\.([a-z]+)\\.", Pattern.MULTILINE);

  @Test
  void thePackageGraphHasNoCycle() throws IOException {
    Map<String, Set<String>> graph = imports();
    List<String> cycle = new ArrayList<>();
    for (String start : graph.keySet()) {
      List<String> found = pathBack(graph, start, start, new TreeSet<>());
      if (found != null) {
        cycle = found;
        break;
      }
    }
    assertThat(cycle).as("a package cycle").isEmpty();
  }

  @Test
  void onlyTheCommandLineKnowsPicocli() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (!MAIN.relativize(f).startsWith("cli") && Files.readString(f).contains("import picocli.")) {
          offenders.add(MAIN.relativize(f).toString());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void nothingImportsTheCommandLine() throws IOException {
    imports().forEach((pkg, deps) -> {
      if (!pkg.equals("cli")) {
        assertThat(deps).as(pkg).doesNotContain("cli");
      }
    });
  }

  /** A path from {@code at} back to {@code target}, or null. */
  private static List<String> pathBack(Map<String, Set<String>> graph, String target, String at, Set<String> seen) {
    for (String next : graph.getOrDefault(at, Set.of())) {
      if (next.equals(target)) {
        return new ArrayList<>(List.of(at, next));
      }
      if (seen.add(next)) {
        List<String> rest = pathBack(graph, target, next, seen);
        if (rest != null) {
          rest.add(0, at);
          return rest;
        }
      }
    }
    return null;
  }

  private static Map<String, Set<String>> imports() throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = MAIN.relativize(f);
        if (rel.getNameCount() < 2) {
          continue; // the root package's few shared types
        }
        String pkg = rel.getName(0).toString();
        Matcher m = IMPORT.matcher(Files.readString(f));
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            graph.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
          }
        }
      }
    }
    return graph;
  }
}
