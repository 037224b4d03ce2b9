package org.policyscore.fetch;

import java.util.List;

/**
 * A page {@code discover} believes is a policy.
 *
 * @param kind {@code privacy} or {@code terms}
 * @param lang the page's language, from its {@code lang} attribute or its script
 * @param url the page's address, after redirects
 * @param clicks the links followed from the home page, in order: what RDR's "easy to find" asks about
 */
public record Candidate(String kind, String lang, String url, String title, List<Click> clicks) {

  public Candidate {
    clicks = List.copyOf(clicks);
  }

  /** One link followed: its text as a person sees it, and where it points. */
  public record Click(String text, String url) {}

  /** The link texts, as a study's {@code reached_by} records them. */
  public List<String> reachedBy() {
    return clicks.stream().map(Click::text).toList();
  }
}
