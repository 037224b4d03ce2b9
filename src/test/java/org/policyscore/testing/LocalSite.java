package org.policyscore.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 for tests, on a free port, that records every request it gets. Never
 * any other address. Handlers run on daemon threads, so one that never ends cannot hang a test.
 */
public final class LocalSite implements AutoCloseable {
  /** What a handler does with one request. */
  @FunctionalInterface
  public interface Page {
    void serve(HttpExchange exchange) throws Exception;
  }

  /** One request as the site saw it. */
  public record Request(String path, Headers headers, long nanoTime, int concurrent) {
    public String header(String name) {
      return headers.getFirst(name);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();

  public LocalSite() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "local-site");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
  }

  /** Serves {@code page} at {@code path} (and below it, as HttpServer matches by prefix). */
  public LocalSite at(String path, Page page) {
    server.createContext(path, exchange -> {
      int now = inFlight.incrementAndGet();
      requests.add(new Request(exchange.getRequestURI().toString(), exchange.getRequestHeaders(), System.nanoTime(), now));
      try {
        page.serve(exchange);
      } catch (Exception e) {
        // a handler that was interrupted (the site closing) or whose client went away
      } finally {
        inFlight.decrementAndGet();
        exchange.close();
      }
    });
    return this;
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  /** Sends a whole response. */
  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** A port on 127.0.0.1 where nothing listens: what "no network" looks like to a fetcher. */
  public static int deadPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
