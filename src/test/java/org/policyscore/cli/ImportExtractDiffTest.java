package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.testing.CliRun;

/**
 * End to end through the real pipeline: two saved pages of a privacy notice imported into the
 * archive with the dates they were taken, extracted to text versions, then diffed and listed
 * by changes.
 */
class ImportExtractDiffTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "diff");

  @TempDir Path ws;

  /** The fixture notice as a web page, with a menu the extraction should drop. */
  private Path page(String lang, String fixture) throws IOException {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
        + "<title>Mekong Mobile</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/shop\">Shop</a></nav><main>\n");
    for (String line : Files.readAllLines(FIXTURES.resolve(lang).resolve(fixture + ".md"))) {
      String esc = line.replace("&", "&amp;").replace("<", "&lt;");
      if (line.startsWith("## ")) {
        html.append("<h2>").append(esc.substring(3)).append("</h2>\n");
      } else if (line.startsWith("# ")) {
        html.append("<h1>").append(esc.substring(2)).append("</h1>\n");
      } else if (!line.isBlank()) {
        html.append("<p>").append(esc).append("</p>\n");
      }
    }
    html.append("</main><footer>© Mekong Mobile</footer></body></html>\n");
    Path file = ws.resolve("saved").resolve(lang + "-" + fixture + ".html");
    Files.createDirectories(file.getParent());
    Files.writeString(file, html);
    return file;
  }

  private static String sha(Path file) throws IOException {
    return org.policyscore.diff.TextSide.sha256(Files.readAllBytes(file));
  }

  private CliRun cli(String... args) {
    return CliRun.in(ws, args);
  }

  @Test
  void importedPagesExtractedThenDiffedAndListed() throws IOException {
    Files.createDirectories(ws.resolve("policies"));
    Files.copy(FIXTURES.resolve("study.yaml"), ws.resolve("policies/cambodia.yaml"));
    Files.createDirectories(ws.resolve("indicators"));
    Files.copy(FIXTURES.resolve("cues-catalog.yaml"), ws.resolve("indicators/diff-test.yaml"));
    for (String lang : new String[] {"en", "km"}) {
      for (String[] v : new String[][] {{"base", "2025-01-15T08:00:00Z"}, {"added-government-demands", "2025-06-01T08:00:00Z"}}) {
        CliRun imported = cli("import", page(lang, v[0]).toString(), "--study", "cambodia", "--company", "mekong",
            "--document", "privacy", "--lang", lang, "--retrieved", v[1]);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
      }
    }
    CliRun extracted = cli("extract", "cambodia");
    assertThat(extracted.exitCode()).as(extracted.out() + extracted.err()).isZero();

    for (String lang : new String[] {"en", "km"}) {
      CliRun diff = cli("diff", "cambodia", "mekong", "privacy", "--lang", lang);
      assertThat(diff.exitCode()).as(diff.err()).isZero();
      // each version is named by the SHA-256 of the saved page as archived, with its date
      assertThat(diff.out())
          .contains("copy SHA-256: " + sha(ws.resolve("saved/" + lang + "-base.html")) + "\n"
              + "    first retrieved 2025-01-15T08:00:00Z, last seen unchanged 2025-01-15T08:00:00Z")
          .contains("copy SHA-256: " + sha(ws.resolve("saved/" + lang + "-added-government-demands.html")) + "\n"
              + "    first retrieved 2025-06-01T08:00:00Z")
          .contains("1 added, 0 removed, 0 changed, 0 moved")
          .contains("P10a.1   no disclosure found -> partial")
          .doesNotContain("Home").doesNotContain("Mekong Mobile</");
    }

    // the 12-digit copy hash that history and answers.csv show names the version it gave
    String snapshot = sha(ws.resolve("saved/en-base.html")).substring(0, 12);
    CliRun bySnapshot = cli("diff", "cambodia", "mekong", "privacy", "--from", snapshot, "--to", "2025-06-30");
    assertThat(bySnapshot.exitCode()).as(bySnapshot.err()).isZero();
    assertThat(bySnapshot.out()).startsWith("older: Mekong Mobile, Privacy Notice (English) \u2014 mekong/privacy/en\n  copy SHA-256: " + snapshot);

    CliRun changes = cli("changes", "cambodia", "--since", "2025-03-01");
    assertThat(changes.exitCode()).as(changes.err()).isZero();
    assertThat(changes.out()).contains("2 new version(s) since 2025-03-01");
    assertThat(changes.out().lines().filter(l -> l.contains("Mekong Mobile, Privacy Notice (")))
        .hasSize(2).allSatisfy(l -> assertThat(l).contains("changed: 1 added, 0 removed"));
    assertThat(changes.out()).contains("P10a.1   no disclosure found -> partial");
    assertThat(ws.resolve("reports/cambodia/changes.atom")).content()
        .contains("Mekong Mobile, Privacy Notice (Khmer) changed");
  }
}
