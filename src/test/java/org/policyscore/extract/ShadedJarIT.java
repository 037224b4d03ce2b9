package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as shipped, run as a user runs it, after {@code package}: the build leaves most of
 * Tika out, reads Word files itself and drops ICU data the tool never reads, so PDF, DOCX and
 * Khmer word breaks are checked against the jar's own contents, not the test class path (which
 * has the full libraries).
 */
class ShadedJarIT {
  private static final Path JAR = Path.of("target", "policyscore.jar");
  private static final Path DIFF = Path.of("src", "test", "resources", "diff");

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run policyscore(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
        "-Dpolicyscore.cache=" + Path.of("target", "test-cache").toAbsolutePath(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("policyscore-out", ".txt");
    Path err = Files.createTempFile("policyscore-err", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      int code = p.waitFor();
      return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The Markdown diff from its summary line on: what does not depend on file names and dates. */
  private static String changes(String markdown) {
    java.util.regex.Matcher summary = java.util.regex.Pattern.compile("\n\\*\\*\\d+ added").matcher(markdown);
    return summary.find() ? markdown.substring(summary.start() + 1) : markdown;
  }

  @Test
  void khmerWordsAreSegmentedAsInTheGoldenDiff() throws Exception {
    Run run = policyscore("diff", "--format", "md", "--catalog", DIFF.resolve("cues-catalog.yaml").toString(),
        DIFF.resolve("km/base.md").toString(), DIFF.resolve("km/reworded-clause.md").toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    String golden = Files.readString(DIFF.resolve("km/expected/reworded-clause.md"), StandardCharsets.UTF_8);
    assertThat(changes(run.out())).isEqualTo(changes(golden));
  }

  @Test
  void aWordCopyReadsAsTheTextItWasMadeFrom() throws Exception {
    for (String lang : List.of("en", "km")) {
      Path md = DIFF.resolve(lang).resolve("base.md");
      List<String> lines = Files.readAllLines(md).stream().filter(l -> !l.isBlank()).toList();
      Path docx = dir.resolve("base-" + lang + ".docx");
      Files.write(docx, MiniDocx.of(lines));

      Run run = policyscore("diff", "--format", "md", docx.toString(), md.toString());

      assertThat(run.err()).as(lang).isEmpty();
      assertThat(run.out()).as(lang).contains("no change in wording");
    }
  }

  @Test
  void aPdfCopyReadsAsTheTextItWasMadeFrom() throws Exception {
    // Khmer only: MiniPdf draws each Khmer letter as a Latin one, mapped back by ToUnicode
    List<String> lines = new ArrayList<>(List.of("យើងមិនលក់ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកទេ។"));
    for (String months : List.of("១២", "៦", "២៤", "៣៦", "៤៨")) {
      lines.add("យើងរក្សាទុកកំណត់ត្រាការហៅទូរស័ព្ទរយៈពេល " + months + " ខែ។");
    }
    Path pdf = dir.resolve("notice.pdf");
    Files.write(pdf, MiniPdf.of(lines, true));
    Path md = dir.resolve("notice.md");
    Files.writeString(md, String.join("\n\n", lines) + "\n", StandardCharsets.UTF_8);

    Run run = policyscore("diff", "--format", "md", pdf.toString(), md.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("no change in wording");
  }
}
