package org.policyscore.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.CatalogLoader;

/**
 * The diff fixtures: a telecom privacy notice written for these tests, in English and Khmer
 * ({@code base.md}), and one changed version per kind of change.
 */
final class DiffFixtures {
  static final Path DIR = Path.of("src", "test", "resources", "diff");
  static final List<String> LANGUAGES = List.of("en", "km");
  static final List<String> CASES = List.of(
      "added-clause", "added-government-demands", "removed-clause", "reworded-clause",
      "moved-section", "whitespace-only");
  static final Instant BEFORE = Instant.parse("2025-01-15T00:00:00Z");
  static final Instant AFTER = Instant.parse("2025-06-01T00:00:00Z");

  private DiffFixtures() {}

  static String read(String lang, String name) {
    try {
      return Files.readString(DIR.resolve(lang).resolve(name + ".md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TextSide base(String lang) {
    return TextSide.of("mekong/privacy/" + lang, BEFORE, lang, read(lang, "base"));
  }

  static TextSide changed(String lang, String fixture) {
    return TextSide.of("mekong/privacy/" + lang, AFTER, lang, read(lang, fixture));
  }

  static DiffResult diff(String lang, String fixture) {
    return PolicyDiff.compare(base(lang), changed(lang, fixture));
  }

  static EvidenceElementLocator locator() {
    try {
      return new EvidenceElementLocator(CatalogLoader.load(DIR.resolve("cues-catalog.yaml")));
    } catch (InvalidInputException e) {
      throw new IllegalStateException(e);
    }
  }
}
