package org.policyscore.cli;

import java.io.PrintWriter;
import org.policyscore.fetch.DocumentOutcome;
import org.policyscore.fetch.Progress;

/** Progress as one plain line per document: for logs, pipes and CI, where a bar would be noise. */
final class LineProgress implements Progress {
  private final PrintWriter out;
  private int total;
  private int done;

  LineProgress(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void started(int documents) {
    total = documents;
  }

  @Override
  public synchronized void documentDone(DocumentOutcome o) {
    done++;
    out.printf("[%d/%d] %s: %s%n", done, total, o.key(), o.outcome().label());
    out.flush();
  }
}
