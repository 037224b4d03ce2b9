package org.policyscore.cli;

import java.io.PrintWriter;
import org.policyscore.archive.DocumentKey;
import org.policyscore.fetch.DocumentOutcome;
import org.policyscore.fetch.Progress;

/** A progress bar redrawn in place on a terminal; erased when the run is over. */
final class TerminalProgress implements Progress {
  private static final int WIDTH = 30;
  private final PrintWriter term;
  private int total;
  private int done;
  private int failed;
  private String current = "";

  TerminalProgress(PrintWriter term) {
    this.term = term;
  }

  @Override
  public synchronized void started(int documents) {
    total = documents;
    draw();
  }

  @Override
  public synchronized void documentStarted(DocumentKey key) {
    current = key.toString();
    draw();
  }

  @Override
  public synchronized void documentDone(DocumentOutcome o) {
    done++;
    if (o.outcome().failed()) {
      failed++;
    }
    draw();
  }

  @Override
  public synchronized void finished() {
    term.print("\r" + " ".repeat(WIDTH + 70) + "\r");
    term.flush();
  }

  private void draw() {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    String line = String.format("[%s%s] %d/%d%s %s", "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
        failed > 0 ? " (" + failed + " failed)" : "", current);
    if (line.length() > WIDTH + 69) {
      line = line.substring(0, WIDTH + 69);
    }
    term.print("\r" + line + " ".repeat(Math.max(0, WIDTH + 69 - line.length())));
    term.flush();
  }
}
