package org.policyscore.extract;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one snapshot's extraction on its own thread, so that whatever a hostile file does to a
 * parser (runs for ever, nests too deep for the stack, eats the memory) becomes that
 * snapshot's {@link ExtractionException} and the batch goes on. A thread that runs past the
 * time limit cannot be stopped safely; it is a daemon, abandoned, and dies with the program.
 */
final class Bounded {
  private Bounded() {}

  static <T> T run(Duration limit, Callable<T> work) throws ExtractionException {
    FutureTask<T> task = new FutureTask<>(work);
    Thread worker = new Thread(task, "policyscore-extract");
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limit.toMillis() == 0 ? 1 : limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw new ExtractionException("gave up after the parse timeout of " + limit.toSeconds() + " s");
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted");
    } catch (ExecutionException e) {
      throw explain(e.getCause());
    }
  }

  private static ExtractionException explain(Throwable t) {
    if (t instanceof ExtractionException known) {
      return known;
    }
    if (t instanceof StackOverflowError) {
      return new ExtractionException("could not be read: nested too deeply", null, t);
    }
    if (t instanceof OutOfMemoryError) {
      return new ExtractionException("ran out of memory while reading it", null, t);
    }
    String why = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return new ExtractionException("could not be read: " + why.strip(), null, t);
  }
}
