package org.policyscore.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policyscore.cli.ExitCode;
import org.policyscore.testing.CliRun;

/**
 * Each broken catalogue gives exit 4 and exactly one line on stderr naming file, line (and
 * column where the YAML has one) and the problem, with no stack trace.
 */
class BadCatalogueTest {
  private static final Path BAD = Path.of("src/test/resources/catalog/bad");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock = """
          malformed-yaml.yaml              | :7:1:   | quoted scalar that starts at line 5, column 12
          unknown-key.yaml                 | :7:5:   | unknown key 'weight'
          duplicate-indicator.yaml         | :10:9:  | duplicate indicator id 'G1' (first at line 3)
          duplicate-element.yaml           | :10:13: | duplicate element id 'G1.1'
          element-not-under-indicator.yaml | :10:13: | element G2.1 is listed under indicator G1
          unknown-scope.yaml               | :6:12:  | unknown scope 'everything'; expected company, full or services
          missing-question.yaml            | :8:9:   | element G1.1 has no question
          family-without-children.yaml     | :10:9:  | family G4 has no sub-indicators
          bad-cue-regex.yaml               | :13:15: | is not a valid regular expression
          duplicate-yaml-key.yaml          | :6:5:   | duplicate key 'title'
          empty.yaml                       | :1:1:   | the file is empty
          wrong-category.yaml              | :4:15:  | indicator G1 cannot be in category P
          unknown-parent.yaml              | :5:13:  | parent 'F1' of F1a is not in the catalogue
          bad-indicator-id.yaml            | :3:9:   | 'Q1' is not an indicator id
          unknown-company-type.yaml        | :7:15:  | unknown company type 'telcos'; expected telecom or internet
          not-utf8.yaml                    | not-utf8.yaml: | not UTF-8 text
          crlf-bad-flag.yaml               | :10:19: | expected true or false for 'reversed'
          unknown-concept.yaml             | :16:16: | cue refers to @authority, but no concept 'authority' with km words
          """)
  void reportsFileLineAndProblem(String fixture, String where, String problem) {
    Path file = BAD.resolve(fixture);

    CliRun run = CliRun.of("catalog", "validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("error: " + file).contains(where).contains(problem);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"malformed-yaml.yaml", "bad-cue-regex.yaml"})
  void verboseAddsTheStackTrace(String fixture) {
    CliRun run = CliRun.of("--verbose", "catalog", "validate", BAD.resolve(fixture).toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).contains("InvalidInputException").contains("\tat ");
  }
}
