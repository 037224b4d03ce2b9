package org.policyscore.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size limit, and notes when bytes last arrived so that the
 * caller can give up on a server that has gone silent mid-response.
 */
final class LimitedBody implements BodySubscriber<byte[]> {
  /** The body was larger than allowed; carried as the future's failure. */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("response larger than " + limit + " bytes", null, false, false);
    }
  }

  /** A body refused from its headers alone, before any of it is read. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String why) {
      super(why, null, false, false);
    }
  }

  private final long limit;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;
  private volatile long lastActivity = System.nanoTime();

  LimitedBody(long limit, long declaredLength) {
    this.limit = limit;
    if (declaredLength > limit) {
      result.completeExceptionally(new TooLarge(limit));
    }
  }

  /** A body that is not read at all: {@code why} becomes the response's failure. */
  static LimitedBody refusing(String why) {
    LimitedBody b = new LimitedBody(0, -1);
    b.result.completeExceptionally(new Refused(why));
    return b;
  }

  long lastActivityNanos() {
    return lastActivity;
  }

  void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    lastActivity = System.nanoTime();
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    lastActivity = System.nanoTime();
    for (ByteBuffer b : items) {
      if (bytes.size() + (long) b.remaining() > limit) {
        subscription.cancel();
        result.completeExceptionally(new TooLarge(limit));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }
}
