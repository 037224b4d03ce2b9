package org.policyscore.fetch;

import java.time.Duration;
import org.policyscore.ToolVersion;

/**
 * How politely and how patiently to fetch. {@link #defaults()} suits real sites; tests shrink
 * the times.
 *
 * @param userAgent sent with every request: fixed and honest, since some sites (Metfone's) serve
 *     different pages to different clients, and a fixed one keeps snapshots comparable
 * @param connectTimeout to open a connection
 * @param readTimeout longest silence while waiting for the headers or the next bytes of a body
 * @param totalTimeout longest one response may take altogether (a server trickling bytes)
 * @param documentTimeout longest one document may take altogether: every try, redirect and
 *     pause between tries
 * @param maxBytes larger responses are refused
 * @param maxRedirects longer redirect chains are refused
 * @param maxAttempts tries per document, for timeouts, 429 and 5xx; other errors are not retried
 * @param backoff wait before the second try; doubled for each later one
 * @param maxRetryAfter the longest a server's Retry-After is honoured; longer: give up for now
 * @param perHostDelay pause between two requests to the same host
 * @param parallelHosts how many hosts are fetched from at once (one request at a time per host)
 */
public record FetchOptions(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    Duration documentTimeout,
    long maxBytes,
    int maxRedirects,
    int maxAttempts,
    Duration backoff,
    Duration maxRetryAfter,
    Duration perHostDelay,
    int parallelHosts) {

  public static final String USER_AGENT = "policyscore/" + ToolVersion.get()
      + " (archives published terms of service and privacy policies for human-rights research)";

  public static FetchOptions defaults() {
    return new FetchOptions(USER_AGENT, Duration.ofSeconds(15), Duration.ofSeconds(30),
        Duration.ofMinutes(2), Duration.ofMinutes(3), 25L * 1024 * 1024, 10, 3, Duration.ofSeconds(2),
        Duration.ofMinutes(2), Duration.ofSeconds(2), 4);
  }

  public FetchOptions withTimes(Duration connect, Duration read, Duration total, Duration backoff,
      Duration maxRetryAfter, Duration perHostDelay) {
    // The document deadline keeps its proportion to the per-response one.
    return new FetchOptions(userAgent, connect, read, total, total.plus(total.dividedBy(3)), maxBytes, maxRedirects,
        maxAttempts, backoff, maxRetryAfter, perHostDelay, parallelHosts);
  }

  public FetchOptions withMaxBytes(long bytes) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, totalTimeout, documentTimeout, bytes,
        maxRedirects, maxAttempts, backoff, maxRetryAfter, perHostDelay, parallelHosts);
  }

  public FetchOptions withPerHostDelay(Duration delay) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, totalTimeout, documentTimeout, maxBytes,
        maxRedirects, maxAttempts, backoff, maxRetryAfter, delay, parallelHosts);
  }

  public FetchOptions withDocumentTimeout(Duration timeout) {
    return new FetchOptions(userAgent, connectTimeout, readTimeout, totalTimeout, timeout, maxBytes,
        maxRedirects, maxAttempts, backoff, maxRetryAfter, perHostDelay, parallelHosts);
  }
}
