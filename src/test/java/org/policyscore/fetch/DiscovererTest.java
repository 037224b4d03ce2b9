package org.policyscore.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyscore.testing.FixtureSite;
import org.policyscore.testing.LocalSite;

class DiscovererTest {
  /**
   * Not a timeout test: on a loaded machine a cold first request can outlast FAST's read
   * timeout, and the retry would then overlap it and look like impoliteness.
   */
  private static final FetchOptions PATIENT = FetcherTest.FAST.withTimes(java.time.Duration.ofSeconds(5),
      java.time.Duration.ofSeconds(30), java.time.Duration.ofSeconds(60), java.time.Duration.ofMillis(50),
      java.time.Duration.ofSeconds(3), java.time.Duration.ofMillis(100));

  @Test
  void findsPrivacyAndTermsPagesInBothLanguagesWithTheirClickPaths() throws Exception {
    try (LocalSite site = FixtureSite.start()) {
      Discovery d = new Discoverer(PATIENT).discover(site.url("/"));

      assertThat(d.candidates()).extracting(c -> c.kind() + " " + c.lang() + " " + c.url().replace(site.url("").toString(), ""))
          .containsExactly(
              "privacy en /privacy-notice/",
              "privacy km /km/privacy-notice/",
              "terms en /terms-and-conditions/",
              "terms km /km/terms-and-conditions/");
      assertThat(d.candidates()).extracting(Candidate::reachedBy).containsExactly(
          List.of("Privacy Notice"),
          List.of("ខ្មែរ", "ឯកជនភាព"),
          List.of("Legal", "Terms & Conditions"),
          List.of("ខ្មែរ", "លក្ខខណ្ឌប្រើប្រាស់"));
      assertThat(d.candidates().get(1).title()).isEqualTo("សេចក្តីជូនដំណឹង");

      List<String> asked = site.requests().stream().map(LocalSite.Request::path).toList();
      assertThat(asked).as("three clicks deep is not easy to find").doesNotContain("/privacy-2019");
      assertThat(asked).as("only links that may lead to a policy").doesNotContain("/plans", "/about");
      assertThat(site.requests()).allSatisfy(r -> assertThat(r.concurrent()).isEqualTo(1));
    }
  }

  @Test
  void anUnreachableHomePageIsAFailure() {
    int port = LocalSite.deadPort();
    assertThatThrownBy(() -> new Discoverer(FetcherTest.FAST).discover(java.net.URI.create("http://127.0.0.1:" + port + "/")))
        .isInstanceOf(FetchFailure.class).hasMessageContaining("home page");
  }
}
