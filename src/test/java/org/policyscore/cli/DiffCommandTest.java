package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.diff.TextSide;
import org.policyscore.testing.CliRun;

/** {@code policyscore diff} on a journalist's two saved copies (files and URLs) and on a study's versions. */
class DiffCommandTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "diff");
  private static final String CUES = FIXTURES.resolve("cues-catalog.yaml").toString();
  private static final String GOV = "When a government authority demands user information";

  @TempDir Path tmp;

  private static String fixture(String lang, String name) {
    return FIXTURES.resolve(lang).resolve(name).toString();
  }

  @Test
  void twoMarkdownCopiesShowTheAddedDisclosureItsHashesAndTheElementsItTouches() throws IOException {
    CliRun run = CliRun.of("--workspace", tmp.toString(), "diff", fixture("en", "base.md"),
        fixture("en", "added-government-demands.md"), "--catalog", CUES);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("{+" + GOV)
        .contains("1 added, 0 removed, 0 changed, 0 moved")
        // two files outside any archive are named by their files' hashes, and say so
        .contains("file SHA-256: " + TextSide.sha256(Files.readAllBytes(Path.of(fixture("en", "base.md")))))
        .contains("file SHA-256: " + TextSide.sha256(Files.readAllBytes(Path.of(fixture("en", "added-government-demands.md")))))
        .doesNotContain("copy SHA-256")
        .contains("P10a.1   no disclosure found -> partial");
    assertThat(run.out()).doesNotContain("\u001B[");
  }

  @Test
  void aSavedWebPageComparesWithATextCopyOnWordingAlone() {
    CliRun run = CliRun.of("--workspace", tmp.toString(), "diff", fixture("en", "base.html"),
        fixture("en", "added-clause.md"), "--catalog", CUES);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("1 added, 0 removed, 0 changed, 0 moved")
        .contains("{+We collect the websites you visit").doesNotContain("tracking");
  }

  @Test
  void urlsAreFetchedFromALocalServer() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    serve(server, "/old", "text/html; charset=utf-8", Files.readAllBytes(Path.of(fixture("km", "base.md"))), 200);
    serve(server, "/new", "text/markdown; charset=utf-8",
        Files.readAllBytes(Path.of(fixture("km", "added-government-demands.md"))), 200);
    serve(server, "/gone", "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8), 404);
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      CliRun run = CliRun.of("--workspace", tmp.toString(), "diff", base + "/new", base + "/new", "--catalog", CUES);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("no change in wording").contains(base + "/new");

      CliRun changed = CliRun.of("--workspace", tmp.toString(), "diff", fixture("km", "base.md"), base + "/new",
          "--catalog", CUES, "--format", "md");
      assertThat(changed.exitCode()).as(changed.err()).isZero();
      assertThat(changed.out()).contains("**1 added, 0 removed").contains("| P10a.1 | Does the company clearly disclose")
          .contains("| no disclosure found | partial | evidence added (km) |");

      CliRun gone = CliRun.of("--workspace", tmp.toString(), "diff", base + "/gone", base + "/new");
      assertThat(gone.exitCode()).isEqualTo(ExitCode.FAILURE.code());
      assertThat(gone.err()).contains("HTTP 404").doesNotContain("Exception");
    } finally {
      server.stop(0);
    }
  }

  private static void serve(HttpServer server, String path, String type, byte[] body, int status) {
    server.createContext(path, exchange -> {
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    });
  }

  @Test
  void aMissingFileIsAPlainError() {
    CliRun run = CliRun.of("--workspace", tmp.toString(), "diff", tmp.resolve("nope.html").toString(),
        fixture("en", "base.md"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(run.err()).contains("no such file").contains("nope.html").doesNotContain("at org.");
  }

  @Test
  void htmlOutputEscapesPolicyTextAndIsWrittenWhereAsked() throws IOException {
    Path old = tmp.resolve("old.txt");
    Path now = tmp.resolve("new.txt");
    Files.writeString(old, "We collect your name.\n");
    Files.writeString(now, "We collect your name.\nWe never run <script>alert('x')</script> & such.\n");
    Path page = tmp.resolve("out").resolve("diff.html");
    CliRun run = CliRun.of("--workspace", tmp.toString(), "diff", old.toString(), now.toString(),
        "--format", "html", "--out", page.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(page);
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; such")
        .doesNotContain("<script>");
  }

  @Test
  void theSameCopiesGiveTheSameOutput() throws IOException {
    Path old = Files.copy(Path.of(fixture("km", "base.md")), tmp.resolve("a.md"));
    Path now = Files.copy(Path.of(fixture("km", "reworded-clause.md")), tmp.resolve("b.md"));
    Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2025-01-15T00:00:00Z")));
    Files.setLastModifiedTime(now, FileTime.from(Instant.parse("2025-06-01T00:00:00Z")));
    String first = CliRun.of("diff", old.toString(), now.toString(), "--format", "md", "--catalog", CUES).out();
    String second = CliRun.of("diff", old.toString(), now.toString(), "--format", "md", "--catalog", CUES).out();
    assertThat(first).isEqualTo(second).contains("2025-01-15T00:00:00Z").contains("2025-06-01T00:00:00Z");
  }

  // --- the study form ---

  private Path studyWorkspace() throws IOException {
    Files.createDirectories(tmp.resolve("policies"));
    Files.copy(FIXTURES.resolve("study.yaml"), tmp.resolve("policies").resolve("cambodia.yaml"));
    // the study's own catalogue gives the cues
    Files.createDirectories(tmp.resolve("indicators"));
    Files.copy(FIXTURES.resolve("cues-catalog.yaml"), tmp.resolve("indicators").resolve("diff-test.yaml"));
    Path en = Files.createDirectories(tmp.resolve("policies/text/mekong/privacy/en"));
    Files.copy(Path.of(fixture("en", "base.md")), en.resolve("20250115T000000Z.md"));
    Files.copy(Path.of(fixture("en", "added-government-demands.md")), en.resolve("20250601T000000Z.md"));
    // the third version keeps the government-demands clause and rewords two others
    String gov = Files.readString(Path.of(fixture("en", "added-government-demands.md")));
    String clause = gov.lines().filter(l -> l.startsWith(GOV)).findFirst().orElseThrow();
    String third = Files.readString(Path.of(fixture("en", "reworded-clause.md")))
        .replace("third parties.\n", "third parties.\n" + clause + "\n");
    Files.writeString(en.resolve("20251001T093000Z.md"), third);
    return en;
  }

  @Test
  void theStudyFormComparesTheTwoNewestVersionsByDefault() throws IOException {
    studyWorkspace();
    CliRun run = CliRun.of("--workspace", tmp.toString(), "diff", "cambodia", "mekong", "privacy");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("text version 20250601T000000Z").contains("text version 20251001T093000Z")
        .contains("no archived copy is recorded for this text version")
        .contains("0 added, 0 removed, 2 changed").contains("{+marketing +}");
    assertThat(run.out().indexOf("20250601T000000Z")).isLessThan(run.out().indexOf("20251001T093000Z"));
  }

  @Test
  void versionsArePickedByDateTimestampOrHashPrefix() throws IOException {
    Path en = studyWorkspace();
    String hash = TextSide.sha256(Files.readAllBytes(en.resolve("20250601T000000Z.md"))).substring(0, 8);
    CliRun run = CliRun.of("--workspace", tmp.toString(), "diff", "cambodia", "mekong", "privacy",
        "--from", "2025-03-01", "--to", hash);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("text version 20250115T000000Z").contains("text version 20250601T000000Z")
        .contains("P10a.1");

    CliRun byStamp = CliRun.of("--workspace", tmp.toString(), "diff", "cambodia", "mekong", "privacy",
        "--from", "20250115T000000Z", "--to", "2025-10-01T09:30:00Z");
    assertThat(byStamp.exitCode()).as(byStamp.err()).isZero();
    assertThat(byStamp.out()).contains("1 added, 0 removed, 2 changed");

    CliRun tooEarly = CliRun.of("--workspace", tmp.toString(), "diff", "cambodia", "mekong", "privacy", "--from", "2024-12-31");
    assertThat(tooEarly.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(tooEarly.err()).contains("no version of mekong/privacy/en was in force on 2024-12-31")
        .contains("2025-01-15T00:00:00Z");

    CliRun nonsense = CliRun.of("--workspace", tmp.toString(), "diff", "cambodia", "mekong", "privacy", "--to", "last week");
    assertThat(nonsense.exitCode()).as("a date that is no date is a usage error").isEqualTo(ExitCode.USAGE.code());
    assertThat(nonsense.err()).contains("--to must be a date");
  }

  @Test
  void anUnknownStudyOrDocumentSaysWhatIsMissing() throws IOException {
    studyWorkspace();
    CliRun noStudy = CliRun.of("--workspace", tmp.toString(), "diff", "laos", "mekong", "privacy");
    assertThat(noStudy.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(noStudy.err()).contains("no study 'laos'");
    CliRun noCompany = CliRun.of("--workspace", tmp.toString(), "diff", "cambodia", "smart", "privacy");
    assertThat(noCompany.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(noCompany.err()).contains("no company 'smart'").contains("mekong");
    CliRun noDoc = CliRun.of("--workspace", tmp.toString(), "diff", "cambodia", "mekong", "faq");
    assertThat(noDoc.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(noDoc.err()).contains("no document 'faq'").contains("privacy, terms");
    CliRun noText = CliRun.of("--workspace", tmp.toString(), "diff", "cambodia", "mekong", "terms");
    assertThat(noText.exitCode()).isEqualTo(ExitCode.FAILURE.code());
    assertThat(noText.err()).contains("no text versions of mekong/terms/en");
  }
}
