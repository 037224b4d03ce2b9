package org.policyscore.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.policyscore.archive.ContentTypes;

/**
 * Downloads one address with the JDK's HttpClient: fixed User-Agent, Accept-Language from the
 * document's language, redirects followed by hand so that each one is recorded, timeouts, a
 * size limit, and retries with backoff for timeouts, 429 and 5xx (honouring Retry-After).
 */
public final class HttpFetcher {
  private final FetchOptions options;
  private final HttpClient client;
  private final AddressRules.Resolver resolver;

  public HttpFetcher(FetchOptions options) {
    this(options, AddressRules.Resolver.SYSTEM);
  }

  HttpFetcher(FetchOptions options, AddressRules.Resolver resolver) {
    this.options = options;
    this.resolver = resolver;
    this.client = HttpClient.newBuilder()
        .connectTimeout(options.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /**
   * Fetches {@code url}, trying again as the options allow, all within the document deadline
   * (so that a server trickling bytes, or failing slowly again and again, cannot hold one
   * document for longer).
   */
  public Download get(URI url, String lang) throws FetchFailure, InterruptedException {
    long deadline = System.nanoTime() + options.documentTimeout().toNanos();
    FetchFailure last = null;
    for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
      if (last != null) {
        long wait = options.backoff().toMillis() << (attempt - 2);
        if (last.retryAfterMillis() >= 0) {
          wait = Math.max(wait, last.retryAfterMillis());
        }
        if (System.nanoTime() + wait * 1_000_000 >= deadline) {
          throw new FetchFailure(last.getMessage() + " (gave up: no time left of the "
              + seconds(options.documentTimeout().toMillis()) + " a document may take)", true);
        }
        Thread.sleep(wait);
      }
      try {
        Download d = chain(url, lang, deadline);
        return new Download(d.requestedUrl(), d.finalUrl(), d.redirects(), d.status(), d.contentType(), d.body(), attempt,
            d.lastModified());
      } catch (FetchFailure f) {
        if (!f.retryable()) {
          throw f;
        }
        if (f.retryAfterMillis() > options.maxRetryAfter().toMillis()) {
          throw new FetchFailure(f.getMessage() + "; the server asks to wait "
              + seconds(f.retryAfterMillis()) + ", longer than we wait", false);
        }
        last = f;
      }
    }
    throw new FetchFailure(last.getMessage() + " (tried " + options.maxAttempts() + " times)", true);
  }

  /** One try: follows redirects, recording each address, where the address rules allow. */
  private Download chain(URI start, String lang, long deadline) throws FetchFailure, InterruptedException {
    List<String> visited = new ArrayList<>();
    URI current = start;
    AddressRules.Place origin = place(start);
    Optional<String> refused = AddressRules.refuseStart(origin);
    if (refused.isPresent()) {
      throw new FetchFailure(refused.get(), false);
    }
    for (int hop = 0; ; hop++) {
      visited.add(current.toString());
      Response r = once(current, lang, deadline);
      if (r.status >= 300 && r.status < 400 && r.status != 304) {
        String location = r.response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchFailure("HTTP " + r.status + " redirect without a Location", false);
        }
        if (hop >= options.maxRedirects()) {
          throw new FetchFailure("more than " + options.maxRedirects() + " redirects", false);
        }
        URI next;
        try {
          next = current.resolve(location.strip());
        } catch (IllegalArgumentException e) {
          throw new FetchFailure("redirect to a bad address: " + location, false);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
          throw new FetchFailure("redirect to a non-web address: " + location, false);
        }
        if (visited.contains(next.toString())) {
          throw new FetchFailure("redirect loop at " + next, false);
        }
        Optional<String> notThere = AddressRules.refuseRedirect(origin, place(next));
        if (notThere.isPresent()) {
          throw new FetchFailure(notThere.get(), false);
        }
        current = next;
        continue;
      }
      if (r.status == 429 || r.status >= 500) {
        long retryAfter = retryAfterMillis(r.response.headers().firstValue("Retry-After").orElse(null));
        throw new FetchFailure("HTTP " + r.status + reasonPhrase(r.status), true, retryAfter);
      }
      if (r.status < 200 || r.status >= 300) {
        throw new FetchFailure("HTTP " + r.status + reasonPhrase(r.status), false);
      }
      String type = r.response.headers().firstValue("Content-Type").orElse("");
      if (type.isBlank() || type.startsWith("application/octet-stream")) {
        type = ContentTypes.detect(r.body, current.getPath());
      }
      return new Download(start.toString(), current.toString(), visited, r.status, type, r.body, 1,
          r.response.headers().firstValue("Last-Modified"));
    }
  }

  private AddressRules.Place place(URI url) throws FetchFailure {
    try {
      return AddressRules.place(url, resolver);
    } catch (UnknownHostException | SecurityException e) {
      throw new FetchFailure("cannot connect to " + url.getHost()
          + " (the name does not resolve: no network, or no such site)", false);
    }
  }

