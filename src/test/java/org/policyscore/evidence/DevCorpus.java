package org.policyscore.evidence;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.policyscore.catalog.CanonicalId;

/**
 * The real, labelled development corpus in {@code ../shared/devcorpus} (ToS;DR passages mapped
 * to RDR 2020 elements; see its README). Only the clean English subset is read: {@code lang ==
 * en}, first of its duplicates, not a fragment under six words.
 *
 * <p>The corpus is split by service, never by passage (passages of one service share wording),
 * with a rule fixed before any cue was tuned on it: a service whose slug's SHA-256 starts with a
 * byte divisible by 3 is {@link Part#UNTOUCHED}, about a third of the services. Nobody tuning
 * cues looks at that part's passages, misses or false alarms; only its totals are reported.
 */
record DevCorpus(List<Passage> passages) {
  static final Path DIR = Path.of("..", "shared", "devcorpus");

  enum Part {
    TUNE("tune"),
    UNTOUCHED("untouched");

    final String label;

    Part(String label) {
      this.label = label;
    }
  }

  /**
   * @param direct indicators a direct mapping of the passage's case names (the case answers
   *     them)
   * @param directElements the elements of those mappings that name one
   * @param related indicators only related to the case (topically near; neither right nor
   *     wrong to find)
   * @param negative the case maps to no RDR indicator at all (warranties, governing law, ...):
   *     any element found in it is a false alarm
   */
  record Passage(String id, String service, String kind, Part part, String text,
      Set<String> direct, Set<String> directElements, Set<String> related, boolean negative) {}

  static boolean present() {
    return Files.isRegularFile(DIR.resolve("tosdr_quotes_approved.csv"));
  }

  static Part partOf(String service) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(service.getBytes(StandardCharsets.UTF_8));
      return (sha[0] & 0xff) % 3 == 0 ? Part.UNTOUCHED : Part.TUNE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static DevCorpus read() throws IOException {
    Set<String> mappedCases = new HashSet<>();
    for (CSVRecord r : csv("rdr_case_mapping.csv")) {
      mappedCases.add(r.get("case_id"));
    }
    Map<String, Set<String>> direct = new HashMap<>();
    Map<String, Set<String>> directElements = new HashMap<>();
    Map<String, Set<String>> related = new HashMap<>();
    for (CSVRecord r : csv("tosdr_quotes_rdr_long.csv")) {
      String point = r.get("point_id");
      String indicator = CanonicalId.indicator(r.get("rdr_indicator")).orElseThrow();
      if (r.get("strength").equals("direct")) {
        direct.computeIfAbsent(point, k -> new TreeSet<>()).add(indicator);
        CanonicalId.element(r.get("rdr_element_or_blank"))
            .ifPresent(e -> directElements.computeIfAbsent(point, k -> new TreeSet<>()).add(e));
      } else {
        related.computeIfAbsent(point, k -> new TreeSet<>()).add(indicator);
      }
    }
    List<Passage> out = new ArrayList<>();
    for (CSVRecord r : csv("tosdr_quotes_approved.csv")) {
      if (!r.get("lang").equals("en") || !r.get("is_first_of_dups").equals("1")
          || r.get("quality_flags").contains("fragment_lt6words")) {
        continue;
      }
      String point = r.get("point_id");
      String service = r.get("service_slug");
      Set<String> d = direct.getOrDefault(point, Set.of());
      Set<String> rel = new TreeSet<>(related.getOrDefault(point, Set.of()));
      rel.removeAll(d);
      out.add(new Passage(point, service, r.get("document_kind"), partOf(service), r.get("quote_text"),
          d, directElements.getOrDefault(point, Set.of()), rel,
          !mappedCases.contains(r.get("phoenix_case_id"))));
    }
    return new DevCorpus(out);
  }

  private static List<CSVRecord> csv(String name) throws IOException {
    try (Reader in = Files.newBufferedReader(DIR.resolve(name), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
    }
  }
}
