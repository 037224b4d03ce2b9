package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.archive.Archive;
import org.policyscore.archive.ArchiveWriter;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Provenance;
import org.policyscore.archive.Snapshot;
import org.policyscore.io.AtomicFile;
import org.policyscore.testing.Chromium;
import org.policyscore.testing.CliRun;

/** {@code report}: the study's page from a real workspace (study, scores, answers, archive). */
class ReportCommandTest {
  static final String TERMS_URL = "https://www.smart.com.kh/terms-and-conditions/";
  static final String QUOTE = "Smart may suspend the service <script>alert('x')</script> without notice.";

  @TempDir Path ws;
  Snapshot snapshot;

  @BeforeEach
  void workspace() throws Exception {
    Files.createDirectories(ws.resolve("indicators"));
    Files.copy(Path.of("indicators", "rdr-2020.yaml"), ws.resolve("indicators/rdr-2020.yaml"));
    Files.createDirectories(ws.resolve("policies"));
    Files.copy(Path.of("policies", "cambodia.yaml"), ws.resolve("policies/cambodia.yaml"));
    Path year = Files.createDirectories(ws.resolve("reports/cambodia/2022"));
    Files.copy(Path.of("reports/cambodia/2022/scores.csv"), year.resolve("scores.csv"));
    Files.copy(Path.of("reports/cambodia/2022/SOURCE.md"), year.resolve("SOURCE.md"));
    Instant at = Instant.parse("2021-11-15T03:04:05Z");
    Archive archive = new Archive(ws.resolve("policies/archive"), Clock.fixed(at, ZoneOffset.UTC));
    DocumentKey key = new DocumentKey("smart", "terms", "en");
    try (ArchiveWriter w = archive.open()) {
      w.store(key, "<html><body><h1>Terms and Conditions</h1><p>Smart may suspend the service.</p></body></html>"
          .getBytes(StandardCharsets.UTF_8), Provenance.fetched(TERMS_URL, TERMS_URL, List.of(), 200,
          "text/html", at), TERMS_URL);
    }
    snapshot = archive.newest(key).orElseThrow();
    AtomicFile.write(year.resolve("answers.csv"), String.join("\r\n",
        "company,level,service,indicator,element,suggested,evidence,document,snapshot,answer,comment,reviewer",
        "smart,service,mobile,F3a,F3a.1,partial,\"" + QUOTE + "\",terms," + snapshot.shortHash() + ",yes,,Researcher A",
        "metfone,service,mobile,F1a,F1a.1,no disclosure found,,terms,,,,", ""));
  }

  Document report() throws Exception {
    CliRun run = CliRun.of("--workspace", ws.toString(), "report", "cambodia", "--year", "2022");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("wrote reports/cambodia/2022/report.html");
    return Jsoup.parse(ws.resolve("reports/cambodia/2022/report.html").toFile(), "UTF-8");
  }

  @Test
  void theReportHoldsScoresChartsAnswersAndDocuments() throws Exception {
    Document doc = report();
    assertThat(doc.select("h1").text()).isEqualTo("Cambodia: Metfone and Smart Axiata 2022");
    assertThat(doc.select("table.scores tbody tr")).hasSize(8);
    assertThat(doc.select("table.scores thead th").eachText()).contains("Smart Axiata · Mobile");
    assertThat(doc.select("img")).hasSize(4);
    assertThat(doc.select("#method").text()).contains("F1a, F3a, F9, F10, P1a, P10a, P11a, P12")
        .contains("Through The Looking Glass").contains("CC BY 4.0");
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("blockquote").eachText()).containsExactly(QUOTE);
    String href = doc.select("#answers a[href]").attr("href");
    assertThat(href).startsWith("../../../policies/archive/smart/terms/en/");
    assertThat(ws.resolve("reports/cambodia/2022").resolve(href).normalize()).exists();
    assertThat(doc.select("#answers").text()).contains("Researcher A").contains("no disclosure found");
    assertThat(doc.select("table.documents").text()).contains(snapshot.sha256()).contains("2021-11-15T03:04:05Z")
        .contains("not found: The 2022 report found no terms of service").contains("not yet archived")
        .contains("first retrieved 2021-11-15T03:04:05Z").contains("last seen unchanged 2021-11-15T03:04:05Z")
        .contains("Copy (SHA-256)");
    assertThat(doc.select("#answers").text()).contains("copy " + snapshot.shortHash());
  }

  @Test
  void twoRunsWriteTheSameBytes() throws Exception {
    report();
    byte[] first = Files.readAllBytes(ws.resolve("reports/cambodia/2022/report.html"));
    report();
    assertThat(Files.readAllBytes(ws.resolve("reports/cambodia/2022/report.html"))).isEqualTo(first);
  }

  @Test
  void theWrittenReportOpensInChromiumWithNothingBroken() throws Exception {
    Chromium.requireInstalled();
    report();
    Path page = Path.of("target", "report-look", "cli-report.html");
    Files.createDirectories(page.getParent());
    Files.copy(ws.resolve("reports/cambodia/2022/report.html"), page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Chromium.PageCheck check = Chromium.check(page);
    assertThat(check.images()).isEqualTo(4);
    assertThat(check.brokenImages()).isEmpty();
    assertThat(check.errors()).isEmpty();
    Chromium.screenshot(page, Path.of("target", "report-look", "cli-report.png"), 1280, 1800);
  }
}
