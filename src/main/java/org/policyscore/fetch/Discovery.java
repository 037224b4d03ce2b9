package org.policyscore.fetch;

import java.util.List;

/**
 * What {@code discover} found from a home page.
 *
 * @param pagesVisited how many pages were fetched
 * @param problems pages that could not be fetched, with why
 */
public record Discovery(String homePage, List<Candidate> candidates, int pagesVisited, List<String> problems) {

  public Discovery {
    candidates = List.copyOf(candidates);
    problems = List.copyOf(problems);
  }
}
