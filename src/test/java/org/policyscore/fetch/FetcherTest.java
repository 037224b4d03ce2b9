package org.policyscore.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Origin;
import org.policyscore.archive.Snapshot;
import org.policyscore.catalog.CompanyType;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.score.ScoringMode;
import org.policyscore.study.Service;
import org.policyscore.study.Study;
import org.policyscore.testing.LocalSite;

class FetcherTest {
  /** Short waits, but a read timeout generous enough for a cold JVM on a busy machine. */
  static final FetchOptions FAST = FetchOptions.defaults().withTimes(Duration.ofSeconds(2),
      Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofMillis(50), Duration.ofSeconds(3),
      Duration.ofMillis(100)).withMaxBytes(20_000);
  /** For the one test that waits for a timeout on purpose. */
  static final FetchOptions IMPATIENT = FAST.withTimes(Duration.ofSeconds(2), Duration.ofMillis(300),
      Duration.ofSeconds(3), Duration.ofMillis(50), Duration.ofSeconds(3), Duration.ofMillis(100));
  /** Pages long enough to be a policy: fetch refuses a page with less text than extract accepts. */
  static final String PRIVACY_EN = "<!doctype html><html lang=en><head><meta charset=utf-8><title>Privacy</title></head>"
      + "<body><main><h1>Privacy Notice</h1><p>We collect your name and phone number.</p>"
      + "<p>We also collect your address when you register for our mobile service. We use this information to"
      + " provide the service, to bill you and to answer your questions. We keep call detail records for twelve"
      + " months and then delete them. You may ask us for a copy of the information we hold about you.</p>"
      + "</main></body></html>";
  static final String PRIVACY_KM = "<html lang=km><body><main><h1>សេចក្តីជូនដំណឹងអំពីឯកជនភាព</h1>"
      + "<p>យើងប្រមូលឈ្មោះ និងលេខទូរស័ព្ទរបស់អ្នក។</p>"
      + "<p>យើងប្រមូលអាសយដ្ឋានរបស់អ្នក នៅពេលអ្នកចុះឈ្មោះប្រើប្រាស់សេវាកម្មទូរស័ព្ទចល័តរបស់យើង។"
      + " យើងប្រើព័ត៌មាននេះដើម្បីផ្តល់សេវាកម្ម ចេញវិក្កយបត្រ និងឆ្លើយតបនឹងសំណួររបស់អ្នក។"
      + " យើងរក្សាទុកកំណត់ត្រាការហៅទូរស័ព្ទរយៈពេលដប់ពីរខែ បន្ទាប់មកលុបចោល។"
      + " អ្នកអាចស្នើសុំច្បាប់ចម្លងនៃព័ត៌មានដែលយើងរក្សាទុកអំពីអ្នក។</p></main></body></html>";

  @TempDir Path root;
  final LocalSite site = new LocalSite();
  Instant now = Instant.parse("2026-11-22T07:15:00Z");

  @AfterEach
  void stop() {
    site.close();
  }

  Archive archive() {
    return new Archive(root.resolve("archive"), Clock.fixed(now, ZoneOffset.UTC));
  }

  /** One company, "acme", with one document per entry: {id, lang, url, select-or-null}. */
  static Study study(String[]... docs) {
    List<PolicyDocument> documents = new ArrayList<>();
    for (String[] d : docs) {
      documents.add(new PolicyDocument(d[0], "privacy", d[0], List.of("mobile"), List.of(new DocumentVersion(
          d[1], Optional.ofNullable(d[2]).map(URI::create), d[2] == null, Optional.of("none found"),
          Optional.ofNullable(d.length > 3 ? d[3] : null), List.of(), List.of()))));
    }
    Company acme = new Company("acme", "Acme", Optional.empty(), "Acme Ltd.", CompanyType.TELECOM,
        URI.create("https://acme.example/"), documents);
    return new Study("test", "Test", "Nowhere", java.util.Optional.empty(), 2026, "rdr-2020", List.of(), ScoringMode.PER_SERVICE,
        List.of(new Service("mobile", "Mobile", Optional.empty())), List.of(acme), Path.of("test.yaml"));
  }

  FetchReport fetch(Study study) throws Exception {
    return new Fetcher(FAST).fetchStudy(study, archive(), Optional.empty(), false, Progress.NONE);
  }

  static DocumentOutcome only(FetchReport r) {
    assertThat(r.outcomes()).hasSize(1);
    return r.outcomes().get(0);
  }

