package org.policyscore.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fixture change, in English and Khmer, rendered as text, Markdown and HTML, against the
 * golden files beside the fixtures. After a deliberate change of output, regenerate them with
 * {@code mvn test -Dtest=PolicyDiffGoldenTest -Dgolden.update=true} and read the difference.
 */
class PolicyDiffGoldenTest {

  static Stream<Arguments> cases() {
    return DiffFixtures.LANGUAGES.stream().flatMap(lang -> DiffFixtures.CASES.stream()
        .flatMap(c -> Stream.of(DiffFormat.values()).map(f -> Arguments.of(lang, c, f))));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void matchesGoldenFile(String lang, String fixture, DiffFormat format) throws IOException {
    DiffResult diff = DiffFixtures.diff(lang, fixture);
    String rendered = format.render(diff, ElementsTouched.find(diff, DiffFixtures.locator()), false);
    String ext = switch (format) {
      case TEXT -> "txt";
      case MARKDOWN -> "md";
      case HTML -> "html";
    };
    Path golden = DiffFixtures.DIR.resolve(lang).resolve("expected").resolve(fixture + "." + ext);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }
    assertThat(rendered).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
