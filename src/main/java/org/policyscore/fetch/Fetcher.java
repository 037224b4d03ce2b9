package org.policyscore.fetch;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.policyscore.archive.Archive;
import org.policyscore.archive.ArchiveWriter;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Provenance;
import org.policyscore.archive.Snapshot;
import org.policyscore.archive.StoreResult;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;

/**
 * Fetches every declared document of a study into the archive. One bad document never stops
 * the run: it is reported, the newest archived copy (if any) stands in for it, and the report
 * says so. Hosts are fetched in parallel, each one politely: one request at a time, with a
 * pause between requests.
 */
public final class Fetcher {
  private final FetchOptions options;

  public Fetcher(FetchOptions options) {
    this.options = options;
  }

  /**
   * @param company only this company's documents, when present
   * @param offline use the archive only; no network at all
   * @throws IOException when the archive cannot be written at all (e.g. another run holds it)
   */
  public FetchReport fetchStudy(Study study, Archive archive, Optional<String> company, boolean offline,
      Progress progress) throws IOException, InterruptedException {
    List<Job> jobs = jobs(study, company);
    progress.started(jobs.size());
    DocumentOutcome[] outcomes = new DocumentOutcome[jobs.size()];
    if (offline) {
      for (int i = 0; i < jobs.size(); i++) {
        progress.documentStarted(jobs.get(i).key);
        outcomes[i] = offline(jobs.get(i), archive);
        progress.documentDone(outcomes[i]);
      }
    } else {
      try (ArchiveWriter writer = archive.open()) {
        fetchAll(jobs, writer, outcomes, progress);
      }
    }
    progress.finished();
    return new FetchReport(List.of(outcomes));
  }

  private record Job(int index, DocumentKey key, PolicyDocument document, DocumentVersion version) {}

  private static List<Job> jobs(Study study, Optional<String> only) {
    List<Job> jobs = new ArrayList<>();
    for (Company c : study.companies()) {
      if (only.isPresent() && !only.get().equals(c.id())) {
        continue;
      }
      for (PolicyDocument d : c.documents()) {
        for (DocumentVersion v : d.versions()) {
          jobs.add(new Job(jobs.size(), new DocumentKey(c.id(), d.id(), v.lang()), d, v));
        }
      }
    }
    return jobs;
  }

  private static DocumentOutcome offline(Job job, Archive archive) throws IOException {
    if (job.version.notFound()) {
      return notFound(job, archive);
    }
    Optional<Snapshot> newest;
    try {
      newest = archive.newest(job.key);
    } catch (IOException e) {
      return new DocumentOutcome(job.key, Outcome.OFFLINE_NO_ARCHIVE, "the archived copies cannot be read: "
          + e.getMessage(), Optional.empty());
    }
    return newest.isPresent()
        ? new DocumentOutcome(job.key, Outcome.OFFLINE_ARCHIVE, "archived " + newest.get().obtainedAt(), newest)
        : new DocumentOutcome(job.key, Outcome.OFFLINE_NO_ARCHIVE, "offline, and nothing is archived yet", newest);
  }

  private static DocumentOutcome notFound(Job job, Archive archive) throws IOException {
    // An earlier copy (e.g. imported by hand) is still offered; the study says it is not found now.
    Optional<Snapshot> earlier;
    try {
      earlier = archive.newest(job.key);
    } catch (IOException e) {
      earlier = Optional.empty(); // the archived copies cannot be read; the declaration stands
    }
    return new DocumentOutcome(job.key, Outcome.NOT_FOUND_DECLARED,
        job.version.note().orElse("declared not found"), earlier);
  }

  private void fetchAll(List<Job> jobs, ArchiveWriter writer, DocumentOutcome[] outcomes, Progress progress)
      throws IOException, InterruptedException {
    Map<String, List<Job>> byHost = new LinkedHashMap<>();
    for (Job job : jobs) {
      if (job.version.notFound()) {
        progress.documentStarted(job.key);
        outcomes[job.index] = notFound(job, writer.archive());
        progress.documentDone(outcomes[job.index]);
      } else {
        // A server is a host and port: politeness is owed to each one.
        URI url = job.version.url().orElseThrow();
        String server = url.getHost().toLowerCase(Locale.ROOT) + ":" + url.getPort();
        byHost.computeIfAbsent(server, h -> new ArrayList<>()).add(job);
      }
    }
    if (byHost.isEmpty()) {
      return;
    }
    HttpFetcher http = new HttpFetcher(options);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(options.parallelHosts(), byHost.size())), r -> {
      Thread t = new Thread(r, "fetch");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<Job> hostJobs : byHost.values()) {
        running.add(pool.submit(() -> {
          boolean first = true;
          for (Job job : hostJobs) {
            if (!first) {
              Thread.sleep(options.perHostDelay().toMillis());
            }
            first = false;
            progress.documentStarted(job.key);
            outcomes[job.index] = fetchOne(job, http, writer);
            progress.documentDone(outcomes[job.index]);
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          throw new IllegalStateException("fetching failed unexpectedly", e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private DocumentOutcome fetchOne(Job job, HttpFetcher http, ArchiveWriter writer)
      throws IOException, InterruptedException {
    URI url = job.version.url().orElseThrow();
    String reason;
    try {
      Download d = http.get(url, job.key.lang());
      Optional<String> problem = ContentCheck.problem(d, job.version);
      if (problem.isEmpty()) {
        Provenance p = Provenance.fetched(d.requestedUrl(), d.finalUrl(), d.redirects(), d.status(),
            d.contentType(), writer.archive().clock().instant());
        StoreResult r;
        try {
          r = writer.store(job.key, d.body(), p, d.finalUrl());
        } catch (IOException e) {
          // This document's folder in the archive is damaged (or the disk is): its failure only.
          return new DocumentOutcome(job.key, Outcome.FAILED_NO_ARCHIVE, "could not be archived: " + e.getMessage(),
              Optional.empty());
        }
        String detail = d.redirects().size() > 1 ? (d.redirects().size() - 1) + " redirect(s) to " + d.finalUrl() : "";
        if (d.attempts() > 1) {
          detail = (detail.isEmpty() ? "" : detail + "; ") + "took " + d.attempts() + " tries";
        }
        return new DocumentOutcome(job.key, r.added() ? Outcome.FETCHED_NEW : Outcome.UNCHANGED, detail,
            Optional.of(r.snapshot()));
      }
      reason = problem.get();
    } catch (FetchFailure f) {
      reason = f.getMessage();
    }
    Optional<Snapshot> newest;
    try {
      newest = writer.archive().newest(job.key);
    } catch (IOException e) {
      return new DocumentOutcome(job.key, Outcome.FAILED_NO_ARCHIVE, reason + "; and the archived copies cannot be read: "
          + e.getMessage(), Optional.empty());
    }
    return newest.isPresent()
        ? new DocumentOutcome(job.key, Outcome.FAILED_USED_ARCHIVE, reason, newest)
        : new DocumentOutcome(job.key, Outcome.FAILED_NO_ARCHIVE, reason, newest);
  }
}