  @Test
  void anHtmlPageIsArchivedExactlyWithAnHonestUserAgentAndTheDocumentsLanguage() throws Exception {
    site.at("/privacy", ex -> LocalSite.send(ex, 200, "text/html; charset=utf-8", PRIVACY_EN.getBytes(UTF_8)));
    DocumentOutcome o = only(fetch(study(new String[] {"privacy", "en", site.url("/privacy").toString()})));

    assertThat(o.outcome()).isEqualTo(Outcome.FETCHED_NEW);
    Snapshot s = o.snapshot().orElseThrow();
    assertThat(archive().read(s)).isEqualTo(PRIVACY_EN.getBytes(UTF_8));
    assertThat(s.file().getFileName().toString()).isEqualTo("20261122T071500Z.html");
    assertThat(s.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(s.provenance().status()).contains(200);
    assertThat(s.origin()).isEqualTo(Origin.FETCH);
    LocalSite.Request r = site.requests("/privacy").get(0);
    assertThat(r.header("User-Agent")).isEqualTo(FetchOptions.USER_AGENT).startsWith("policyscore/");
    assertThat(r.header("Accept-Language")).isEqualTo("en");
  }

  @Test
  void khmerPagesAreKeptByteForByteWithAndWithoutACharsetDeclaration() throws Exception {
    byte[] km = PRIVACY_KM.getBytes(UTF_8);
    site.at("/km/declared", ex -> LocalSite.send(ex, 200, "text/html; charset=UTF-8", km));
    site.at("/km/undeclared", ex -> LocalSite.send(ex, 200, "text/html", km));
    FetchReport r = fetch(study(
        new String[] {"declared", "km", site.url("/km/declared").toString()},
        new String[] {"undeclared", "km", site.url("/km/undeclared").toString()}));

    assertThat(r.outcomes()).allSatisfy(o -> assertThat(o.outcome()).isEqualTo(Outcome.FETCHED_NEW));
    for (DocumentOutcome o : r.outcomes()) {
      byte[] stored = archive().read(o.snapshot().orElseThrow());
      assertThat(stored).isEqualTo(km);
      assertThat(new String(stored, UTF_8)).contains("ឯកជនភាព");
    }
    assertThat(r.outcomes().get(1).snapshot().orElseThrow().contentType()).isEqualTo("text/html");
    assertThat(site.requests("/km/declared").get(0).header("Accept-Language")).isEqualTo("km");
  }

  @Test
  void aPdfIsArchivedAsPdfEvenWhenTheServerDoesNotSayWhatItIs() throws Exception {
    byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(Charset.forName("ISO-8859-1"));
    site.at("/terms.pdf", ex -> LocalSite.send(ex, 200, "application/pdf", pdf));
    site.at("/download", ex -> LocalSite.send(ex, 200, "application/octet-stream", pdf));
    FetchReport r = fetch(study(new String[] {"terms", "en", site.url("/terms.pdf").toString()},
        new String[] {"unlabelled", "en", site.url("/download").toString()}));

    for (DocumentOutcome o : r.outcomes()) {
      assertThat(o.outcome()).isEqualTo(Outcome.FETCHED_NEW);
      assertThat(o.snapshot().orElseThrow().file().toString()).endsWith(".pdf");
      assertThat(archive().read(o.snapshot().orElseThrow())).isEqualTo(pdf);
    }
    assertThat(r.outcomes().get(1).snapshot().orElseThrow().contentType()).isEqualTo("application/pdf");
  }

  @Test
  void redirectsAreFollowedAndEveryStepRecorded() throws Exception {
    site.at("/old", ex -> {
      ex.getResponseHeaders().set("Location", "/middle");
      LocalSite.send(ex, 301, null, new byte[0]);
    });
    site.at("/middle", ex -> {
      ex.getResponseHeaders().set("Location", site.url("/privacy-notice/").toString());
      LocalSite.send(ex, 302, null, new byte[0]);
    });
    site.at("/privacy-notice/", ex -> LocalSite.send(ex, 200, "text/html", PRIVACY_EN.getBytes(UTF_8)));
    DocumentOutcome o = only(fetch(study(new String[] {"privacy", "en", site.url("/old").toString()})));

    assertThat(o.outcome()).isEqualTo(Outcome.FETCHED_NEW);
    Snapshot s = o.snapshot().orElseThrow();
    assertThat(s.provenance().requestedUrl()).contains(site.url("/old").toString());
    assertThat(s.provenance().finalUrl()).contains(site.url("/privacy-notice/").toString());
    assertThat(s.provenance().redirects()).containsExactly(site.url("/old").toString(),
        site.url("/middle").toString(), site.url("/privacy-notice/").toString());
    assertThat(o.reason()).contains("2 redirect(s)");
  }

  @Test
  void aNotFoundPageFailsAtOnceWithoutRetrying() throws Exception {
    site.at("/gone", ex -> LocalSite.send(ex, 404, "text/html", "<p>Not here</p>".getBytes(UTF_8)));
    FetchReport r = fetch(study(new String[] {"privacy", "en", site.url("/gone").toString()}));
    DocumentOutcome o = only(r);

    assertThat(o.outcome()).isEqualTo(Outcome.FAILED_NO_ARCHIVE);
    assertThat(o.reason()).isEqualTo("HTTP 404 Not Found");
    assertThat(site.requests("/gone")).hasSize(1);
    assertThat(r.anyFailed()).isTrue();
    assertThat(archive().keys()).isEmpty();
  }

  @Test
  void aServerErrorIsRetriedAndTheSecondAnswerKept() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    site.at("/flaky", ex -> {
      if (calls.incrementAndGet() == 1) {
        LocalSite.send(ex, 500, "text/plain", "oops".getBytes(UTF_8));
      } else {
        LocalSite.send(ex, 200, "text/html", PRIVACY_EN.getBytes(UTF_8));
      }
    });
    DocumentOutcome o = only(fetch(study(new String[] {"privacy", "en", site.url("/flaky").toString()})));

    assertThat(o.outcome()).isEqualTo(Outcome.FETCHED_NEW);
    assertThat(o.reason()).contains("took 2 tries");
    List<LocalSite.Request> seen = site.requests("/flaky");
    assertThat(seen).hasSize(2);
    assertThat(Duration.ofNanos(seen.get(1).nanoTime() - seen.get(0).nanoTime())).as("backoff")
        .isGreaterThanOrEqualTo(FAST.backoff());
  }

