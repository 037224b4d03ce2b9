package org.policyscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.fetch.FetchOptions;
import org.policyscore.fetch.Fetcher;
import org.policyscore.fetch.Progress;
import org.policyscore.study.StudyLoader;
import org.policyscore.testing.CliRun;
import org.policyscore.testing.LocalSite;

/**
 * The pipeline from a (local) web site to text versions: the Khmer privacy notice is fetched
 * three times; the second time only its chrome and zero-width spaces differ (a new snapshot, no
 * new text version), the third time a clause changed (a new version).
 */
class FetchThenExtractTest {

  private static byte[] fixture(String name) throws Exception {
    try (InputStream in = FetchThenExtractTest.class.getResourceAsStream("/extract/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void chromeChangesMakeSnapshotsButNotVersions(@TempDir Path dir) throws Exception {
    AtomicReference<byte[]> km = new AtomicReference<>(fixture("privacy-km.html"));
    try (LocalSite site = new LocalSite()) {
      site.at("/km/privacy-notice/", ex -> LocalSite.send(ex, 200, "text/html", km.get()));
      Files.createDirectories(dir.resolve("policies"));
      Files.writeString(dir.resolve("policies/smartnas.yaml"), """
          name: SmartNas
          country: Cambodia
          year: 2026
          catalog: rdr-2020
          mode: per-service
          services:
            - id: mobile
              label: Mobile
          companies:
            - id: smartnas
              name: SmartNas
              legal_name: SmartNas Co., Ltd.
              type: telecom
              home: %s
              documents:
                - id: privacy
                  kind: privacy
                  title: Privacy Notice
                  services: [mobile]
                  versions:
                    - lang: km
                      url: %s
          """.formatted(site.url("/"), site.url("/km/privacy-notice/")));
      Workspace ws = new Workspace(dir);
      var study = StudyLoader.load(ws.studyFile("smartnas"));
      FetchOptions fast = FetchOptions.defaults().withTimes(Duration.ofSeconds(2), Duration.ofSeconds(2),
          Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(3), Duration.ofMillis(10));
      Instant t = Instant.parse("2026-03-01T09:00:00Z");

      new Fetcher(fast).fetchStudy(study, new Archive(ws.archive(), Clock.fixed(t, ZoneOffset.UTC)), Optional.empty(), false, Progress.NONE);
      km.set(new String(fixture("privacy-km-zwsp.html"), java.nio.charset.StandardCharsets.UTF_8)
          .replace("Take control with SmartNas!", "SmartNas: eSIM now in the app!").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      new Fetcher(fast).fetchStudy(study, new Archive(ws.archive(), Clock.fixed(t.plusSeconds(86400), ZoneOffset.UTC)),
          Optional.empty(), false, Progress.NONE);
      CliRun unchanged = CliRun.of("--workspace", dir.toString(), "extract");

      km.set(new String(fixture("privacy-km.html"), java.nio.charset.StandardCharsets.UTF_8)
          .replace("រយៈពេល ១២ ខែ", "រយៈពេល ២៤ ខែ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      new Fetcher(fast).fetchStudy(study, new Archive(ws.archive(), Clock.fixed(t.plusSeconds(2 * 86400), ZoneOffset.UTC)),
          Optional.empty(), false, Progress.NONE);
      CliRun changed = CliRun.of("--workspace", dir.toString(), "extract");

      assertThat(unchanged.exitCode()).as(unchanged.out() + unchanged.err()).isZero();
      assertThat(unchanged.out()).contains("smartnas/privacy/km          2 snapshot(s) -> 1 version(s)");
      assertThat(changed.exitCode()).isZero();
      assertThat(changed.out()).contains("smartnas/privacy/km          3 snapshot(s) -> 2 version(s), 2 file(s) written, 0 removed");
      Path texts = ws.texts().resolve("smartnas/privacy/km");
      assertThat(Files.readString(texts.resolve("20260301T090000Z.md"))).isEqualTo(new String(fixture("privacy-km.md"), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(Files.readString(texts.resolve("20260303T090000Z.md"))).contains("រយៈពេល ២៤ ខែ");
    }
  }
}
