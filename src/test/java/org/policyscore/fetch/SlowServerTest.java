package org.policyscore.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.archive.Archive;
import org.policyscore.testing.LocalSite;

/**
 * A server that sends a byte now and then, never silent long enough to time out a read, holds a
 * document no longer than the document deadline, tries and waits included.
 */
class SlowServerTest {
  @TempDir Path root;
  final LocalSite site = new LocalSite();

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void aTricklingServerIsGivenUpAtTheDocumentDeadline() throws Exception {
    site.at("/trickle", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      for (int i = 0; i < 10_000; i++) {
        ex.getResponseBody().write("<p>x</p>".getBytes(UTF_8));
        ex.getResponseBody().flush();
        Thread.sleep(100); // never quiet for the read timeout, never done
      }
    });
    // Each response may take 3 s, the whole document 4 s: without the document deadline the
    // three tries would take over 9 s.
    FetchOptions options = FetcherTest.FAST.withTimes(Duration.ofSeconds(2), Duration.ofSeconds(1),
        Duration.ofSeconds(3), Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ZERO)
        .withDocumentTimeout(Duration.ofSeconds(4));
    Archive archive = new Archive(root.resolve("archive"), Clock.fixed(Instant.parse("2026-11-22T07:15:00Z"), ZoneOffset.UTC));

    DocumentOutcome o = FetcherTest.only(new Fetcher(options).fetchStudy(FetcherTest.study(new String[] {"terms", "en",
        site.url("/trickle").toString()}), archive, Optional.empty(), false, Progress.NONE));

    assertThat(o.outcome()).isEqualTo(Outcome.FAILED_NO_ARCHIVE);
    assertThat(o.reason()).containsAnyOf("a document may take", "not complete after 3 s");
    assertThat(site.requests("/trickle")).as("tries").hasSizeLessThanOrEqualTo(2);
    assertThat(archive.keys()).isEmpty();
  }
}