  @Test
  void tooManyRequestsWaitsAsLongAsRetryAfterSays() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    site.at("/busy", ex -> {
      if (calls.incrementAndGet() == 1) {
        ex.getResponseHeaders().set("Retry-After", "1");
        LocalSite.send(ex, 429, "text/plain", "slow down".getBytes(UTF_8));
      } else {
        LocalSite.send(ex, 200, "text/html", PRIVACY_EN.getBytes(UTF_8));
      }
    });
    DocumentOutcome o = only(fetch(study(new String[] {"privacy", "en", site.url("/busy").toString()})));

    assertThat(o.outcome()).isEqualTo(Outcome.FETCHED_NEW);
    List<LocalSite.Request> seen = site.requests("/busy");
    assertThat(seen).hasSize(2);
    assertThat(Duration.ofNanos(seen.get(1).nanoTime() - seen.get(0).nanoTime())).isGreaterThanOrEqualTo(Duration.ofMillis(990));
  }

  @Test
  void aRetryAfterLongerThanWeWaitGivesUpAtOnce() throws Exception {
    site.at("/later", ex -> {
      ex.getResponseHeaders().set("Retry-After", "3600");
      LocalSite.send(ex, 503, "text/plain", "maintenance".getBytes(UTF_8));
    });
    DocumentOutcome o = only(fetch(study(new String[] {"privacy", "en", site.url("/later").toString()})));
    assertThat(o.outcome()).isEqualTo(Outcome.FAILED_NO_ARCHIVE);
    assertThat(o.reason()).contains("HTTP 503").contains("wait 3600 s");
    assertThat(site.requests("/later")).hasSize(1);
  }

  @Test
  void aResponseThatNeverEndsTimesOut() throws Exception {
    site.at("/endless", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      ex.getResponseBody().write("<html><body><p>Terms".getBytes(UTF_8));
      ex.getResponseBody().flush();
      Thread.sleep(60_000);
    });
    long start = System.nanoTime();
    DocumentOutcome o = only(new Fetcher(IMPATIENT).fetchStudy(study(new String[] {"terms", "en",
        site.url("/endless").toString()}), archive(), Optional.empty(), false, Progress.NONE));

    assertThat(o.outcome()).isEqualTo(Outcome.FAILED_NO_ARCHIVE);
    assertThat(o.reason()).contains("timeout").contains("tried " + FAST.maxAttempts() + " times");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aBodyOverTheSizeLimitIsRefused() throws Exception {
    byte[] big = ("<html><body>" + "x".repeat(50_000) + "</body></html>").getBytes(UTF_8);
    site.at("/huge", ex -> LocalSite.send(ex, 200, "text/html", big));
    site.at("/huge-chunked", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0); // no Content-Length: the limit must hold while reading
      for (int i = 0; i < 10; i++) {
        ex.getResponseBody().write(big, 0, 10_000);
      }
      ex.getResponseBody().close();
    });
    FetchReport r = fetch(study(new String[] {"a", "en", site.url("/huge").toString()},
        new String[] {"b", "en", site.url("/huge-chunked").toString()}));
    assertThat(r.outcomes()).allSatisfy(o -> {
      assertThat(o.outcome()).isEqualTo(Outcome.FAILED_NO_ARCHIVE);
      assertThat(o.reason()).contains("larger than 20000 bytes");
    });
    assertThat(site.requests("/huge")).hasSize(1);
  }

  @Test
  void aPageThatChangesGivesTwoSnapshotsAndOneThatDoesNotGivesOne() throws Exception {
    AtomicInteger version = new AtomicInteger(1);
    site.at("/changing", ex -> LocalSite.send(ex, 200, "text/html",
        PRIVACY_EN.replace("phone number", "phone number, version " + version.get()).getBytes(UTF_8)));
    site.at("/steady", ex -> LocalSite.send(ex, 200, "text/html", PRIVACY_KM.getBytes(UTF_8)));
    Study s = study(new String[] {"changing", "en", site.url("/changing").toString()},
        new String[] {"steady", "km", site.url("/steady").toString()});

    FetchReport first = fetch(s);
    now = now.plus(Duration.ofDays(1));
    version.set(2);
    FetchReport second = fetch(s);

    assertThat(first.outcomes()).extracting(DocumentOutcome::outcome).containsExactly(Outcome.FETCHED_NEW, Outcome.FETCHED_NEW);
    assertThat(second.outcomes()).extracting(DocumentOutcome::outcome).containsExactly(Outcome.FETCHED_NEW, Outcome.UNCHANGED);
    assertThat(archive().snapshots(new DocumentKey("acme", "changing", "en"))).hasSize(2);
    List<Snapshot> steady = archive().snapshots(new DocumentKey("acme", "steady", "km"));
    assertThat(steady).hasSize(1);
    assertThat(steady.get(0).seenUnchanged()).containsExactly(now);
  }

  @Test
  void aFailureNeverReplacesTheGoodSnapshot() throws Exception {
    AtomicInteger status = new AtomicInteger(200);
    site.at("/p", ex -> LocalSite.send(ex, status.get(), "text/html",
        (status.get() == 200 ? PRIVACY_EN : "<html><body></body></html>").getBytes(UTF_8)));
    site.at("/empty", ex -> LocalSite.send(ex, 200, "text/html", "<html><body> </body></html>".getBytes(UTF_8)));
    Study s = study(new String[] {"privacy", "en", site.url("/p").toString()});
    Snapshot good = only(fetch(s)).snapshot().orElseThrow();

    now = now.plus(Duration.ofDays(1));
    status.set(404);
    DocumentOutcome failed = only(fetch(s));
    assertThat(failed.outcome()).isEqualTo(Outcome.FAILED_USED_ARCHIVE);
    assertThat(failed.snapshot()).contains(good);

    status.set(200);
    DocumentOutcome empty = only(fetch(study(new String[] {"privacy", "en", site.url("/empty").toString()})));
    assertThat(empty.outcome()).isEqualTo(Outcome.FAILED_USED_ARCHIVE);
    assertThat(empty.reason()).contains("only 0 characters of text");
    assertThat(archive().snapshots(new DocumentKey("acme", "privacy", "en"))).containsExactly(good);
  }

  @Test
  void aPageWithoutTheSelectedPartIsAnErrorNotANewVersion() throws Exception {
    site.at("/p", ex -> LocalSite.send(ex, 200, "text/html", PRIVACY_EN.getBytes(UTF_8)));
    FetchReport ok = fetch(study(new String[] {"a", "en", site.url("/p").toString(), "main"}));
    FetchReport missing = fetch(study(new String[] {"b", "en", site.url("/p").toString(), "article.policy"}));
    assertThat(only(ok).outcome()).isEqualTo(Outcome.FETCHED_NEW);
    assertThat(only(missing).outcome()).isEqualTo(Outcome.FAILED_NO_ARCHIVE);
    assertThat(only(missing).reason()).contains("matches select 'article.policy'");
  }

  @Test
  void oneHostIsAskedOneRequestAtATimeWithAPoliteDelay() throws Exception {
    site.at("/", ex -> {
      Thread.sleep(30);
      LocalSite.send(ex, 200, "text/html", PRIVACY_EN.getBytes(UTF_8));
    });
    fetch(study(new String[] {"a", "en", site.url("/a").toString()}, new String[] {"b", "en", site.url("/b").toString()},
        new String[] {"c", "en", site.url("/c").toString()}));
    List<LocalSite.Request> seen = site.requests();
    assertThat(seen).hasSize(3).allSatisfy(r -> assertThat(r.concurrent()).isEqualTo(1));
    for (int i = 1; i < seen.size(); i++) {
      assertThat(Duration.ofNanos(seen.get(i).nanoTime() - seen.get(i - 1).nanoTime()))
          .isGreaterThanOrEqualTo(FAST.perHostDelay());
    }
  }

  @Test
  void severalSitesAreFetchedAtOnce() throws Exception {
    try (LocalSite other = new LocalSite()) {
      LocalSite.Page slow = ex -> {
        Thread.sleep(400);
        LocalSite.send(ex, 200, "text/html", PRIVACY_EN.getBytes(UTF_8));
      };
      site.at("/p", slow);
      other.at("/p", slow);
      FetchReport r = fetch(study(new String[] {"a", "en", site.url("/p").toString()},
          new String[] {"b", "en", other.url("/p").toString()}));
      assertThat(r.anyFailed()).isFalse();
      long gap = Math.abs(site.requests().get(0).nanoTime() - other.requests().get(0).nanoTime());
      assertThat(Duration.ofNanos(gap)).as("the second site did not wait for the first").isLessThan(Duration.ofMillis(350));
    }
  }

  @Test
  void offlineUsesTheArchiveOnlyAndNeverTheNetwork() throws Exception {
    site.at("/p", ex -> LocalSite.send(ex, 200, "text/html", PRIVACY_EN.getBytes(UTF_8)));
    Study s = study(new String[] {"privacy", "en", site.url("/p").toString()},
        new String[] {"terms", "en", site.url("/t").toString()}, new String[] {"aup", "en", null});
    fetch(study(new String[] {"privacy", "en", site.url("/p").toString()}));
    int before = site.requests().size();

    FetchReport r = new Fetcher(FAST).fetchStudy(s, archive(), Optional.empty(), true, Progress.NONE);
    assertThat(site.requests()).hasSize(before);
    assertThat(r.outcomes()).extracting(DocumentOutcome::outcome)
        .containsExactly(Outcome.OFFLINE_ARCHIVE, Outcome.OFFLINE_NO_ARCHIVE, Outcome.NOT_FOUND_DECLARED);
    assertThat(r.anyFailed()).isTrue();
  }

  @Test
  void withNoNetworkEveryDocumentIsReportedAndTheArchiveUsed() throws Exception {
    site.at("/p", ex -> LocalSite.send(ex, 200, "text/html", PRIVACY_EN.getBytes(UTF_8)));
    Snapshot archived = only(fetch(study(new String[] {"privacy", "en", site.url("/p").toString()}))).snapshot().orElseThrow();
    int port = LocalSite.deadPort();
    Study s = study(new String[] {"privacy", "en", "http://127.0.0.1:" + port + "/p"},
        new String[] {"terms", "en", "http://127.0.0.1:" + port + "/t"});

    long start = System.nanoTime();
    FetchReport r = fetch(s);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no retries when nothing answers").isLessThan(Duration.ofSeconds(5));
    assertThat(r.outcomes()).extracting(DocumentOutcome::outcome)
        .containsExactly(Outcome.FAILED_USED_ARCHIVE, Outcome.FAILED_NO_ARCHIVE);
    assertThat(r.outcomes().get(0).snapshot()).contains(archived);
    assertThat(r.outcomes()).allSatisfy(o -> assertThat(o.reason()).contains("cannot connect to 127.0.0.1"));
    assertThat(r.anyFailed()).isTrue();
  }
}
