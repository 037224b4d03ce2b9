package org.policyscore.extract;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a parse on its own daemon thread and abandons it after the parse timeout: a parser stuck
 * in a loop cannot be stopped safely, but it no longer blocks the batch, and it dies with the
 * program.
 */
final class BoundedRun {
  private BoundedRun() {}

  /** The failure of the task itself, unwrapped. */
  static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed(Throwable cause) {
      super(cause);
    }
  }

  static <T> T call(Callable<T> task, Duration timeout, String threadName) throws ExtractionException, Failed {
    FutureTask<T> future = new FutureTask<>(task);
    Thread worker = new Thread(future, threadName);
    worker.setDaemon(true);
    long start = System.nanoTime();
    worker.start();
    try {
      T result = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
      // a parse that ran past the limit is refused even when it was done before this thread
      // looked: the limit then holds whichever thread gets there first
      if (System.nanoTime() - start > timeout.toNanos()) {
        throw new TimeoutException();
      }
      return result;
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ExtractionException("gave up after the parse timeout of " + timeout.toSeconds() + " s");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted");
    } catch (ExecutionException e) {
      throw new Failed(e.getCause());
    }
  }
}
