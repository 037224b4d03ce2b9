package org.policyscore.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where a copy of a document came from, as recorded beside it in the archive.
 *
 * @param origin fetched by the tool or imported by a person
 * @param requestedUrl the address asked for (for an import: where the person says it is from)
 * @param finalUrl the address that answered, after redirects
 * @param redirects every address on the way, in order, starting with the one asked for
 * @param status the final HTTP status; empty for an import
 * @param contentType as the server declared it (for an import: as detected)
 * @param obtainedAt when the copy was taken from the web
 * @param sourceFile for an import: the name of the file given
 * @param note anything a person wants a later reader to know about this copy
 */
public record Provenance(
    Origin origin,
    Optional<String> requestedUrl,
    Optional<String> finalUrl,
    List<String> redirects,
    Optional<Integer> status,
    String contentType,
    Instant obtainedAt,
    Optional<String> sourceFile,
    Optional<String> note) {

  public Provenance {
    redirects = List.copyOf(redirects);
  }

  public static Provenance fetched(String requestedUrl, String finalUrl, List<String> redirects,
      int status, String contentType, Instant fetchedAt) {
    return new Provenance(Origin.FETCH, Optional.of(requestedUrl), Optional.of(finalUrl), redirects,
        Optional.of(status), contentType, fetchedAt, Optional.empty(), Optional.empty());
  }

  public static Provenance imported(Optional<String> url, String contentType, Instant retrievedAt,
      String sourceFile, Optional<String> note) {
    return new Provenance(Origin.IMPORT, url, url, url.map(List::of).orElse(List.of()), Optional.empty(),
        contentType, retrievedAt, Optional.of(sourceFile), note);
  }
}
