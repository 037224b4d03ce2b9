package org.policyscore.study;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One language version of a policy document: where it lives on the web, or a declaration that
 * it could not be found (which scoring reads as "no disclosure found").
 *
 * @param lang ISO 639-1 code, e.g. {@code en}, {@code km}
 * @param url where to fetch it; empty when {@code notFound}
 * @param notFound the researcher looked and found no such document
 * @param note why it is declared not found, or anything a reader of the study should know
 * @param select CSS selector for the part of the page that is the policy (empty: whole page)
 * @param remove CSS selectors for parts of the page that are not the policy (banners, menus)
 * @param reachedBy the clicks from the company's home page that reach this document, as link
 *     texts in order; empty when nobody recorded them. RDR's "easy to find" element reads this.
 */
public record DocumentVersion(
    String lang,
    Optional<URI> url,
    boolean notFound,
    Optional<String> note,
    Optional<String> select,
    List<String> remove,
    List<String> reachedBy) {

  public DocumentVersion {
    remove = List.copyOf(remove);
    reachedBy = List.copyOf(reachedBy);
  }
}
