package org.policyscore.fetch;

import java.util.List;
import java.util.Optional;

/**
 * A response that arrived whole, with the way it came.
 *
 * @param redirects every address asked, in order, the first being the one requested
 * @param contentType as the server declared it (detected from the bytes when it did not)
 * @param attempts how many tries it took
 * @param lastModified the server's Last-Modified header, when it sent one
 */
public record Download(
    String requestedUrl, String finalUrl, List<String> redirects, int status, String contentType,
    byte[] body, int attempts, Optional<String> lastModified) {

  public Download {
    redirects = List.copyOf(redirects);
  }
}