  private record Response(int status, HttpResponse<byte[]> response, byte[] body) {}

  private Response once(URI url, String lang, long deadline) throws FetchFailure, InterruptedException {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(url)
          .timeout(options.readTimeout())
          .header("User-Agent", options.userAgent())
          .header("Accept-Language", lang)
          .header("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8")
          .GET()
          .build();
    } catch (IllegalArgumentException e) {
      throw new FetchFailure("bad address " + url + ": " + e.getMessage(), false);
    }
    AtomicReference<LimitedBody> body = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
      // We never ask for compression (no Accept-Encoding), so a compressed body is not what we
      // asked for; unpacking it could be a bomb, and storing it raw would archive no page.
      String encoding = info.headers().firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
      LimitedBody b = info.statusCode() / 100 == 2 && !encoding.isEmpty() && !encoding.equals("identity")
          ? LimitedBody.refusing("the server sent the page compressed (Content-Encoding: " + encoding
              + ") although we did not ask for that; not stored (it could be a decompression bomb)")
          : new LimitedBody(options.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1));
      body.set(b);
      return b;
    });
    long started = System.nanoTime();
    long slice = Math.max(10, Math.min(250, options.readTimeout().toMillis() / 4));
    while (true) {
      try {
        HttpResponse<byte[]> response = future.get(slice, TimeUnit.MILLISECONDS);
        return new Response(response.statusCode(), response, response.body());
      } catch (TimeoutException e) {
        long now = System.nanoTime();
        LimitedBody b = body.get();
        long quietSince = b == null ? started : b.lastActivityNanos();
        // before the headers, HttpRequest.timeout applies; after them, our own silence check
        if (b != null && now - quietSince > options.readTimeout().toNanos()) {
          abandon(future, b);
          throw new FetchFailure("no data for " + seconds(options.readTimeout().toMillis())
              + " in the middle of the response (timeout)", true);
        }
        if (now - started > options.totalTimeout().toNanos()) {
          abandon(future, b);
          throw new FetchFailure("response not complete after " + seconds(options.totalTimeout().toMillis())
              + " (timeout)", true);
        }
        if (now > deadline) {
          abandon(future, b);
          throw new FetchFailure("not complete within the " + seconds(options.documentTimeout().toMillis())
              + " a document may take (a server sending very slowly?)", false);
        }
      } catch (ExecutionException e) {
        throw translate(e.getCause(), url);
      } catch (InterruptedException e) {
        abandon(future, body.get());
        throw e;
      }
    }
  }

  private static void abandon(CompletableFuture<?> future, LimitedBody body) {
    if (body != null) {
      body.cancel();
    }
    future.cancel(true);
  }

  private FetchFailure translate(Throwable cause, URI url) {
    Throwable c = cause;
    while (c instanceof java.util.concurrent.CompletionException && c.getCause() != null) {
      c = c.getCause();
    }
    if (c instanceof LimitedBody.TooLarge) {
      return new FetchFailure(c.getMessage() + " (the limit)", false);
    }
    if (c instanceof LimitedBody.Refused) {
      return new FetchFailure(c.getMessage(), false);
    }
    if (c instanceof HttpConnectTimeoutException) {
      return new FetchFailure("could not connect within " + seconds(options.connectTimeout().toMillis()) + " (timeout)", true);
    }
    if (c instanceof HttpTimeoutException) {
      return new FetchFailure("no answer within " + seconds(options.readTimeout().toMillis()) + " (timeout)", true);
    }
    // No network, or nothing listening: asking again at once will not help.
    if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException
        || c.getCause() instanceof UnresolvedAddressException) {
      return new FetchFailure("cannot connect to " + url.getHost()
          + " (the name does not resolve: no network, or no such site)", false);
    }
    if (c instanceof ConnectException) {
      return new FetchFailure("cannot connect to " + url.getHost()
          + " (nothing answers there: no network, or the site is down)", false);
    }
    if (c instanceof IOException) {
      return new FetchFailure("connection failed: " + (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage()), true);
    }
    return new FetchFailure("unexpected failure: " + c, false);
  }

  /** Retry-After: seconds, or an HTTP date; -1 when absent or unreadable. */
  static long retryAfterMillis(String value) {
    if (value == null || value.isBlank()) {
      return -1;
    }
    String v = value.strip();
    try {
      return Math.max(0, Long.parseLong(v)) * 1000;
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, Duration.between(ZonedDateTime.now(when.getZone()), when).toMillis());
      } catch (DateTimeParseException e2) {
        return -1;
      }
    }
  }

  private static String reasonPhrase(int status) {
    return switch (status) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 410 -> " Gone";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      case 504 -> " Gateway Timeout";
      default -> "";
    };
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
